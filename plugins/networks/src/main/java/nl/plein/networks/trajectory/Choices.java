package nl.plein.networks.trajectory;

import java.util.List;

/**
 * What the trajectory form offers: the space's member organisations (to lead it) and the people who may be its
 * programme officer (members, chairs and coordinators of the space; never a guest).
 */
record Choices(List<Option> organisations, List<Option> officers) {

    /** An id with the name shown for it. */
    record Option(String id, String name) {
    }

    boolean hasOrganisation(String id) {
        return organisations.stream().anyMatch(o -> o.id().equals(id));
    }

    boolean hasOfficer(String id) {
        return officers.stream().anyMatch(o -> o.id().equals(id));
    }
}
