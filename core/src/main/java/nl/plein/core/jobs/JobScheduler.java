package nl.plein.core.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.plein.api.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs due jobs on one background thread. Each due job is claimed before it runs, so it runs once even when
 * several Plein instances poll the same database.
 */
public final class JobScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);
    private static final int MAX_ATTEMPTS = 5;

    private final JobStore store;
    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Map<String, Jobs.JobHandler>> handlers = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    private final java.util.function.Predicate<String> ownerIsOn;

    /** @param ownerIsOn whether an owner's jobs may run now (a switched-off plugin's jobs wait) */
    public JobScheduler(JobStore store, java.util.function.Predicate<String> ownerIsOn) {
        this.store = store;
        this.ownerIsOn = ownerIsOn;
    }

    public void register(String owner, String kind, Jobs.JobHandler handler) {
        handlers.computeIfAbsent(owner, o -> new ConcurrentHashMap<>()).put(kind, handler);
    }

    public void start(Duration interval) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "plein-jobs");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runDueSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Runs what is due on the scheduler's own thread, soon, instead of at the next poll: for an administrator's
     * "run now", whose request must not wait for the job. Before {@link #start} it does nothing; the first poll
     * picks the job up.
     */
    public void wake() {
        ScheduledExecutorService running = executor;
        if (running == null || running.isShutdown()) return;
        try {
            running.execute(this::runDueSafely);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            log.info("job scheduler is stopping; a woken job runs at the next start");
        }
    }

    /** Whether a job of this owner and kind would run when due: a running plugin handles that kind. */
    public boolean handles(String owner, String kind) {
        return handlers.getOrDefault(owner, Map.of()).containsKey(kind) && ownerIsOn.test(owner);
    }

    /** Every kind a plugin handles, sorted, for choosing in a filter. */
    public java.util.List<String> kinds() {
        return handlers.values().stream().flatMap(byKind -> byKind.keySet().stream()).distinct().sorted().toList();
    }

    public JobStore store() {
        return store;
    }

    private void runDueSafely() {
        try {
            runDue();
        } catch (RuntimeException e) {
            log.error("job polling failed", e);
        }
    }

    /** Runs every job that is due now; returns how many ran successfully. */
    public synchronized int runDue() {
        store.releaseAbandoned(Duration.ofMinutes(15));
        int succeeded = 0;
        for (JobStore.DueJob due : store.due(100)) {
            Jobs.JobHandler handler = handlers.getOrDefault(due.owner(), Map.of()).get(due.job().kind());
            // A job of a plugin that is not running now stays pending until the plugin is back.
            if (handler == null || !ownerIsOn.test(due.owner()) || !store.claim(due.job().id(), instance)) continue;
            MDC.put("plugin", due.owner());
            try {
                handler.run(due.job());
                store.done(due.job().id());
                succeeded++;
            } catch (Exception e) {
                log.error("job failed owner={} kind={} key={} attempt={}", due.owner(), due.job().kind(),
                        due.job().key(), due.job().attempt(), e);
                store.failed(due.job().id(), due.job().attempt(), MAX_ATTEMPTS, e.toString());
            } finally {
                MDC.remove("plugin");
            }
        }
        return succeeded;
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
