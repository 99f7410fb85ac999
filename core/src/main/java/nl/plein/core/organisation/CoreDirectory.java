package nl.plein.core.organisation;

import java.util.List;
import java.util.Optional;
import nl.plein.api.Directory;
import nl.plein.core.account.People;

/** The plugins' read-only view of people and organisations. */
public final class CoreDirectory implements Directory {

    private final People people;
    private final Organisations organisations;

    public CoreDirectory(People people, Organisations organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @Override
    public Optional<PersonInfo> person(String personId) {
        if (personId == null || personId.length() > 36) return Optional.empty();
        return people.byId(personId).map(p -> new PersonInfo(p.id(), p.displayName(), p.locale()));
    }

    @Override
    public java.util.Map<String, PersonInfo> people(java.util.Collection<String> personIds) {
        java.util.Map<String, PersonInfo> byId = new java.util.LinkedHashMap<>();
        people.byIds(personIds).forEach(p -> byId.put(p.id(), new PersonInfo(p.id(), p.displayName(), p.locale())));
        return byId;
    }

    @Override
    public Optional<OrganisationInfo> organisation(String organisationId) {
        return organisations.find(organisationId).map(o -> info(o, null));
    }

    @Override
    public java.util.Map<String, OrganisationInfo> organisations(java.util.Collection<String> organisationIds) {
        java.util.Map<String, OrganisationInfo> byId = new java.util.LinkedHashMap<>();
        organisations.findAll(organisationIds).forEach(o -> byId.put(o.id(), info(o, null)));
        return byId;
    }

    @Override
    public List<OrganisationInfo> organisationsOf(String personId) {
        if (personId == null) return List.of();
        return organisations.membershipsOf(personId).stream()
                .flatMap(m -> organisations.find(m.organisationId()).map(o -> info(o, m.role())).stream())
                .toList();
    }

    @Override
    public List<PersonInfo> membersOf(String organisationId) {
        if (organisationId == null || organisationId.length() > 36) return List.of();
        return organisations.members(organisationId).stream()
                .map(m -> new PersonInfo(m.personId(), m.personName(), null)).toList();
    }

    @Override
    public List<PersonInfo> administratorsOf(String organisationId) {
        if (organisationId == null || organisationId.length() > 36) return List.of();
        return organisations.members(organisationId).stream().filter(m -> Membership.ADMIN.equals(m.role()))
                .map(m -> new PersonInfo(m.personId(), m.personName(), null)).toList();
    }

    private static OrganisationInfo info(Organisation o, String role) {
        return new OrganisationInfo(o.id(), o.name(), o.kind().code(), o.municipality(), o.province(), role);
    }
}
