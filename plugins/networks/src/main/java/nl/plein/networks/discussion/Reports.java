package nl.plein.networks.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** Reports of posts to the space's coordinators, open until one of them marks a report handled. */
final class Reports {

    static final int PER_PAGE = 50;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Reports(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** Records the report; returns its id. */
    String report(Post post, String reporterId, String reason) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_reports (id, post_id, space_id, reporter_id, reason, created_at)
                        VALUES (:id, :post, :space, :reporter, :reason, :now)""")
                .bind("id", id).bind("post", post.id()).bind("space", post.spaceId()).bind("reporter", reporterId)
                .bind("reason", reason).bind("now", clock.instant()).execute());
        return id;
    }

    /** One page (from 1) of the space's open reports, oldest first; one row more than a page. */
    List<OpenReport> open(String spaceId, int page) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.id AS report_id, r.reason, r.reporter_id, r.created_at AS reported_at, t.title AS topic_title,
                               p.*,
                               (SELECT COUNT(*) FROM networks_posts q WHERE q.thread_id = p.thread_id
                                   AND (q.created_at < p.created_at OR (q.created_at = p.created_at AND q.id <= p.id)))
                                   AS position
                          FROM networks_reports r
                          JOIN networks_posts p ON p.id = r.post_id AND p.space_id = r.space_id
                          JOIN networks_threads t ON t.id = p.thread_id
                         WHERE r.space_id = :space AND r.handled_at IS NULL
                         ORDER BY r.created_at, r.id LIMIT :limit OFFSET :offset""")
                .bind("space", spaceId).bind("limit", PER_PAGE + 1).bind("offset", (long) (page - 1) * PER_PAGE)
                .map((rs, ctx) -> new OpenReport(rs.getString("report_id"), rs.getString("reason"),
                        rs.getString("reporter_id"), Instant.ofEpochMilli(rs.getLong("reported_at")), Topics.post(rs),
                        rs.getString("topic_title"), (rs.getInt("position") - 1) / Topics.POSTS_PER_PAGE + 1))
                .list());
    }

    int openCount(String spaceId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM networks_reports WHERE space_id = :space AND handled_at IS NULL")
                .bind("space", spaceId).mapTo(Integer.class).one());
    }

    /** Whether the report exists in the space (handled or not). */
    boolean exists(String spaceId, String reportId) {
        if (!DiscussionInput.isId(reportId)) return false;
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM networks_reports WHERE id = :id AND space_id = :space")
                .bind("id", reportId).bind("space", spaceId).mapTo(Integer.class).one()) > 0;
    }

    /** Marks an open report handled; a second coordinator doing the same changes nothing. */
    void handled(String spaceId, String reportId, String coordinatorId) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE networks_reports SET handled_by = :by, handled_at = :now
                         WHERE id = :id AND space_id = :space AND handled_at IS NULL""")
                .bind("by", coordinatorId).bind("now", clock.instant()).bind("id", reportId).bind("space", spaceId)
                .execute());
    }
}
