package nl.plein.networks.meeting;

import java.time.Instant;
import java.util.List;
import nl.plein.networks.space.Standing;
import org.jdbi.v3.core.Jdbi;

/**
 * The documents attached to a meeting, as far as the visitor may see them. The documents part stores and serves
 * them; this list applies the same access levels in SQL, so a document the visitor may not open is not even named:
 * {@code members} for readers of the space and the meeting's guests, {@code coordinators} for coordinators,
 * {@code draft} for coordinators and its uploader (while a member).
 */
final class MeetingDocuments {

    private final Jdbi jdbi;

    MeetingDocuments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<MeetingDocument> visible(Meeting meeting, Standing standing, String personId) {
        boolean coordinator = standing.mayCoordinate();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, title, access, version, updated_at FROM networks_documents
                         WHERE meeting_id = :meeting AND space_id = :space
                           AND ((access = 'members' AND :reads)
                             OR (access = 'coordinators' AND :coordinator)
                             OR (access = 'draft' AND (:coordinator OR (:member AND created_by = :person))))
                        ORDER BY LOWER(title), id LIMIT 500""")
                .bind("meeting", meeting.id()).bind("space", meeting.spaceId())
                .bind("reads", standing.mayReadMeeting(meeting.id())).bind("coordinator", coordinator)
                .bind("member", standing.mayTakePart())
                .bind("person", personId == null ? "" : personId)
                .map((rs, ctx) -> new MeetingDocument(rs.getString("id"), rs.getString("title"),
                        rs.getString("access"), rs.getInt("version"), Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .list());
    }
}
