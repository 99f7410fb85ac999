package nl.plein.core.search;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.plein.api.FullText;
import nl.plein.api.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One plugin's view of the index: every statement carries its id as owner. */
final class PluginFullText implements FullText {

    private static final Logger log = LoggerFactory.getLogger(PluginFullText.class);
    /** Documents read and indexed per transaction while filling: short transactions, few round trips. */
    static final int FILL_PAGE = 200;
    /**
     * One run of the fill job stops after about this long and schedules the rest: well within the 15 minutes after
     * which a running job counts as abandoned, and other jobs of the platform get their turn.
     */
    static final Duration FILL_RUN = Duration.ofSeconds(20);

    private final FullTextIndex index;
    private final String owner;
    private final Jobs jobs;
    private final Clock clock;
    private final Duration fillRun;

    PluginFullText(FullTextIndex index, String owner, Jobs jobs, Clock clock, Duration fillRun) {
        this.index = index;
        this.owner = owner;
        this.jobs = jobs;
        this.clock = clock;
        this.fillRun = fillRun;
    }

    @Override
    public void put(String kind, String id, String title, String body) {
        index.put(owner, kind, id, title, body, true);
    }

    @Override
    public void remove(String kind, String id) {
        index.remove(owner, kind, id);
    }

    @Override
    public List<String> search(String kind, String text, int limit) {
        return index.search(owner, kind, text, limit);
    }

    @Override
    public void fillOnce(String kind, Source source) {
        if (jobs == null) throw new IllegalStateException("fillOnce runs as a job: use PluginContext.fullText()");
        String jobKind = "plein-fulltext-fill-" + kind;
        jobs.handle(jobKind, job -> fill(kind, source, jobKind, job.payload() == null ? "" : job.payload()));
        // The key of the first run makes this idempotent: once it ran, starting again schedules nothing.
        if (!index.holdsAny(owner, kind) && !source.after("", 1).isEmpty()) {
            jobs.schedule(jobKind, "from-start", clock.instant(), "");
        }
    }

    /**
     * Indexes pages of the source from {@code after} on, each page read and written in one transaction, until the
     * source is done or the run's time is up; then the rest is scheduled as a job of its own. A document already in
     * the index is left alone: the plugin put it since, and its text is newer.
     */
    private void fill(String kind, Source source, String jobKind, String after) {
        long until = System.nanoTime() + fillRun.toNanos();
        String cursor = after;
        int indexed = 0;
        while (true) {
            String from = cursor;
            List<Document> page = index.jdbi().inTransaction(h -> {
                List<Document> documents = source.after(from, FILL_PAGE);
                for (Document d : documents) index.put(owner, kind, d.id(), d.title(), d.body(), false);
                return documents;
            });
            indexed += page.size();
            if (page.size() < FILL_PAGE) break;
            cursor = page.get(page.size() - 1).id();
            if (cursor.equals(from)) {
                log.error("full-text fill stopped: the source did not move on plugin={} kind={} after={}", owner, kind,
                        from);
                return;
            }
            if (System.nanoTime() > until) {
                jobs.schedule(jobKind, "after-" + cursor, clock.instant(), cursor);
                log.info("full-text fill continues plugin={} kind={} indexed={}", owner, kind, indexed);
                return;
            }
        }
        log.info("full-text fill done plugin={} kind={} indexed={}", owner, kind, indexed);
    }
}
