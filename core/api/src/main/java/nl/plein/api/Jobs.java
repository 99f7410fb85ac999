package nl.plein.api;

import java.time.Instant;

/**
 * Durable jobs: stored in the database, run once at or after their time, also after a restart and with several
 * instances. A job that throws is retried with back-off, up to a limit.
 *
 * <pre>{@code
 * context.jobs().handle("reminder", job -> reminders.send(job.payload()));
 * context.jobs().schedule("reminder", "session-42-day-before", startsAt.minus(Duration.ofDays(1)), "42");
 * }</pre>
 */
public interface Jobs {

    /** Registers the code that runs jobs of this kind. */
    void handle(String kind, JobHandler handler);

    /**
     * Schedules a job. The key makes scheduling idempotent: scheduling the same kind and key again while the first
     * is still pending moves it to the new time and payload instead of adding a second job.
     */
    void schedule(String kind, String key, Instant runAt, String payload);

    /** Cancels a pending job; does nothing if it ran already or never existed. */
    void cancel(String kind, String key);

    /** Runs one job. */
    @FunctionalInterface
    interface JobHandler {
        void run(Job job) throws Exception;
    }

    /** A job as its handler sees it. */
    record Job(String id, String kind, String key, String payload, Instant runAt, int attempt) {
    }
}
