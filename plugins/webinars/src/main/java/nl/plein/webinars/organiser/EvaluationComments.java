package nl.plein.webinars.organiser;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** What attendees wrote in their evaluations: for the session's managers only, never public, without names. */
public final class EvaluationComments {

    private static final int MAX = 500;

    /** One evaluation that came with a comment. */
    public record Comment(int score, String text, Instant at) {
    }

    private final Jdbi jdbi;

    public EvaluationComments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Newest first. */
    public List<Comment> of(String sessionId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT score, comment, created_at FROM webinars_evaluations
                         WHERE session_id = :session AND comment <> ''
                         ORDER BY created_at DESC, person_id LIMIT :max""")
                .bind("session", sessionId).bind("max", MAX)
                .map((rs, ctx) -> new Comment(rs.getInt("score"), rs.getString("comment"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }
}
