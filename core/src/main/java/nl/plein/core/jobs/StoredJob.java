package nl.plein.core.jobs;

import java.time.Instant;

/**
 * One row of the job table as administrators see it. The payload is left out: it may carry what a plugin keeps
 * about people, and an operator rerunning a job does not need it.
 *
 * @param claimedAt  when the last attempt started; null if it never ran
 * @param finishedAt when the last attempt ended, done or failed; null while pending or running the first time
 */
public record StoredJob(String id, String owner, String kind, String key, String status, Instant runAt,
                        int attempts, String lastError, Instant createdAt, Instant claimedAt, Instant finishedAt) {

    /** Longer errors are cut to this in the list; the job's own page shows them whole. */
    static final int SHORT_ERROR = 120;

    /** Whether an administrator may run it now: waiting, or given up on; not while it runs, nor once done. */
    public boolean canRunNow() {
        return JobStore.PENDING.equals(status) || JobStore.FAILED.equals(status);
    }

    /**
     * How long the last attempt took, once the job is done or failed; null before that. A pending job that
     * failed before keeps the times of that attempt, but it is not finished, so it shows none.
     */
    public Long durationMs() {
        boolean ended = JobStore.DONE.equals(status) || JobStore.FAILED.equals(status);
        if (!ended || claimedAt == null || finishedAt == null) return null;
        return Math.max(0, finishedAt.toEpochMilli() - claimedAt.toEpochMilli());
    }

    /** The duration in seconds, for showing; null like {@link #durationMs()}. */
    public Double durationSeconds() {
        Long ms = durationMs();
        return ms == null ? null : ms / 1000.0;
    }

    /** The last error cut to one line of at most {@value #SHORT_ERROR} characters, for the list. */
    public String shortError() {
        if (lastError == null) return "";
        String firstLine = lastError.strip().lines().findFirst().orElse("");
        boolean cut = firstLine.length() > SHORT_ERROR || !firstLine.equals(lastError.strip());
        String shown = firstLine.length() > SHORT_ERROR ? firstLine.substring(0, SHORT_ERROR) : firstLine;
        return cut ? shown.stripTrailing() + "…" : shown;
    }
}
