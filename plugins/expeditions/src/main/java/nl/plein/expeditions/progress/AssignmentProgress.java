package nl.plein.expeditions.progress;

import java.time.Instant;
import nl.plein.expeditions.schedule.Assignment;

/**
 * An assignment with what one organisation handed in for it.
 *
 * @param state {@code handed-in}, {@code late} (handed in after the deadline), {@code open} or {@code overdue};
 *              labels {@code expeditions.work.assignment.state.<state>}
 */
public record AssignmentProgress(Assignment assignment, Submission submission, String state) {

    static AssignmentProgress of(Assignment assignment, Submission submission, Instant now) {
        String state = submission != null ? (submission.lateFor(assignment) ? "late" : "handed-in")
                : now.isAfter(assignment.dueAt()) ? "overdue" : "open";
        return new AssignmentProgress(assignment, submission, state);
    }

    public boolean handedIn() {
        return submission != null;
    }
}
