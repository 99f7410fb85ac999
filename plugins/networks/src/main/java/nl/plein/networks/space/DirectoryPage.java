package nl.plein.networks.space;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;

/**
 * {@code GET /networks/spaces/{space}/members}: the member directory — the member organisations with their
 * representatives and roles. For members only: also in an open space an outsider does not see who is in it, nor does
 * a guest. Those who manage the members (coordinators, and platform administrators, who may have to rescue a space
 * whose last coordinator left) also see the requests to join, the open invitations and the forms. At most six
 * statements whatever the number of members. Template {@code networks/space/members}.
 */
final class DirectoryPage {

    static final List<String> APPOINTABLE = List.of(SpaceRole.MEMBER.code(), SpaceRole.CHAIR.code(),
            SpaceRole.COORDINATOR.code());

    /** A person in the directory; {@code name} is empty for an account that no longer exists. */
    record Person(String id, String name, String role, boolean self) {
    }

    record OrganisationGroup(String id, String name, List<Person> people) {
    }

    /** A request to join, as coordinators see it. */
    record Waiting(String id, String name, String organisation, String message, Instant at) {
    }

    private final Networks networks;
    private final JoinRequests joinRequests;
    private final Invitations invitations;

    DirectoryPage(Networks networks, JoinRequests joinRequests, Invitations invitations) {
        this.networks = networks;
        this.joinRequests = joinRequests;
        this.invitations = invitations;
    }

    void show(Context ctx) {
        Standing standing = viewer(networks, ctx);
        render(ctx, standing, HttpStatus.OK, Map.of("email", "", "role", SpaceRole.MEMBER.code()), new FieldErrors());
    }

    /** Members, and those who manage the members; everyone else is refused by the gate's rules. */
    static Standing viewer(Networks networks, Context ctx) {
        Standing standing = networks.gate().known(ctx);
        if (!standing.isMember() && !standing.mayManageMembers()) SpaceGate.refuse(ctx);
        return standing;
    }

    void render(Context ctx, Standing standing, HttpStatus status, Map<String, String> inviteForm,
                FieldErrors errors) {
        Space space = standing.space();
        boolean manage = standing.mayManageMembers();
        List<Member> members = networks.spaces().members(space.id());
        List<String> memberOrganisations = networks.spaces().organisations(space.id());
        List<JoinRequest> waiting = manage ? joinRequests.pending(space.id()) : List.of();

        Set<String> personIds = new HashSet<>();
        Set<String> organisationIds = new HashSet<>(memberOrganisations);
        members.forEach(m -> {
            personIds.add(m.personId());
            if (m.organisationId() != null) organisationIds.add(m.organisationId());
        });
        waiting.forEach(r -> {
            personIds.add(r.personId());
            if (r.organisationId() != null) organisationIds.add(r.organisationId());
        });
        Directory directory = networks.context().directory();
        Map<String, Directory.PersonInfo> people = personIds.isEmpty() ? Map.of() : directory.people(personIds);
        Map<String, Directory.OrganisationInfo> organisations = organisationIds.isEmpty() ? Map.of()
                : directory.organisations(organisationIds);

        String self = Visitor.of(ctx).personId();
        Map<String, List<Person>> byOrganisation = new LinkedHashMap<>();
        memberOrganisations.forEach(id -> byOrganisation.put(id, new ArrayList<>()));
        List<Person> unaffiliated = new ArrayList<>();
        List<Person> guests = new ArrayList<>();
        for (Member m : members) {
            Person person = new Person(m.personId(), name(people, m.personId()), m.role().code(),
                    m.personId().equals(self));
            if (m.role() == SpaceRole.GUEST) {
                guests.add(person);
            } else if (m.organisationId() == null) {
                unaffiliated.add(person);
            } else {
                byOrganisation.computeIfAbsent(m.organisationId(), id -> new ArrayList<>()).add(person);
            }
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
        List<OrganisationGroup> groups = byOrganisation.entrySet().stream()
                .map(e -> new OrganisationGroup(e.getKey(), organisationName(organisations, e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(OrganisationGroup::name, collator)).toList();

        Map<String, Object> model = new HashMap<>();
        model.put("space", space);
        model.put("groups", groups);
        model.put("unaffiliated", unaffiliated);
        model.put("guests", manage ? guests : List.of());
        model.put("manage", manage);
        model.put("isMember", standing.isMember());
        model.put("waiting", waiting.stream().map(r -> new Waiting(r.id(), name(people, r.personId()),
                r.organisationId() == null ? "" : organisationName(organisations, r.organisationId()), r.message(),
                r.createdAt())).toList());
        model.put("invitations", manage ? invitations.open(space.id()) : List.of());
        model.put("roles", APPOINTABLE);
        model.put("inviteForm", inviteForm);
        model.put("errors", errors.asMap());
        model.put("notice", notice(ctx));
        ctx.status(status).render("networks/space/members", model);
    }

    private static String name(Map<String, Directory.PersonInfo> people, String personId) {
        Directory.PersonInfo person = people.get(personId);
        return person == null ? "" : person.displayName();
    }

    private static String organisationName(Map<String, Directory.OrganisationInfo> organisations, String id) {
        Directory.OrganisationInfo organisation = organisations.get(id);
        return organisation == null ? "" : organisation.name();
    }

    private static String notice(Context ctx) {
        for (String notice : List.of("invited", "removed", "approved", "declined", "role")) {
            if ("1".equals(ctx.queryParam(notice))) return notice;
        }
        return "";
    }
}
