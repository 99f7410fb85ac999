package nl.plein.goodbusy.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Manifest;
import nl.plein.core.organisation.CoreDirectory;
import nl.plein.core.organisation.Membership;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.request.HelpRequest;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not a test: the performance targets for matching, run by {@code benchmarks/goodbusy.sh}. Its name matches
 * none of surefire's default patterns, so {@code mvn verify} never runs it; and it only runs with
 * {@code -Dplein.benchmark=true}. Speed is measured and printed here, never asserted in a unit test.
 *
 * <p>The data: the plugin's national share of generated data ({@code GoodBusyScaleData}, the same as
 * {@code java -jar plein.jar generate --scale national}: 100,000 people and 10,000 organisations from core; 500
 * companies and 500 social organisations with profiles, 10,000 offers and 10,000 requests, most of them open, 3,000
 * matches in every state), seed 1, on the test clock's day. Nothing is announced yet, so the first digest has all the work.
 *
 * <ol>
 * <li><b>Suggestions for one request.</b> {@code plein.benchmark.requests} (default 200) open requests picked at
 * random, each timed twice: the service call (the request read, the hard filters over the open offers held in
 * memory, scoring, the top 20 loaded whole with their companies' names) and the whole page over loopback HTTP, signed
 * in as a coordinator of the request's organisation. After a warm-up of 50 of each. Median, p99 and max; SQL statements per page. Target: median &lt; 50 ms, p99
 * &lt; 150 ms.</li>
 * <li><b>The digest.</b> The computation over all pairs of open items (about 75,000,000; those passing the hard
 * filters counted, the good ones kept): wall time, counts, and heap in use before and after, retained by the result,
 * and the peak of the heap pools, from {@code MemoryMXBean} and the pools' peak usage; then the real job as the
 * platform runs it at 7:00 (compute, record the new pairs in {@code goodbusy_announced}, queue one mail per
 * coordinator). Target: &lt; 30 s.</li>
 * </ol>
 * Everything printed is also written to {@code target/goodbusy-benchmark.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "plein.benchmark", matches = "true")
class GoodBusyBenchmark {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int WARM_UP = 50;

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    private final Random random = new Random(6);
    private final List<String> report = new ArrayList<>();
    private GoodBusyFixture fixture;
    private LocalDate today;
    private int openRequests;
    private int openOffers;

    @Test
    void suggestionsAndDigest() {
        fixture = new GoodBusyFixture(plein);
        today = LocalDate.ofInstant(plein.clock().instant(), AMSTERDAM);
        int timed = Integer.getInteger("plein.benchmark.requests", 200);
        report.add(String.format("machine: %d cores, Java %s, max heap %d MB; %s; loopback HTTP",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), nl.plein.core.testing.TestDatabases.describe()));

        long started = System.nanoTime();
        Manifest manifest = plein.testPlein().generate(ScaleData.Scale.NATIONAL, 1);
        List<String> requestIds = plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT id FROM goodbusy_requests WHERE status = 'open' AND ends_on >= :today ORDER BY id""")
                .bind("today", today.toString()).mapTo(String.class).list());
        openRequests = requestIds.size();
        openOffers = count("SELECT COUNT(*) FROM goodbusy_offers WHERE status = 'open' AND available_until >= '"
                + today + "'");
        Map<String, String> coordinatorOf = new HashMap<>();
        plein.jdbi().useHandle(h -> h.createQuery("""
                        SELECT o.organisation_id, p.email FROM goodbusy_organisations o
                          JOIN plein_memberships m ON m.organisation_id = o.organisation_id AND m.role = :admin
                          JOIN plein_people p ON p.id = m.person_id""")
                .bind("admin", Membership.ADMIN).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> coordinatorOf.put(e.getKey(), e.getValue())));
        Map<String, Object> notes = manifest.notes();
        report.add(String.format("setup: generated national data (seed 1) in %.1f s: %,d requests (%,d open) and %,d "
                        + "offers (%,d open) of %,d social organisations and %,d companies, %,d matches",
                (System.nanoTime() - started) / 1e9, notes.get("goodbusy.rows.goodbusy_requests"), openRequests,
                notes.get("goodbusy.rows.goodbusy_offers"), openOffers,
                notes.get("goodbusy.rows.goodbusy_organisations"), notes.get("goodbusy.rows.goodbusy_companies"),
                notes.get("goodbusy.rows.goodbusy_matches")));

        suggestions(requestIds, coordinatorOf, timed);
        digest();

        report.forEach(System.out::println);
        try {
            Files.write(nl.plein.core.testing.TestDatabases.report("goodbusy-benchmark"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- a) suggestions

    private void suggestions(List<String> requestIds, Map<String, String> coordinatorOf, int timed) {
        Candidates candidates = new Candidates(plein.jdbi());
        Suggestions suggestions = new Suggestions(candidates, fixture.requests(), fixture.offers(), fixture.profiles(),
                new CoreDirectory(plein.platform().people(), fixture.organisations()), plein.clock());
        Map<String, Browser> browsers = new HashMap<>();

        List<String> picked = new ArrayList<>();
        for (int i = 0; i < WARM_UP + timed; i++) picked.add(requestIds.get(random.nextInt(requestIds.size())));
        Map<String, HelpRequest> requests = new HashMap<>();
        for (String id : picked) requests.computeIfAbsent(id, k -> fixture.requests().find(k).orElseThrow());
        // Signing in is not what is measured: each coordinator signs in once, before.
        for (String id : picked) {
            browsers.computeIfAbsent(coordinatorOf.get(requests.get(id).organisationId()), email -> {
                Browser browser = plein.browser();
                browser.signIn(email, ScaleData.PASSWORD);
                return browser;
            });
        }

        long[] service = new long[timed];
        long[] page = new long[timed];
        long candidatesSeen = 0;
        int suggested = 0;
        AtomicInteger statements = new AtomicInteger();
        SqlLogger before = plein.jdbi().getConfig(SqlStatements.class).getSqlLogger();
        for (int i = 0; i < picked.size(); i++) {
            String id = picked.get(i);
            boolean measured = i >= WARM_UP;
            long start = System.nanoTime();
            Suggestions.Ranked<?> ranked = suggestions.forRequest(fixture.requests().find(id).orElseThrow());
            long serviceNanos = System.nanoTime() - start;
            Browser browser = browsers.get(coordinatorOf.get(requests.get(id).organisationId()));
            if (measured) counting(statements);
            start = System.nanoTime();
            Browser.Page shown = browser.get("/goodbusy/requests/" + id + "/suggestions");
            long pageNanos = System.nanoTime() - start;
            plein.jdbi().setSqlLogger(before);
            if (shown.status() != 200) throw new AssertionError("the page answered " + shown.status());
            if (measured) {
                service[i - WARM_UP] = serviceNanos / 1000;
                page[i - WARM_UP] = pageNanos / 1000;
                suggested += ranked.suggestions().size();
                HelpRequest request = requests.get(id);
                Facts.OfRequest facts = Facts.of(request, fixture.profiles().organisation(request.organisationId())
                        .orElse(null)).notBefore(today.toEpochDay());
                Top top = new Top(Suggestions.LIMIT);
                candidates.rankOffers(facts, top);
                candidatesSeen += top.seen();
            }
        }
        report.add("");
        report.add(String.format("a) ranked offers for one request: %d open requests picked at random (after %d "
                + "warm-up), %,d open offers and %,d open requests", timed, WARM_UP, openOffers, openRequests));
        report.add(String.format("   on average %,.0f offers pass the hard filters and are scored; "
                + "%.1f suggestions shown", (double) candidatesSeen / timed, (double) suggested / timed));
        report.add(line("service call", service));
        report.add(line("page over HTTP", page) + String.format("   SQL/page %.1f", (double) statements.get() / timed));
        report.add("   target: median < 50 ms, p99 < 150 ms");
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
        return String.format("   %-16s median %6.1f ms   p99 %6.1f ms   max %6.1f ms", name,
                sorted[(sorted.length - 1) / 2] / 1000.0, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    // ---- b) the digest

    private void digest() {
        Candidates candidates = new Candidates(plein.jdbi());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        report.add("");
        report.add(String.format("b) the digest over all %,d × %,d pairs of open items (good: at least 70 points)",
                openRequests, openOffers));
        for (int run = 1; run <= 3; run++) {
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            long gcBefore = gcMillis();
            long start = System.nanoTime();
            GoodPairs pairs = GoodPairs.find(candidates, today, 70);
            long wall = (System.nanoTime() - start) / 1_000_000;
            long gc = gcMillis() - gcBefore;
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long retained = memory.getHeapMemoryUsage().getUsed() - heapBefore;
            report.add(String.format("   computation run %d: %,d ms (GC %d ms); %,d requests × %,d offers; %,d pairs pass "
                            + "the hard filters (%.1f%%), %,d good", run, wall, gc, pairs.requests.length,
                    pairs.offers.size(), pairs.passed, 100.0 * pairs.passed / ((double) openRequests * openOffers),
                    pairs.good.length));
            if (run == 1) {
                report.add(String.format("      heap in use before %,d MB, right after %,d MB, retained by the result "
                                + "%,d MB, peak of the heap pools %,d MB", mb(heapBefore), mb(heapAfter), mb(retained),
                        mb(peak)));
            }
        }

        // The real job at 7:00 the next morning: compute, record, mail.
        Instant due = today.plusDays(1).atTime(7, 0).atZone(AMSTERDAM).toInstant();
        plein.clock().advance(Duration.between(plein.clock().instant(), due));
        long start = System.nanoTime();
        plein.platform().jobs().runDue();
        long wall = (System.nanoTime() - start) / 1_000_000;
        int announced = count("SELECT COUNT(*) FROM goodbusy_announced");
        int mails = count("SELECT COUNT(*) FROM plein_outbox WHERE dedupe_key LIKE 'goodbusy:digest-%'");
        report.add(String.format("   the digest job as the platform runs it: %,d ms — %,d new good pairs recorded in "
                + "goodbusy_announced, %,d mails queued (one per coordinator)", wall, announced, mails));
        start = System.nanoTime();
        plein.clock().advance(Duration.ofDays(1));
        plein.platform().jobs().runDue();
        report.add(String.format("   the next day (nothing new): %,d ms, %,d mails queued in all", (System.nanoTime()
                - start) / 1_000_000, count("SELECT COUNT(*) FROM plein_outbox WHERE dedupe_key LIKE 'goodbusy:digest-%'")));
        report.add("   target: < 30 s");
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private int count(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
