package nl.plein.networks.meeting;

import java.time.Instant;

/**
 * The minutes of a meeting: a draft the coordinators or the chair write and members comment on, until the chair
 * approves them; then they are read-only.
 *
 * @param revision raised on each save; the chair approves the revision they read, so they never approve text they
 *                 have not seen
 */
public record Minutes(String meetingId, String body, boolean approved, int revision, String updatedBy,
                      Instant updatedAt, String approvedBy, Instant approvedAt) {
}
