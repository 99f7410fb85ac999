package nl.plein.networks.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The minutes of a space's meetings and the comments on them. */
final class MinutesBook {

    static final int MAX_COMMENTS = 1000;

    /** What became of a save or an approval. */
    enum Outcome {
        DONE,
        /** Saved or approved by someone else since the visitor read them: nothing changed. */
        STALE,
        /** Approved already: read-only. */
        APPROVED,
        /** Nothing to approve yet. */
        EMPTY
    }

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    MinutesBook(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    Optional<Minutes> of(Meeting meeting) {
        return jdbi.withHandle(h -> of(h, meeting));
    }

    private static Optional<Minutes> of(Handle h, Meeting meeting) {
        return h.createQuery(
                        "SELECT * FROM networks_minutes WHERE meeting_id = :meeting AND space_id = :space")
                .bind("meeting", meeting.id()).bind("space", meeting.spaceId())
                .map((rs, ctx) -> {
                    long approvedAt = rs.getLong("approved_at");
                    Instant approved = rs.wasNull() ? null : Instant.ofEpochMilli(approvedAt);
                    return new Minutes(rs.getString("meeting_id"), rs.getString("body"),
                            "approved".equals(rs.getString("status")), rs.getInt("revision"),
                            rs.getString("updated_by"), Instant.ofEpochMilli(rs.getLong("updated_at")),
                            rs.getString("approved_by"), approved);
                })
                .findOne();
    }

    /**
     * Saves the draft over the revision the writer started from (0: there were no minutes yet), raising the
     * revision; refused when someone saved in between, or the minutes were approved meanwhile.
     */
    Outcome save(Meeting meeting, String body, int readRevision, String personId) {
        return jdbi.inTransaction(h -> {
            Optional<Minutes> current = of(h, meeting);
            if (current.isPresent() && current.get().approved()) return Outcome.APPROVED;
            int revision = current.map(Minutes::revision).orElse(0);
            if (revision != readRevision) return Outcome.STALE;
            // The write checks the revision again: under PostgreSQL's READ COMMITTED a save from the same revision
            // may have been committed since the read above, and then this one is stale, not a lost update.
            int saved = h.createUpdate("""
                            INSERT INTO networks_minutes (meeting_id, space_id, body, status, revision, updated_by, updated_at)
                            VALUES (:meeting, :space, :body, 'draft', :revision, :by, :now)
                            ON CONFLICT (meeting_id) DO UPDATE SET body = excluded.body, revision = excluded.revision,
                                   updated_by = excluded.updated_by, updated_at = excluded.updated_at
                             WHERE networks_minutes.revision = :read AND networks_minutes.status = 'draft'""")
                    .bind("meeting", meeting.id()).bind("space", meeting.spaceId()).bind("body", body)
                    .bind("revision", revision + 1).bind("read", readRevision).bind("by", personId)
                    .bind("now", clock.instant()).execute();
            return saved == 1 ? Outcome.DONE : Outcome.STALE;
        });
    }

    /** Approves the draft the chair read: only if it is still that revision. */
    Outcome approve(Meeting meeting, int readRevision, String personId) {
        return jdbi.inTransaction(h -> {
            Optional<Minutes> current = of(h, meeting);
            if (current.isEmpty() || current.get().body().isBlank()) return Outcome.EMPTY;
            if (current.get().approved()) return Outcome.APPROVED;
            if (current.get().revision() != readRevision) return Outcome.STALE;
            int approved = h.createUpdate("""
                            UPDATE networks_minutes SET status = 'approved', approved_by = :by, approved_at = :now
                             WHERE meeting_id = :meeting AND space_id = :space AND revision = :revision
                               AND status = 'draft'""")
                    .bind("by", personId).bind("now", clock.instant()).bind("meeting", meeting.id())
                    .bind("space", meeting.spaceId()).bind("revision", readRevision).execute();
            // Changed since the read above (possible where transactions do not follow one another).
            return approved == 1 ? Outcome.DONE : Outcome.STALE;
        });
    }

    /** A comment on the draft; false once the minutes are approved (or when there is no draft to comment on). */
    boolean comment(Meeting meeting, String body, String personId) {
        return jdbi.inTransaction(h -> {
            Optional<Minutes> current = of(h, meeting);
            if (current.isEmpty() || current.get().approved()) return false;
            h.createUpdate("""
                            INSERT INTO networks_minute_comments (id, meeting_id, author_id, body, created_at)
                            VALUES (:id, :meeting, :author, :body, :now)""")
                    .bind("id", ids.next()).bind("meeting", meeting.id()).bind("author", personId).bind("body", body)
                    .bind("now", clock.instant()).execute();
            return true;
        });
    }

    List<MinuteComment> comments(Meeting meeting) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, author_id, body, created_at FROM networks_minute_comments WHERE meeting_id = :meeting
                        ORDER BY created_at, id LIMIT :limit""")
                .bind("meeting", meeting.id()).bind("limit", MAX_COMMENTS)
                .map((rs, ctx) -> new MinuteComment(rs.getString("id"), rs.getString("author_id"),
                        rs.getString("body"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }
}
