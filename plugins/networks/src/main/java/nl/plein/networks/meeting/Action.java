package nl.plein.networks.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item on a space's action list, carried across meetings until it is done or dropped.
 *
 * @param meetingId the meeting it came from, or null
 * @param status    {@code open}, {@code done} or {@code dropped}
 */
public record Action(String id, String spaceId, String meetingId, String title, String ownerId, LocalDate dueOn,
                     String status, Instant createdAt, Instant updatedAt) {

    static final java.util.List<String> STATUSES = java.util.List.of("open", "done", "dropped");

    public boolean open() {
        return "open".equals(status);
    }

    /** Open and past its deadline: shown with a word, not only a colour. */
    public boolean overdue(LocalDate today) {
        return open() && dueOn != null && dueOn.isBefore(today);
    }
}
