package nl.plein.api;

import java.util.List;
import java.util.Optional;

/**
 * Who people are and which organisations they act for, as core keeps them. Plugins build on this instead of keeping
 * their own copies: an expedition's participants, Good Busy's employers and a network's members are all
 * organisations and their people.
 *
 * <pre>{@code
 * boolean mayEdit = context.directory().organisationsOf(visitor.personId()).stream()
 *         .anyMatch(o -> o.id().equals(plan.organisationId()) && o.isAdmin());
 * }</pre>
 */
public interface Directory {

    Optional<PersonInfo> person(String personId);

    /**
     * Many people at once, by id (for a list of registrants or members: one lookup, not one per row). Unknown or
     * erased people are left out.
     */
    java.util.Map<String, PersonInfo> people(java.util.Collection<String> personIds);

    Optional<OrganisationInfo> organisation(String organisationId);

    /**
     * Many organisations at once, by id (for a page or an export that names many: one lookup, not one per row).
     * Unknown ids are left out.
     */
    java.util.Map<String, OrganisationInfo> organisations(java.util.Collection<String> organisationIds);

    /** The organisations the person belongs to, each with the person's role in it. */
    List<OrganisationInfo> organisationsOf(String personId);

    /** The people who act for an organisation (its members and administrators), at most 1,000. */
    List<PersonInfo> membersOf(String organisationId);

    /**
     * The people who administer an organisation (its coordinators): those who act for it, as opposed to every member.
     * A company's employees are its members; only its administrators should get mail about its matches.
     */
    List<PersonInfo> administratorsOf(String organisationId);

    /** A person as plugins may show them. */
    record PersonInfo(String id, String displayName, String locale) {
    }

    /**
     * An organisation.
     *
     * @param kind {@code volunteer-organisation}, {@code employer}, {@code umbrella}, {@code volunteer-centre},
     *             {@code municipality} or {@code other}
     * @param role the asking person's role in it ({@code admin} or {@code member}), or null when not asked for one
     */
    record OrganisationInfo(String id, String name, String kind, String municipality, String province, String role) {
        public boolean isAdmin() {
            return "admin".equals(role);
        }
    }
}
