package nl.plein.networks.space;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Who is in a space, changed so that a space never loses its last coordinator and a member organisation stays listed
 * only while someone represents it. Every change that checks before it acts runs in one transaction that first locks
 * the space ({@link #lockSpace}), so two coordinators leaving at the same moment cannot both succeed.
 */
final class Memberships {

    /** What a change of membership came to. */
    enum Change { DONE, NOT_IN_SPACE, LAST_COORDINATOR }

    private final Jdbi jdbi;
    private final Clock clock;

    Memberships(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The visitor's role per space id, for the list of spaces (one statement for all of them). */
    Map<String, SpaceRole> rolesOf(String personId) {
        Map<String, SpaceRole> roles = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(
                        "SELECT space_id, role FROM networks_members WHERE person_id = :person LIMIT 5000")
                .bind("person", personId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), SpaceRole.of(rs.getString(2)).orElse(SpaceRole.GUEST)))
                .forEach(e -> roles.put(e.getKey(), e.getValue())));
        return roles;
    }

    /** Takes a person out (leaving, or removed by a coordinator), unless they are its last coordinator. */
    Change remove(String spaceId, String personId) {
        return jdbi.inTransaction(h -> {
            lockSpace(h, spaceId);
            Optional<Current> current = current(h, spaceId, personId);
            if (current.isEmpty()) return Change.NOT_IN_SPACE;
            if (current.get().role() == SpaceRole.COORDINATOR && coordinators(h, spaceId) <= 1) {
                return Change.LAST_COORDINATOR;
            }
            h.createUpdate("DELETE FROM networks_members WHERE space_id = :space AND person_id = :person")
                    .bind("space", spaceId).bind("person", personId).execute();
            dropIfUnrepresented(h, spaceId, current.get().organisationId());
            return Change.DONE;
        });
    }

    /**
     * Gives a person in the space another role (member, chair or coordinator; guests are invited to a meeting, not
     * appointed here). A guest who becomes a member loses the one-meeting limit.
     */
    Change changeRole(String spaceId, String personId, SpaceRole role) {
        if (role == SpaceRole.GUEST) throw new IllegalArgumentException("a guest is invited for a meeting");
        return jdbi.inTransaction(h -> {
            lockSpace(h, spaceId);
            Optional<Current> current = current(h, spaceId, personId);
            if (current.isEmpty()) return Change.NOT_IN_SPACE;
            if (current.get().role() == SpaceRole.COORDINATOR && role != SpaceRole.COORDINATOR
                    && coordinators(h, spaceId) <= 1) {
                return Change.LAST_COORDINATOR;
            }
            h.createUpdate("""
                            UPDATE networks_members SET role = :role, guest_meeting_id = NULL
                            WHERE space_id = :space AND person_id = :person""")
                    .bind("role", role.code()).bind("space", spaceId).bind("person", personId).execute();
            addOrganisation(h, spaceId, current.get().organisationId());
            return Change.DONE;
        });
    }

    /**
     * Lets a person in, within the caller's transaction (with the invitation or request it uses up). It never lowers
     * a role: a coordinator who accepts an invitation as member stays coordinator, so an old invitation cannot take
     * a space's last coordinator away. The organisation chosen is the one they represent from now on.
     */
    void admit(Handle h, String spaceId, String personId, String organisationId, SpaceRole role,
               String guestMeetingId) {
        lockSpace(h, spaceId);
        Optional<Current> current = current(h, spaceId, personId);
        if (current.isEmpty()) {
            h.createUpdate("""
                            INSERT INTO networks_members (space_id, person_id, organisation_id, role, guest_meeting_id, joined_at)
                            VALUES (:space, :person, :organisation, :role, :meeting, :now)""")
                    .bind("space", spaceId).bind("person", personId)
                    .bind("organisation", role == SpaceRole.GUEST ? null : organisationId).bind("role", role.code())
                    .bind("meeting", role == SpaceRole.GUEST ? guestMeetingId : null).bind("now", clock.instant())
                    .execute();
        } else if (role == SpaceRole.GUEST) {
            // A member asked to a meeting as a guest is more than a guest already. A guest asked to another meeting is
            // that meeting's guest now: still one meeting only.
            if (current.get().role() != SpaceRole.GUEST) return;
            h.createUpdate("""
                            UPDATE networks_members SET guest_meeting_id = :meeting
                            WHERE space_id = :space AND person_id = :person""")
                    .bind("meeting", guestMeetingId).bind("space", spaceId).bind("person", personId).execute();
            return;
        } else {
            SpaceRole kept = rank(role) > rank(current.get().role()) ? role : current.get().role();
            h.createUpdate("""
                            UPDATE networks_members SET role = :role, organisation_id = :organisation, guest_meeting_id = NULL
                            WHERE space_id = :space AND person_id = :person""")
                    .bind("role", kept.code()).bind("organisation", organisationId).bind("space", spaceId)
                    .bind("person", personId).execute();
            String previous = current.get().organisationId();
            if (previous != null && !previous.equals(organisationId)) dropIfUnrepresented(h, spaceId, previous);
        }
        if (role != SpaceRole.GUEST) addOrganisation(h, spaceId, organisationId);
    }

    /**
     * Takes the space's row lock for the rest of the transaction, so changes of who is in it that check before they
     * act follow one another. SQLite's write transactions do this by themselves (one writer at a time); PostgreSQL's
     * READ COMMITTED does not, and two coordinators leaving at once would each count the other as still there. An
     * update that changes nothing: the one way of locking a row that both accept (SQLite has no SELECT FOR UPDATE).
     */
    static void lockSpace(Handle h, String spaceId) {
        h.createUpdate("UPDATE networks_spaces SET updated_at = updated_at WHERE id = :space")
                .bind("space", spaceId).execute();
    }

    /** Coordinators above chairs above members above guests: what each may do includes what the next may. */
    static int rank(SpaceRole role) {
        return switch (role) {
            case COORDINATOR -> 3;
            case CHAIR -> 2;
            case MEMBER -> 1;
            case GUEST -> 0;
        };
    }

    private record Current(SpaceRole role, String organisationId) {
    }

    private static Optional<Current> current(Handle h, String spaceId, String personId) {
        return h.createQuery("SELECT role, organisation_id FROM networks_members WHERE space_id = :space AND person_id = :person")
                .bind("space", spaceId).bind("person", personId)
                .map((rs, ctx) -> new Current(SpaceRole.of(rs.getString(1)).orElse(SpaceRole.GUEST), rs.getString(2)))
                .findOne();
    }

    private static int coordinators(Handle h, String spaceId) {
        return h.createQuery("SELECT COUNT(*) FROM networks_members WHERE space_id = :space AND role = 'coordinator'")
                .bind("space", spaceId).mapTo(Integer.class).one();
    }

    private void addOrganisation(Handle h, String spaceId, String organisationId) {
        if (organisationId == null) return;
        h.createUpdate("""
                        INSERT INTO networks_organisations (space_id, organisation_id, joined_at)
                        VALUES (:space, :organisation, :now) ON CONFLICT (space_id, organisation_id) DO NOTHING""")
                .bind("space", spaceId).bind("organisation", organisationId).bind("now", clock.instant()).execute();
    }

    /** An organisation is a member of the space through its representatives; without any it is not listed any more. */
    private static void dropIfUnrepresented(Handle h, String spaceId, String organisationId) {
        if (organisationId == null) return;
        h.createUpdate("""
                        DELETE FROM networks_organisations WHERE space_id = :space AND organisation_id = :organisation
                        AND NOT EXISTS (SELECT 1 FROM networks_members m WHERE m.space_id = :space
                                        AND m.organisation_id = :organisation AND m.role <> 'guest')""")
                .bind("space", spaceId).bind("organisation", organisationId).execute();
    }
}
