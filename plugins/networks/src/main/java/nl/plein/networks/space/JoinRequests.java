package nl.plein.networks.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** Requests to join a space: at most one pending per person and space; a coordinator approves or declines. */
final class JoinRequests {

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final Memberships memberships;

    JoinRequests(Jdbi jdbi, Ids ids, Clock clock, Memberships memberships) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
        this.memberships = memberships;
    }

    /** A new pending request; empty when the person already has one waiting (asking twice adds nothing). */
    Optional<JoinRequest> request(String spaceId, String personId, String organisationId, String message) {
        return jdbi.inTransaction(h -> {
            Memberships.lockSpace(h, spaceId);
            boolean waiting = h.createQuery("""
                            SELECT COUNT(*) FROM networks_join_requests
                            WHERE space_id = :space AND person_id = :person AND status = 'pending'""")
                    .bind("space", spaceId).bind("person", personId).mapTo(Integer.class).one() > 0;
            if (waiting) return Optional.empty();
            JoinRequest request = new JoinRequest(ids.next(), spaceId, personId, organisationId, message, "pending",
                    clock.instant());
            h.createUpdate("""
                            INSERT INTO networks_join_requests (id, space_id, person_id, organisation_id, message, status,
                                                                decided_by, decided_at, created_at)
                            VALUES (:id, :space, :person, :organisation, :message, 'pending', NULL, NULL, :now)""")
                    .bind("id", request.id()).bind("space", spaceId).bind("person", personId)
                    .bind("organisation", organisationId).bind("message", message).bind("now", request.createdAt())
                    .execute();
            return Optional.of(request);
        });
    }

    /** The request, looked up within its space (an id from another space is not found). */
    Optional<JoinRequest> find(String spaceId, String requestId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM networks_join_requests WHERE id = :id AND space_id = :space")
                .bind("id", requestId).bind("space", spaceId).map((rs, ctx) -> joinRequest(rs)).findOne());
    }

    Optional<JoinRequest> pendingOf(String spaceId, String personId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_join_requests
                        WHERE space_id = :space AND person_id = :person AND status = 'pending'
                        ORDER BY created_at LIMIT 1""")
                .bind("space", spaceId).bind("person", personId).map((rs, ctx) -> joinRequest(rs)).findOne());
    }

    /** The requests waiting in a space, oldest first. */
    List<JoinRequest> pending(String spaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_join_requests WHERE space_id = :space AND status = 'pending'
                        ORDER BY created_at, id LIMIT 200""")
                .bind("space", spaceId).map((rs, ctx) -> joinRequest(rs)).list());
    }

    /** Per space the person coordinates: how many requests wait there (one statement for the list of spaces). */
    Map<String, Integer> waitingFor(String coordinatorId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT r.space_id, COUNT(*) FROM networks_join_requests r
                        JOIN networks_members m ON m.space_id = r.space_id AND m.person_id = :person AND m.role = 'coordinator'
                        WHERE r.status = 'pending' GROUP BY r.space_id""")
                .bind("person", coordinatorId).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /**
     * Approves (the person joins as a member for the organisation they named) or declines a pending request. False
     * when it was decided already — by another coordinator a moment ago, say.
     */
    boolean decide(String spaceId, String requestId, boolean approve, String deciderId) {
        return jdbi.inTransaction(h -> {
            Optional<JoinRequest> request = h.createQuery("""
                            SELECT * FROM networks_join_requests WHERE id = :id AND space_id = :space AND status = 'pending'""")
                    .bind("id", requestId).bind("space", spaceId).map((rs, ctx) -> joinRequest(rs)).findOne();
            if (request.isEmpty()) return false;
            // Only the decision that changes a pending request counts: two coordinators may both have read it so.
            int decided = h.createUpdate("""
                            UPDATE networks_join_requests SET status = :status, decided_by = :by, decided_at = :now
                            WHERE id = :id AND status = 'pending'""")
                    .bind("status", approve ? "approved" : "declined").bind("by", deciderId)
                    .bind("now", clock.instant()).bind("id", requestId).execute();
            if (decided != 1) return false;
            if (approve) {
                memberships.admit(h, spaceId, request.get().personId(), request.get().organisationId(),
                        SpaceRole.MEMBER, null);
            }
            return true;
        });
    }

    private static JoinRequest joinRequest(ResultSet rs) throws SQLException {
        return new JoinRequest(rs.getString("id"), rs.getString("space_id"), rs.getString("person_id"),
                rs.getString("organisation_id"), rs.getString("message"), rs.getString("status"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
