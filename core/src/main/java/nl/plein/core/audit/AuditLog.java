package nl.plein.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security-relevant events for administrators: sign-ins, failed sign-ins, role changes, blocks, password resets,
 * exports, erasures. Entries name people by id only, so an erased person leaves no personal data here.
 */
public final class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    public static final int PAGE_SIZE = 50;

    /**
     * One entry as administrators see it. Names are looked up when the log is read, never stored: a person who has
     * been erased shows without a name.
     */
    public record Entry(String id, Instant at, String actorId, String actorName, String action, String subjectId,
                        String subjectName, String detail) {
        /** For subjects that are not people (organisations): the id's random tail, which tells entries apart. */
        public String subjectLabel() {
            return subjectId == null ? "" : "…" + subjectId.substring(Math.max(0, subjectId.length() - 8));
        }
    }

    private static final String SELECT = "SELECT a.id, a.at, a.actor_id, actor.display_name AS actor_name, a.action, "
            + "a.subject_id, subject.display_name AS subject_name, a.detail FROM plein_audit a "
            + "LEFT JOIN plein_people actor ON actor.id = a.actor_id "
            + "LEFT JOIN plein_people subject ON subject.id = a.subject_id ";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    public void record(String actorId, String action, String subjectId, String detail) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_audit (id, at, actor_id, action, subject_id, detail)
                VALUES (:id, :at, :actor, :action, :subject, :detail)
                """).bind("id", ids.next()).bind("at", clock.instant()).bind("actor", actorId).bind("action", action)
                .bind("subject", subjectId).bind("detail", detail == null ? null
                        : detail.substring(0, Math.min(detail.length(), 500))).execute());
        log.info("audit action={} actor={} subject={}", action, actorId, subjectId);
    }

    /** Newest first; page numbers start at 1. Fetches one extra row so the page knows whether there is a next. */
    public List<Entry> page(int page) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "ORDER BY a.at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> entry(rs)).list());
    }

    public List<Entry> about(String personId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT
                        + "WHERE a.actor_id = :person OR a.subject_id = :person ORDER BY a.at DESC LIMIT 1000")
                .bind("person", personId).map((rs, ctx) -> entry(rs)).list());
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("at")), rs.getString("actor_id"),
                rs.getString("actor_name"), rs.getString("action"), rs.getString("subject_id"),
                rs.getString("subject_name"), rs.getString("detail"));
    }
}
