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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plein.core.organisation.CoreDirectory;
import nl.plein.core.organisation.OrganisationForm;
import nl.plein.core.organisation.OrganisationKind;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.vocabulary.Vocabulary;
import org.jdbi.v3.core.statement.PreparedBatch;
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
 * <p>The data: 500 social organisations and 500 companies (core organisations, each with a coordinator, spread over
 * the provinces by population; three in five organisations state a supervision capacity), 10,000 open requests and
 * 10,000 open offers, made with a fixed seed and written in batches. Forms, causes, skills, group sizes (1–60), VOG,
 * remote work and dates (spread over the coming year: one day, a period or recurring; offers available for one to
 * eight months) follow what each form of engagement is like: a service day asks hands for a day, pro bono one expert
 * for months, often remote.
 *
 * <ol>
 * <li><b>Suggestions for one request.</b> {@code plein.benchmark.requests} (default 200) requests picked at random,
 * each timed twice: the service call (the request read, the pre-filter, scoring, the top 20 loaded whole with their
 * companies' names) and the whole page over loopback HTTP, signed in as a coordinator of the request's organisation.
 * After a warm-up of 50 of each. Median, p99 and max; SQL statements per page. Target: median &lt; 50 ms, p99
 * &lt; 150 ms.</li>
 * <li><b>The digest.</b> The computation over all 100,000,000 pairs (those passing the hard filters counted, the good
 * ones kept): wall time, counts, and heap in use before and after, retained by the result, and the peak of the heap
 * pools, from {@code MemoryMXBean} and the pools' peak usage; then the real job as the platform runs it at 7:00
 * (compute, record the new pairs in {@code goodbusy_announced}, queue one mail per coordinator). Target: &lt; 30 s.</li>
 * </ol>
 * Everything printed is also written to {@code target/goodbusy-benchmark.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "plein.benchmark", matches = "true")
class GoodBusyBenchmark {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int ORGANISATIONS = 500;
    private static final int COMPANIES = 500;
    private static final int REQUESTS = 10_000;
    private static final int OFFERS = 10_000;
    private static final int WARM_UP = 50;

    /** Provinces with a weight close to their population (millions × 10). */
    private static final Map<String, Integer> PROVINCE_WEIGHT = Map.ofEntries(Map.entry("Zuid-Holland", 38),
            Map.entry("Noord-Holland", 30), Map.entry("Noord-Brabant", 26), Map.entry("Gelderland", 21),
            Map.entry("Utrecht", 14), Map.entry("Overijssel", 12), Map.entry("Limburg", 11),
            Map.entry("Friesland", 7), Map.entry("Groningen", 6), Map.entry("Drenthe", 5), Map.entry("Flevoland", 4),
            Map.entry("Zeeland", 4));
    private static final Map<String, String> CAPITAL = Map.ofEntries(Map.entry("Zuid-Holland", "Den Haag"),
            Map.entry("Noord-Holland", "Haarlem"), Map.entry("Noord-Brabant", "'s-Hertogenbosch"),
            Map.entry("Gelderland", "Arnhem"), Map.entry("Utrecht", "Utrecht"), Map.entry("Overijssel", "Zwolle"),
            Map.entry("Limburg", "Maastricht"), Map.entry("Friesland", "Leeuwarden"),
            Map.entry("Groningen", "Groningen"), Map.entry("Drenthe", "Assen"), Map.entry("Flevoland", "Lelystad"),
            Map.entry("Zeeland", "Middelburg"));
    private static final List<String> HANDS = List.of("hands-on", "cooking", "gardening", "maintenance");
    private static final List<String> PEOPLE_SKILLS = List.of("coaching", "teaching", "languages", "communication");
    private static final List<String> EXPERT = List.of("finance", "it", "marketing", "legal", "hr", "strategy",
            "project-management", "design", "communication");

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    private final Random random = new Random(6);
    private final List<String> report = new ArrayList<>();
    private GoodBusyFixture fixture;
    private LocalDate today;

    private record Party(String id, String province, String coordinatorEmail) {
    }

    @Test
    void suggestionsAndDigest() {
        fixture = new GoodBusyFixture(plein);
        today = LocalDate.ofInstant(plein.clock().instant(), AMSTERDAM);
        int timed = Integer.getInteger("plein.benchmark.requests", 200);
        report.add(String.format("machine: %d cores, Java %s, max heap %d MB; %s; loopback HTTP",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), nl.plein.core.testing.TestDatabases.describe()));

        long started = System.nanoTime();
        List<Party> organisations = parties(ORGANISATIONS, OrganisationKind.VOLUNTEER_ORGANISATION, "org");
        List<Party> companies = parties(COMPANIES, OrganisationKind.EMPLOYER, "company");
        profiles(organisations);
        List<String> requestIds = requests(organisations);
        offers(companies);
        report.add(String.format("setup: %,d organisations and %,d companies with coordinators, %,d open requests and "
                        + "%,d open offers, written in %.1f s", ORGANISATIONS, COMPANIES, REQUESTS, OFFERS,
                (System.nanoTime() - started) / 1e9));

        suggestions(requestIds, organisations, timed);
        digest();

        report.forEach(System.out::println);
        try {
            Files.write(nl.plein.core.testing.TestDatabases.report("goodbusy-benchmark"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- a) suggestions

    private void suggestions(List<String> requestIds, List<Party> organisations, int timed) {
        Candidates candidates = new Candidates(plein.jdbi());
        Suggestions suggestions = new Suggestions(candidates, fixture.requests(), fixture.offers(), fixture.profiles(),
                new CoreDirectory(plein.platform().people(), fixture.organisations()), plein.clock());
        Map<String, String> coordinatorOf = new HashMap<>();
        organisations.forEach(p -> coordinatorOf.put(p.id(), p.coordinatorEmail()));
        Map<String, Browser> browsers = new HashMap<>();

        List<String> picked = new ArrayList<>();
        for (int i = 0; i < WARM_UP + timed; i++) picked.add(requestIds.get(random.nextInt(requestIds.size())));
        Map<String, HelpRequest> requests = new HashMap<>();
        for (String id : picked) requests.computeIfAbsent(id, k -> fixture.requests().find(k).orElseThrow());
        // Signing in is not what is measured: each coordinator signs in once, before.
        for (String id : picked) {
            browsers.computeIfAbsent(coordinatorOf.get(requests.get(id).organisationId()), fixture::signedIn);
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
        report.add(String.format("a) ranked offers for one request: %d requests picked at random (after %d warm-up), "
                        + "%,d offers and %,d requests in the database", timed, WARM_UP, OFFERS, REQUESTS));
        report.add(String.format("   on average %,.0f offers pass the SQL pre-filter (hard filters) and are scored; "
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
        report.add(String.format("b) the digest over all %,d × %,d pairs (good: at least 70 points)", REQUESTS, OFFERS));
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
                    pairs.offers.size(), pairs.passed, 100.0 * pairs.passed / ((double) REQUESTS * OFFERS),
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

    // ---- the data

    private List<Party> parties(int n, OrganisationKind kind, String prefix) {
        List<Party> parties = new ArrayList<>(n);
        var organisations = fixture.organisations();
        for (int i = 0; i < n; i++) {
            String email = prefix + "-" + i + "@bench.plein.test";
            String coordinator = fixture.person(email, "Coördinator " + prefix + " " + i);
            String province = province();
            String name = (kind == OrganisationKind.EMPLOYER ? "Bedrijf " : "Stichting ") + prefix + " " + i;
            parties.add(new Party(organisations.create(new OrganisationForm(name, kind, CAPITAL.get(province), province,
                    "", ""), coordinator).id(), province, email));
        }
        return parties;
    }

    private void profiles(List<Party> organisations) {
        Instant now = plein.clock().instant();
        plein.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO goodbusy_organisations (organisation_id, mission, target_groups, province, municipality,
                        supervision_capacity, updated_at)
                    VALUES (:id, 'Samen sterk in de buurt.', 'buurtbewoners', :province, :municipality, :capacity, :now)""");
            for (Party p : organisations) {
                if (random.nextInt(5) >= 3) continue;
                batch.bind("id", p.id()).bind("province", p.province()).bind("municipality", CAPITAL.get(p.province()))
                        .bind("capacity", 4 + random.nextInt(20)).bind("now", now).add();
            }
            batch.execute();
        });
    }

    private List<String> requests(List<Party> organisations) {
        List<String> ids = new ArrayList<>(REQUESTS);
        Instant now = plein.clock().instant();
        plein.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO goodbusy_requests (id, organisation_id, title, description, form, cause, skills, min_group,
                        max_group, date_kind, starts_on, ends_on, recurrence, remote, municipality, province,
                        vog_required, accessibility, status, created_by, created_at, updated_at)
                    VALUES (:id, :org, :title, :description, :form, :cause, :skills, :min, :max, :kind, :from, :until,
                        :recurrence, :remote, :municipality, :province, :vog, '', 'open', NULL, :now, :now)""");
            for (int i = 0; i < REQUESTS; i++) {
                Party org = organisations.get(random.nextInt(organisations.size()));
                String form = form();
                String cause = Vocabulary.CAUSES.get(random.nextInt(Vocabulary.CAUSES.size()));
                int min;
                int max;
                switch (form) {
                    case "service-day" -> {
                        min = 2 + random.nextInt(12);
                        max = Math.min(60, min + 2 + random.nextInt(25));
                    }
                    case "relay" -> {
                        min = 2 + random.nextInt(4);
                        max = min + 2 + random.nextInt(8);
                    }
                    default -> {
                        min = 1;
                        max = 1 + random.nextInt(3);
                    }
                }
                int kind = random.nextInt(10);
                LocalDate from = today.plusDays(random.nextInt(365));
                LocalDate until = kind < 4 ? from : from.plusDays(kind < 8 ? 14 + random.nextInt(107)
                        : 90 + random.nextInt(276));
                boolean remote = !form.equals("service-day") && !form.equals("relay") && random.nextInt(10) < 4;
                boolean vog = List.of("elderly", "youth", "disability", "care").contains(cause) ? random.nextInt(10) < 6
                        : random.nextInt(10) == 0;
                String id = UUID.randomUUID().toString();
                ids.add(id);
                batch.bind("id", id).bind("org", org.id()).bind("title", "Hulpvraag " + i + " (" + form + ")")
                        .bind("description", "Wij zoeken mensen die een dag of langer met ons meedoen. ".repeat(6))
                        .bind("form", form).bind("cause", cause)
                        .bind("skills", Vocabulary.join(Vocabulary.SKILLS, skills(form, random.nextInt(10) < 2 ? 0
                                : 1 + random.nextInt(4))))
                        .bind("min", min).bind("max", max)
                        .bind("kind", kind < 4 ? "one-day" : kind < 8 ? "period" : "recurring")
                        .bind("from", from.toString()).bind("until", until.toString())
                        .bind("recurrence", kind < 8 ? "" : "elke week").bind("remote", remote)
                        .bind("municipality", CAPITAL.get(org.province())).bind("province", org.province())
                        .bind("vog", vog).bind("now", now).add();
            }
            batch.execute();
        });
        return ids;
    }

    private void offers(List<Party> companies) {
        Instant now = plein.clock().instant();
        plein.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO goodbusy_offers (id, company_id, title, description, form, causes, skills, group_size,
                        available_from, available_until, remote_ok, on_site_ok, provinces, vog_willing, status,
                        created_by, created_at, updated_at)
                    VALUES (:id, :company, :title, :description, :form, :causes, :skills, :group, :from, :until,
                        :remoteOk, :onSiteOk, :provinces, :vog, 'open', NULL, :now, :now)""");
            for (int i = 0; i < OFFERS; i++) {
                Party company = companies.get(random.nextInt(companies.size()));
                String form = form();
                int group = switch (form) {
                    case "service-day" -> random.nextInt(4) == 0 ? 25 + random.nextInt(36) : 5 + random.nextInt(20);
                    case "relay" -> 4 + random.nextInt(9);
                    case "skills-based" -> 1 + random.nextInt(3);
                    default -> 1 + random.nextInt(5);
                };
                boolean expert = !form.equals("service-day") && !form.equals("relay");
                boolean remoteOk = random.nextInt(10) < (expert ? 6 : 1);
                boolean onSiteOk = !remoteOk || random.nextInt(10) < 7;
                Set<String> causes = new LinkedHashSet<>();
                for (int c = 1 + random.nextInt(3); c > 0; c--) {
                    causes.add(Vocabulary.CAUSES.get(random.nextInt(Vocabulary.CAUSES.size())));
                }
                Set<String> provinces = new LinkedHashSet<>();
                provinces.add(company.province());
                for (int p = random.nextInt(4); p > 0; p--) provinces.add(province());
                LocalDate from = today.plusDays(random.nextInt(300));
                batch.bind("id", UUID.randomUUID().toString()).bind("company", company.id())
                        .bind("title", "Aanbod " + i + " (" + form + ")")
                        .bind("description", "Ons team helpt graag, met handen of met kennis. ".repeat(6)).bind("form", form)
                        .bind("causes", Vocabulary.join(Vocabulary.CAUSES, causes))
                        .bind("skills", Vocabulary.join(Vocabulary.SKILLS, skills(form, 1 + random.nextInt(5))))
                        .bind("group", group).bind("from", from.toString())
                        .bind("until", from.plusDays(30 + random.nextInt(211)).toString())
                        .bind("remoteOk", remoteOk).bind("onSiteOk", onSiteOk)
                        .bind("provinces", Vocabulary.join(Vocabulary.PROVINCES, provinces))
                        .bind("vog", random.nextInt(10) < 7).bind("now", now).add();
            }
            batch.execute();
        });
    }

    /** Service days most, then skills-based work, pro bono, a relay, low bono. */
    private String form() {
        int n = random.nextInt(100);
        return n < 40 ? "service-day" : n < 65 ? "skills-based" : n < 80 ? "pro-bono" : n < 95 ? "relay" : "low-bono";
    }

    /** Skills that go with the form: hands for a service day, people skills for a mentor, expertise for pro bono. */
    private Set<String> skills(String form, int n) {
        List<String> likely = switch (form) {
            case "service-day", "relay" -> HANDS;
            case "skills-based" -> PEOPLE_SKILLS;
            default -> EXPERT;
        };
        Set<String> skills = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            skills.add(random.nextInt(4) == 0 ? Vocabulary.SKILLS.get(random.nextInt(Vocabulary.SKILLS.size()))
                    : likely.get(random.nextInt(likely.size())));
        }
        return skills;
    }

    private String province() {
        int total = PROVINCE_WEIGHT.values().stream().mapToInt(Integer::intValue).sum();
        int n = random.nextInt(total);
        for (String province : Vocabulary.PROVINCES) {
            n -= PROVINCE_WEIGHT.get(province);
            if (n < 0) return province;
        }
        throw new IllegalStateException();
    }
}
