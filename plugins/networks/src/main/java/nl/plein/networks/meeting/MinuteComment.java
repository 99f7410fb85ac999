package nl.plein.networks.meeting;

import java.time.Instant;

/** A member's comment on draft minutes. */
public record MinuteComment(String id, String authorId, String body, Instant createdAt) {
}
