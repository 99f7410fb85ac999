package nl.plein.webinars.afterwards;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** One evaluation per person and session: a score of 1 to 5 and an optional comment. */
final class Evaluations {

    /** A person's evaluation as stored; the comment is empty when none was written. */
    record Evaluation(int score, String comment) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    Evaluations(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Optional<Evaluation> of(String sessionId, String personId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT score, comment FROM webinars_evaluations WHERE session_id = :session AND person_id = :person""")
                .bind("session", sessionId).bind("person", personId)
                .map((rs, ctx) -> new Evaluation(rs.getInt("score"), rs.getString("comment"))).findOne());
    }

    /** Saves the evaluation; a second one from the same person replaces the first (one statement, no race). */
    void save(String sessionId, String personId, int score, String comment) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO webinars_evaluations (session_id, person_id, score, comment, created_at)
                        VALUES (:session, :person, :score, :comment, :now)
                        ON CONFLICT (session_id, person_id) DO UPDATE SET score = excluded.score,
                               comment = excluded.comment, created_at = excluded.created_at""")
                .bind("session", sessionId).bind("person", personId).bind("score", score).bind("comment", comment)
                .bind("now", clock.instant()).execute());
    }
}
