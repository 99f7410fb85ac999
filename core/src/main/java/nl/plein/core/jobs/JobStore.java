package nl.plein.core.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.api.Jobs;
import org.jdbi.v3.core.Jdbi;

/**
 * The durable job table. A job is claimed with a conditional UPDATE that only one instance can win, which is what
 * makes "runs once" hold with several instances on one PostgreSQL database as well as on SQLite.
 */
public final class JobStore {

    static final String PENDING = "pending";
    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String FAILED = "failed";
    static final String CANCELLED = "cancelled";
    /** Every status a job can have, as the filter on /admin/jobs offers them. */
    public static final List<String> STATUSES = List.of(PENDING, RUNNING, DONE, FAILED, CANCELLED);
    public static final int PAGE_SIZE = 50;

    private static final String COLUMNS =
            "id, owner, kind, job_key, status, run_at, attempts, last_error, created_at, claimed_at, finished_at";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public JobStore(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** A due job with its owner, as the scheduler sees it. */
    record DueJob(String owner, Jobs.Job job) {
    }

    public void schedule(String owner, String kind, String key, Instant runAt, String payload) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_jobs (id, owner, kind, job_key, payload, run_at, status, created_at)
                VALUES (:id, :owner, :kind, :key, :payload, :runAt, 'pending', :now)
                ON CONFLICT (owner, kind, job_key) DO UPDATE
                   SET run_at = excluded.run_at, payload = excluded.payload
                 WHERE plein_jobs.status = 'pending'
                """)
                .bind("id", ids.next()).bind("owner", owner).bind("kind", kind).bind("key", key)
                .bind("payload", payload).bind("runAt", runAt).bind("now", clock.instant())
                .execute());
    }

    public void cancel(String owner, String kind, String key) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE plein_jobs SET status = 'cancelled'
                 WHERE owner = :owner AND kind = :kind AND job_key = :key AND status = 'pending'
                """).bind("owner", owner).bind("kind", kind).bind("key", key).execute());
    }

    /** Pending jobs whose time has come, oldest first, at most {@code limit}. */
    List<DueJob> due(int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id, owner, kind, job_key, payload, run_at, attempts FROM plein_jobs
                 WHERE status = 'pending' AND run_at <= :now
                 ORDER BY run_at LIMIT :limit
                """).bind("now", clock.instant()).bind("limit", limit)
                .map((rs, ctx) -> new DueJob(rs.getString("owner"), new Jobs.Job(rs.getString("id"),
                        rs.getString("kind"), rs.getString("job_key"), rs.getString("payload"),
                        Instant.ofEpochMilli(rs.getLong("run_at")), rs.getInt("attempts") + 1)))
                .list());
    }

    /** Claims a job for this instance; false if another instance (or thread) got it first. */
    boolean claim(String id, String instance) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE plein_jobs SET status = 'running', claimed_by = :instance, claimed_at = :now,
                       attempts = attempts + 1
                 WHERE id = :id AND status = 'pending'
                """).bind("id", id).bind("instance", instance).bind("now", clock.instant()).execute()) == 1;
    }

    void done(String id) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE plein_jobs SET status = 'done', last_error = NULL, finished_at = :now WHERE id = :id
                """).bind("now", clock.instant()).bind("id", id).execute());
    }

    /** Puts a failed job back with a delay, or gives up after the last attempt. */
    void failed(String id, int attempt, int maxAttempts, String error) {
        boolean giveUp = attempt >= maxAttempts;
        Instant retryAt = clock.instant().plus(Duration.ofMinutes(1L << Math.min(attempt, 10)));
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE plein_jobs SET status = :status, run_at = :retryAt, last_error = :error, finished_at = :now
                 WHERE id = :id
                """).bind("status", giveUp ? FAILED : PENDING).bind("retryAt", retryAt)
                .bind("error", error).bind("now", clock.instant()).bind("id", id).execute());
    }

    /**
     * Jobs left running by an instance that died are given back after a grace period, so a crash does not lose
     * them. A job that finished just before the crash, but was not yet marked done, runs again: handlers must be
     * safe to repeat.
     */
    int releaseAbandoned(Duration grace) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE plein_jobs SET status = 'pending', claimed_by = NULL
                 WHERE status = 'running' AND claimed_at < :before
                """).bind("before", clock.instant().minus(grace)).execute());
    }

    /** The status of one job, for tests and the admin pages. */
    public Optional<String> status(String owner, String kind, String key) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT status FROM plein_jobs WHERE owner = :owner AND kind = :kind AND job_key = :key")
                .bind("owner", owner).bind("kind", kind).bind("key", key).mapTo(String.class).findOne());
    }

    /**
     * Jobs newest first, {@value #PAGE_SIZE} a page, optionally of one status and/or kind (null: any). Page numbers
     * start at 1.
     */
    public JobPage page(String status, String kind, int page) {
        int number = Math.max(1, page);
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM plein_jobs WHERE 1 = 1");
        if (status != null) sql.append(" AND status = :status");
        if (kind != null) sql.append(" AND kind = :kind");
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset");
        List<StoredJob> rows = jdbi.withHandle(h -> {
            var query = h.createQuery(sql.toString()).bind("limit", PAGE_SIZE + 1)
                    .bind("offset", (long) (number - 1) * PAGE_SIZE);
            if (status != null) query.bind("status", status);
            if (kind != null) query.bind("kind", kind);
            return query.map((rs, ctx) -> stored(rs)).list();
        });
        boolean older = rows.size() > PAGE_SIZE;
        return new JobPage(older ? rows.subList(0, PAGE_SIZE) : rows, number, number > 1, older);
    }

    public Optional<StoredJob> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plein_jobs WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> stored(rs)).findOne());
    }

    /**
     * Makes a waiting or failed job due now, for an administrator. A failed job starts over with all its attempts;
     * a pending one keeps the count it has. False when the job is running, done or cancelled (or gone): the status
     * is part of the condition, so this cannot undo a claim the scheduler made a moment before.
     */
    public boolean runNow(String id) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE plein_jobs SET run_at = :now, finished_at = NULL,
                       attempts = CASE WHEN status = 'failed' THEN 0 ELSE attempts END, status = 'pending'
                 WHERE id = :id AND status IN ('pending', 'failed')
                """).bind("now", clock.instant()).bind("id", id).execute()) == 1;
    }

    private static StoredJob stored(ResultSet rs) throws SQLException {
        return new StoredJob(rs.getString("id"), rs.getString("owner"), rs.getString("kind"), rs.getString("job_key"),
                rs.getString("status"), instant(rs, "run_at"), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "claimed_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
