package nl.plein.networks.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** The meetings of spaces. Every lookup names the space, so an id from another space is simply not found. */
final class Meetings {

    /** More meetings than a network holds in years; a bound so no page is a heavy query. */
    static final int LIMIT = 500;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Meetings(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    Meeting create(String spaceId, MeetingDraft draft) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_meetings (id, space_id, title, starts_at, ends_at, place, online_url,
                               agenda_deadline, status, sequence, created_at)
                        VALUES (:id, :space, :title, :starts, :ends, :place, :online, :deadline, 'planned', 0, :now)""")
                .bind("id", id).bind("space", spaceId).bind("title", draft.title()).bind("starts", draft.startsAt())
                .bind("ends", draft.endsAt()).bind("place", draft.place()).bind("online", draft.onlineUrl())
                .bindByType("deadline", draft.agendaDeadline(), Instant.class).bind("now", clock.instant()).execute());
        return find(spaceId, id).orElseThrow();
    }

    /** Saves the draft over a planned meeting, raising its SEQUENCE when anything changed; false if cancelled. */
    boolean update(Meeting meeting, MeetingDraft draft) {
        if (!draft.differsFrom(meeting)) return true;
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE networks_meetings SET title = :title, starts_at = :starts, ends_at = :ends, place = :place,
                               online_url = :online, agenda_deadline = :deadline, sequence = sequence + 1
                         WHERE id = :id AND space_id = :space AND status = 'planned'""")
                .bind("title", draft.title()).bind("starts", draft.startsAt()).bind("ends", draft.endsAt())
                .bind("place", draft.place()).bind("online", draft.onlineUrl())
                .bindByType("deadline", draft.agendaDeadline(), Instant.class).bind("id", meeting.id())
                .bind("space", meeting.spaceId())
                .execute()) == 1;
    }

    /** Calls a planned meeting off; calendars learn it from the raised SEQUENCE and STATUS:CANCELLED. */
    boolean cancel(String spaceId, String meetingId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE networks_meetings SET status = 'cancelled', sequence = sequence + 1
                         WHERE id = :id AND space_id = :space AND status = 'planned'""")
                .bind("id", meetingId).bind("space", spaceId).execute()) == 1;
    }

    Optional<Meeting> find(String spaceId, String meetingId) {
        if (meetingId == null || meetingId.length() > 36) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM networks_meetings WHERE id = :id AND space_id = :space")
                .bind("id", meetingId).bind("space", spaceId).map((rs, ctx) -> row(rs)).findOne());
    }

    /** The meetings starting in [from, until), by start. */
    List<Meeting> between(String spaceId, Instant from, Instant until) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_meetings WHERE space_id = :space AND starts_at >= :from AND starts_at < :until
                        ORDER BY starts_at, id LIMIT :limit""")
                .bind("space", spaceId).bind("from", from).bind("until", until).bind("limit", LIMIT)
                .map((rs, ctx) -> row(rs)).list());
    }

    /** The space's meetings, latest first: to choose where an action or decision came from. */
    List<Meeting> ofSpace(String spaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_meetings WHERE space_id = :space ORDER BY starts_at DESC, id LIMIT :limit""")
                .bind("space", spaceId).bind("limit", LIMIT).map((rs, ctx) -> row(rs)).list());
    }

    static Meeting row(ResultSet rs) throws SQLException {
        long deadline = rs.getLong("agenda_deadline");
        Instant agendaDeadline = rs.wasNull() ? null : Instant.ofEpochMilli(deadline);
        return new Meeting(rs.getString("id"), rs.getString("space_id"), rs.getString("title"),
                Instant.ofEpochMilli(rs.getLong("starts_at")), Instant.ofEpochMilli(rs.getLong("ends_at")),
                rs.getString("place"), rs.getString("online_url"), agendaDeadline,
                "cancelled".equals(rs.getString("status")), rs.getInt("sequence"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
