package nl.plein.networks.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** A space's decision log, newest first. */
final class Decisions {

    static final int LIMIT = 1000;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Decisions(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    String add(String spaceId, String text, LocalDate decidedOn, String meetingId) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_decisions (id, space_id, meeting_id, text, decided_on, created_at)
                        VALUES (:id, :space, :meeting, :text, :on, :now)""")
                .bind("id", id).bind("space", spaceId).bind("meeting", meetingId).bind("text", text)
                .bind("on", decidedOn.toString()).bind("now", clock.instant()).execute());
        return id;
    }

    List<Decision> of(String spaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_decisions WHERE space_id = :space
                        ORDER BY decided_on DESC, created_at DESC, id LIMIT :limit""")
                .bind("space", spaceId).bind("limit", LIMIT)
                .map((rs, ctx) -> new Decision(rs.getString("id"), rs.getString("space_id"),
                        rs.getString("meeting_id"), rs.getString("text"),
                        Amsterdam.parseDate(rs.getString("decided_on")).orElse(null),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }
}
