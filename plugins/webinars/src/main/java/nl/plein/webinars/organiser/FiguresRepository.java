package nl.plein.webinars.organiser;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import nl.plein.webinars.programme.SessionStatus;
import org.jdbi.v3.core.Jdbi;

/**
 * Figures per session in one statement, whatever the number of sessions: registrations and evaluations are each
 * grouped by session in a subquery and joined to the sessions.
 */
public final class FiguresRepository {

    /** One session of a report with its figures. */
    public record Row(String sessionId, String title, Instant startsAt, Instant endsAt, SessionStatus status,
                      SessionFigures figures) {
    }

    private final Jdbi jdbi;

    public FiguresRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public SessionFigures ofSession(String sessionId) {
        return rows("s.id = :scope", sessionId).stream().findFirst().map(Row::figures).orElse(SessionFigures.NONE);
    }

    /** The week's sessions in time order, cancelled ones included (their registrations still count). */
    public List<Row> ofWeek(String weekId) {
        return rows("s.week_id = :scope", weekId);
    }

    private List<Row> rows(String scope, String value) {
        // The subqueries read only the registrations and evaluations of the sessions in scope (both tables are
        // indexed by session first), not the whole history.
        String sessionsInScope = "SELECT s.id FROM webinars_sessions s WHERE " + scope;
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.id, s.title, s.starts_at, s.ends_at, s.status,
                               COALESCE(r.registered, 0) AS registered, COALESCE(r.waiting, 0) AS waiting,
                               COALESCE(r.attended, 0) AS attended, COALESCE(r.no_shows, 0) AS no_shows,
                               COALESCE(e.ratings, 0) AS ratings, COALESCE(e.score_sum, 0) AS score_sum
                          FROM webinars_sessions s
                          LEFT JOIN (SELECT session_id,
                                            SUM(CASE WHEN status = 'registered' THEN 1 ELSE 0 END) AS registered,
                                            SUM(CASE WHEN status = 'waiting' THEN 1 ELSE 0 END) AS waiting,
                                            SUM(CASE WHEN status = 'registered' AND attended = :yes THEN 1 ELSE 0 END) AS attended,
                                            SUM(CASE WHEN status = 'registered' AND attended = :no THEN 1 ELSE 0 END) AS no_shows
                                       FROM webinars_registrations
                                      WHERE session_id IN (%1$s)
                                      GROUP BY session_id) r ON r.session_id = s.id
                          LEFT JOIN (SELECT session_id, COUNT(*) AS ratings, SUM(score) AS score_sum
                                       FROM webinars_evaluations
                                      WHERE session_id IN (%1$s)
                                      GROUP BY session_id) e ON e.session_id = s.id
                         WHERE %2$s
                         ORDER BY s.starts_at, s.id""".formatted(sessionsInScope, scope))
                .bind("scope", value).bind("yes", true).bind("no", false)
                .map((rs, ctx) -> row(rs)).list());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("title"), Instant.ofEpochMilli(rs.getLong("starts_at")),
                Instant.ofEpochMilli(rs.getLong("ends_at")),
                SessionStatus.of(rs.getString("status")).orElse(SessionStatus.PLANNED),
                new SessionFigures(rs.getInt("registered"), rs.getInt("waiting"), rs.getInt("attended"),
                        rs.getInt("no_shows"), rs.getInt("ratings"), rs.getLong("score_sum")));
    }
}
