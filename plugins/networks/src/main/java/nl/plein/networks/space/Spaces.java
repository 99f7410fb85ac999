package nl.plein.networks.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.api.Visitor;
import org.jdbi.v3.core.Jdbi;

/** Spaces, the people in them and their member organisations. */
public final class Spaces {

    /** Loads of a space's front page this close together are one visit. */
    static final Duration SAME_VISIT = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Spaces(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** A new space with its creator as its first coordinator. */
    public Space create(String name, String description, Visibility visibility, SpaceKind kind, String creatorId) {
        String id = ids.next();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO networks_spaces (id, name, description, visibility, kind, created_by, created_at, updated_at)
                            VALUES (:id, :name, :description, :visibility, :kind, :by, :now, :now)""")
                    .bind("id", id).bind("name", name).bind("description", description)
                    .bind("visibility", visibility.code()).bind("kind", kind.code()).bind("by", creatorId)
                    .bind("now", now).execute();
            h.createUpdate("""
                            INSERT INTO networks_members (space_id, person_id, organisation_id, role, guest_meeting_id, joined_at)
                            VALUES (:space, :person, NULL, :role, NULL, :now)""")
                    .bind("space", id).bind("person", creatorId).bind("role", SpaceRole.COORDINATOR.code())
                    .bind("now", now).execute();
        });
        return find(id).orElseThrow();
    }

    public void update(String id, String name, String description, Visibility visibility) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE networks_spaces SET name = :name, description = :description, visibility = :visibility,
                               updated_at = :now WHERE id = :id""")
                .bind("name", name).bind("description", description).bind("visibility", visibility.code())
                .bind("now", clock.instant()).bind("id", id).execute());
    }

    public Optional<Space> find(String id) {
        if (id == null || id.length() != 36) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM networks_spaces WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> space(rs)).findOne());
    }

    /**
     * The visitor's standing in the space, or empty when the space does not exist <em>for them</em> (unknown, or
     * secret and they are not in it): callers answer 404 then, so a secret space cannot be told from a missing one.
     */
    public Optional<Standing> standing(Visitor visitor, String spaceId) {
        return find(spaceId).map(space -> standing(visitor, space)).filter(Standing::knowsOf);
    }

    public Standing standing(Visitor visitor, Space space) {
        Optional<Member> member = visitor.signedIn() ? member(space.id(), visitor.personId()) : Optional.empty();
        return new Standing(space, member.map(Member::role).orElse(null),
                member.map(Member::guestMeetingId).orElse(null), visitor.isAdministrator());
    }

    /**
     * The spaces listed to the visitor: open and members-only ones for everyone, secret ones only to those in them
     * (and administrators), by name.
     */
    public List<Space> listed(Visitor visitor) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.* FROM networks_spaces s
                        WHERE s.visibility <> 'secret' OR :admin
                           OR EXISTS (SELECT 1 FROM networks_members m WHERE m.space_id = s.id AND m.person_id = :person)
                        ORDER BY LOWER(s.name), s.id LIMIT 500""")
                .bind("admin", visitor.isAdministrator()).bind("person", visitor.signedIn() ? visitor.personId() : "")
                .map((rs, ctx) -> space(rs)).list());
    }

    /** The spaces a person is in (any role), by name. */
    public List<Space> of(String personId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.* FROM networks_spaces s JOIN networks_members m ON m.space_id = s.id
                        WHERE m.person_id = :person ORDER BY LOWER(s.name), s.id LIMIT 500""")
                .bind("person", personId).map((rs, ctx) -> space(rs)).list());
    }

    // ---- people in a space

    public Optional<Member> member(String spaceId, String personId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM networks_members WHERE space_id = :space AND person_id = :person")
                .bind("space", spaceId).bind("person", personId).map((rs, ctx) -> member(rs)).findOne());
    }

    /** Everyone in the space, guests last. */
    public List<Member> members(String spaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_members WHERE space_id = :space
                        ORDER BY CASE role WHEN 'coordinator' THEN 0 WHEN 'chair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END,
                                 joined_at, person_id LIMIT 5000""")
                .bind("space", spaceId).map((rs, ctx) -> member(rs)).list());
    }

    /**
     * Adds a person, or changes the role of one already in the space. A guest is invited for one meeting.
     * Also records their organisation as a member organisation of the space.
     */
    public void put(String spaceId, String personId, String organisationId, SpaceRole role, String guestMeetingId) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO networks_members (space_id, person_id, organisation_id, role, guest_meeting_id, joined_at)
                            VALUES (:space, :person, :organisation, :role, :meeting, :now)
                            ON CONFLICT (space_id, person_id) DO UPDATE SET organisation_id = excluded.organisation_id,
                                role = excluded.role, guest_meeting_id = excluded.guest_meeting_id""")
                    .bind("space", spaceId).bind("person", personId).bind("organisation", organisationId)
                    .bind("role", role.code()).bind("meeting", role == SpaceRole.GUEST ? guestMeetingId : null)
                    .bind("now", now).execute();
            if (organisationId != null && role != SpaceRole.GUEST) {
                h.createUpdate("""
                                INSERT INTO networks_organisations (space_id, organisation_id, joined_at)
                                VALUES (:space, :organisation, :now) ON CONFLICT (space_id, organisation_id) DO NOTHING""")
                        .bind("space", spaceId).bind("organisation", organisationId).bind("now", now).execute();
            }
        });
    }

    /** Takes a person out of the space: from the next request on they see what an outsider sees. */
    public boolean remove(String spaceId, String personId) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM networks_members WHERE space_id = :space AND person_id = :person")
                .bind("space", spaceId).bind("person", personId).execute()) == 1;
    }

    /** The member organisations of a space. */
    public List<String> organisations(String spaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT organisation_id FROM networks_organisations WHERE space_id = :space
                        ORDER BY joined_at, organisation_id LIMIT 1000""")
                .bind("space", spaceId).mapTo(String.class).list());
    }

    public void removeOrganisation(String spaceId, String organisationId) {
        jdbi.useHandle(h -> h.createUpdate(
                        "DELETE FROM networks_organisations WHERE space_id = :space AND organisation_id = :organisation")
                .bind("space", spaceId).bind("organisation", organisationId).execute());
    }

    /**
     * Marks the visit; returns the previous one (null on a first visit), for "what changed since your last visit". A
     * visit marked less than {@link #SAME_VISIT} ago is left as it is: the list hardly differs, and a front page that
     * writes on every load queues all its readers behind SQLite's one writer.
     */
    public Instant visited(String spaceId, String personId) {
        Instant previous = member(spaceId, personId).map(Member::lastVisitAt).orElse(null);
        Instant now = clock.instant();
        if (previous != null && previous.isAfter(now.minus(SAME_VISIT)) && !previous.isAfter(now)) return previous;
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE networks_members SET last_visit_at = :now WHERE space_id = :space AND person_id = :person""")
                .bind("now", now).bind("space", spaceId).bind("person", personId).execute());
        return previous;
    }

    static Space space(ResultSet rs) throws SQLException {
        return new Space(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                Visibility.of(rs.getString("visibility")).orElse(Visibility.SECRET),
                SpaceKind.of(rs.getString("kind")).orElse(SpaceKind.NETWORK), rs.getString("created_by"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    static Member member(ResultSet rs) throws SQLException {
        long visit = rs.getLong("last_visit_at");
        Instant lastVisit = rs.wasNull() ? null : Instant.ofEpochMilli(visit);
        return new Member(rs.getString("space_id"), rs.getString("person_id"), rs.getString("organisation_id"),
                SpaceRole.of(rs.getString("role")).orElse(SpaceRole.GUEST), rs.getString("guest_meeting_id"),
                Instant.ofEpochMilli(rs.getLong("joined_at")), lastVisit);
    }
}
