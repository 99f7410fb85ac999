package nl.plein.networks.discussion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Manifest;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not a test: the performance targets for discussions, run by {@code benchmarks/networks.sh}. Its name matches
 * none of surefire's default patterns, so {@code mvn verify} never runs it; and it only runs with
 * {@code -Dplein.benchmark=true}. Speed is measured and printed here, never asserted in a unit test.
 *
 * <p>The data is the installation's national-scale generated data ({@code plein.jar generate --scale national}, the
 * plugin's part in {@link nl.plein.networks.integration.NetworksScaleData}), from seed 1: core's 100,000 people and
 * 10,000 organisations; 40 spaces, the biggest with about 5,000 threads and a thread with about 200 replies; 50,000
 * posts; about 10,000 people reading the daily digest, with a day of new posts since the last one. The scale can be
 * changed with {@code -Dplein.benchmark.scale=<factor>}.
 *
 * <ol>
 * <li><b>The pages the suite measures</b> — the biggest space's front page, its threads (first page, and a page deep
 * in the list) and the thread with about 200 replies (its first and its last page) — over loopback HTTP as the member
 * the generator names: median, p99, max and SQL statements per page after a warm-up. Target: median &lt; 30 ms.</li>
 * <li><b>The digest</b> for its readers: the computation alone (readers, posts and follows per space, the letters),
 * three times; then the real job at 7:00 as the platform runs it (compute, queue one mail per person per space, move
 * {@code digest_sent_until}) and the next day's with nothing new. Target: &lt; 30 s.</li>
 * </ol>
 * Everything printed is also written to {@code target/networks-benchmark.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "plein.benchmark", matches = "true")
class DiscussionBenchmark {

    static final int WARM_UP = 50;
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    private final List<String> report = new ArrayList<>();

    @Test
    void threadPagesAndDigest() {
        int timed = Integer.getInteger("plein.benchmark.requests", 200);
        double factor = Double.parseDouble(System.getProperty("plein.benchmark.scale", "1"));
        report.add(String.format("machine: %d cores, Java %s, max heap %d MB; %s; loopback HTTP",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), nl.plein.core.testing.TestDatabases.describe()));

        long started = System.nanoTime();
        Manifest manifest = plein.testPlein().generate(new ScaleData.Scale("benchmark", factor), 1L);
        Map<String, Object> notes = manifest.notes();
        report.add(String.format("setup: generated at factor %s in %.1f s: %s spaces, %s threads, %s posts, %s follows, "
                        + "%s activity rows; %s digest letters to %s people", factor, (System.nanoTime() - started) / 1e9,
                notes.get("networks.rows.networks_spaces"), notes.get("networks.rows.networks_threads"),
                notes.get("networks.rows.networks_posts"), notes.get("networks.rows.networks_follows"),
                notes.get("networks.rows.networks_activity"), notes.get("networks.digest.readers"),
                notes.get("networks.digest.people")));

        List<Manifest.Page> pages = manifest.pagesOf("networks");
        Browser member = plein.testPlein().browser();
        member.signIn(pages.get(0).email(), ScaleData.PASSWORD);
        report.add("");
        report.add(String.format("a) pages of the biggest space over HTTP, signed in as a member: %d timed requests each "
                + "after %d warm-up", timed, WARM_UP));
        String front = pages.get(0).path();
        String threads = pages.get(1).path();
        String thread = pages.get(2).path();
        int lastPage = (count("SELECT posts FROM networks_threads WHERE id = '" + notes.get("networks.longThread") + "'")
                + 49) / 50;
        page(member, "space front page", front, timed);
        page(member, "threads page 1", threads, timed);
        page(member, "threads page 100", threads + "?page=100", timed);
        page(member, "thread, page 1", thread, timed);
        page(member, "thread, last", thread + "?page=" + lastPage, timed);
        report.add("   target: median < 30 ms");

        digest();

