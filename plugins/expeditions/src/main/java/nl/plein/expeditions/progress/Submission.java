package nl.plein.expeditions.progress;

import java.time.Instant;
import nl.plein.expeditions.schedule.Assignment;

/** What an organisation handed in for an assignment; handing in again replaces it. */
public record Submission(String assignmentId, String body, String attachmentId, Instant submittedAt) {

    static final int MAX_BODY = 8000;

    /** Handed in after the deadline: allowed, but the leader should see it. */
    public boolean lateFor(Assignment assignment) {
        return submittedAt.isAfter(assignment.dueAt());
    }
}
