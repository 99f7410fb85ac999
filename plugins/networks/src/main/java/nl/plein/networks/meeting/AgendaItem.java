package nl.plein.networks.meeting;

import java.time.Instant;

/**
 * An item on a meeting's agenda.
 *
 * @param status {@code proposed} (by a member, waiting for a coordinator), {@code accepted} or {@code declined}
 */
public record AgendaItem(String id, String meetingId, String title, String description, String proposedBy,
                         String status, int position, Instant createdAt) {

    public boolean accepted() {
        return "accepted".equals(status);
    }
}