        report.forEach(System.out::println);
        try {
            Files.write(nl.plein.core.testing.TestDatabases.report("networks-benchmark"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- a) pages

    private void page(Browser browser, String name, String path, int timed) {
        long[] micros = new long[timed];
        AtomicInteger statements = new AtomicInteger();
        SqlLogger before = plein.jdbi().getConfig(SqlStatements.class).getSqlLogger();
        int bytes = 0;
        for (int i = 0; i < WARM_UP + timed; i++) {
            boolean measured = i >= WARM_UP;
            if (measured) counting(statements);
            long start = System.nanoTime();
            Browser.Page page = browser.get(path);
            long nanos = System.nanoTime() - start;
            plein.jdbi().setSqlLogger(before);
            if (page.status() != 200) throw new AssertionError(path + " answered " + page.status());
            if (measured) micros[i - WARM_UP] = nanos / 1000;
            bytes = page.body().length();
        }
        report.add(line(name, micros) + String.format("   SQL/page %.1f   %,d characters", (double) statements.get()
                / timed, bytes));
    }

    private void counting(AtomicInteger statements) {
        plein.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
    }

    private static String line(String name, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format("   %-18s median %6.1f ms   p99 %6.1f ms   max %6.1f ms", name,
                sorted[(sorted.length - 1) / 2] / 1000.0, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    // ---- b) the digest

    private void digest() {
        DigestContent content = new DigestContent(plein.jdbi());
        report.add("");
        Instant digestAt = LocalDate.ofInstant(plein.clock().instant(), AMSTERDAM).plusDays(1).atTime(7, 0)
                .atZone(AMSTERDAM).toInstant();
        report.add(String.format("b) the daily digest at %s for %,d readers", digestAt, count(
                "SELECT COUNT(*) FROM networks_notification_settings WHERE mode = 'digest'")));
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            Map<String, List<DigestContent.Reader>> readers = content.readers(digestAt);
            int letters = 0;
            int inWindow = 0;
            long items = 0;
            for (Map.Entry<String, List<DigestContent.Reader>> space : readers.entrySet()) {
                DigestContent.Batch batch = content.letters(space.getKey(), space.getValue(), digestAt);
                letters += batch.letters().size();
                inWindow += batch.posts();
                for (DigestContent.Letter letter : batch.letters()) items += letter.items().size();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            report.add(String.format("   computation run %d: %,d ms — %,d readers, %,d new posts in the windows, %,d "
                            + "letters with on average %.1f threads", run, millis,
                    readers.values().stream().mapToInt(List::size).sum(), inWindow, letters,
                    letters == 0 ? 0.0 : (double) items / letters));
        }

        // The real job at 7:00 the next morning: compute, queue the mails, move digest_sent_until.
        plein.clock().advance(Duration.between(plein.clock().instant(), digestAt));
        long start = System.nanoTime();
        int ran = plein.platform().jobs().runDue();
        long wall = (System.nanoTime() - start) / 1_000_000;
        int mails = count("SELECT COUNT(*) FROM plein_outbox WHERE dedupe_key LIKE 'networks:discussion-digest-%'");
        report.add(String.format("   the digest job as the platform runs it (%d job%s): %,d ms — %,d mails queued "
                        + "(one per person per space), digest_sent_until moved for %,d readers", ran, ran == 1 ? "" : "s",
                wall, mails, count("SELECT COUNT(*) FROM networks_notification_settings WHERE digest_sent_until = "
                        + digestAt.toEpochMilli())));
        plein.clock().advance(Duration.ofDays(1));
        start = System.nanoTime();
        plein.platform().jobs().runDue();
        report.add(String.format("   the next day (nothing new): %,d ms, %,d mails queued in all",
                (System.nanoTime() - start) / 1_000_000,
                count("SELECT COUNT(*) FROM plein_outbox WHERE dedupe_key LIKE 'networks:discussion-digest-%'")));
        report.add("   target: < 30 s");
    }

    private int count(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
