package nl.plein.networks.trajectory;

import java.time.Instant;

/** What a programme officer or coordinator noted in a monitoring round (Markdown as typed). */
public record MonitoringNote(String id, String trajectoryId, String authorId, String body, Instant createdAt) {
}
