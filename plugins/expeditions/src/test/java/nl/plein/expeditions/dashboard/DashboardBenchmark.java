package nl.plein.expeditions.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not a test: a benchmark of the dashboards at national scale (the programme's ambition: 200 leaders, 2,000
 * organisations), run by {@code benchmarks/expeditions-dashboard.sh}. Its name matches none of surefire's default
 * patterns, so {@code mvn verify} never runs it; and it only runs with {@code -Dplein.benchmark=true}, so a
 * package-wide {@code -Dtest=...dashboard.**} skips it.
 *
 * <p>It fills a fresh SQLite file with 400 expeditions, 200 leaders, 2,000 organisations (five per expedition), their
 * baselines, plans, hand-ins, 40,000 log entries and final and follow-up measurements, starts Plein on it, and asks
 * for each page over HTTP: a warm-up, then {@code plein.benchmark.requests} timed requests. It prints the median and
 * 95th percentile in milliseconds and the SQL statements per request (all of them through Jdbi, and those on the
 * plugin's tables), and writes the same to {@code target/dashboard-benchmark.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "plein.benchmark", matches = "true")
class DashboardBenchmark {

    private static final int LEADERS = 200;
    private static final int EXPEDITIONS = 400;
    private static final int PER_EXPEDITION = 5;
    private static final int LOG_ENTRIES = 40_000;
    private static final int ASSIGNMENTS_PER_EXPEDITION = 3;
    private static final String[] PROVINCES = {"Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen",
            "Limburg", "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland"};
    private static final String[] GROUPS = {"young-people", "older-people", "disability", "newcomers", "employees"};

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    private final Random random = new Random(2026);

    @Test
    void dashboardsAtNationalScale() {
        int requests = Integer.getInteger("plein.benchmark.requests", 50);
        long started = System.nanoTime();
        String leaderId = plein.person("leider@benchmark.test", "Leider Benchmark");
        plein.platform().people().grant(leaderId, "expeditions.leader");
        String[] expeditions = generate(leaderId);
        long generated = System.nanoTime();

        Browser leader = plein.signedIn("leider@benchmark.test");
        Browser manager = plein.signedInAs("expeditions.manager");
        Browser observer = plein.signedInAs("expeditions.observer");
        List<String> report = new ArrayList<>();
        report.add(String.format("data: %d expeditions, %d leaders, %d organisations, %d log entries (generated in %d ms)",
                EXPEDITIONS, LEADERS, EXPEDITIONS * PER_EXPEDITION, LOG_ENTRIES, (generated - started) / 1_000_000));
        report.add(String.format("machine: %d cores, Java %s; %s; %d timed requests per page after %d warm-up requests",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                nl.plein.core.testing.TestDatabases.describe(), requests, requests));
        report.add(measure("leader dashboard", leader, "/expeditions/" + expeditions[0] + "/dashboard", requests));
        report.add(measure("programme overview", manager, "/expeditions/programme", requests));
        report.add(measure("programme, filtered", manager, "/expeditions/programme?province=Utrecht&year=2024", requests));
        report.add(measure("programme, page 8", manager, "/expeditions/programme?page=8", requests));
        report.add(measure("observer figures", observer, "/expeditions/figures", requests));
        report.add(measure("CSV export (2,000 rows)", manager, "/expeditions/programme.csv", Math.max(5, requests / 5)));
        report.forEach(System.out::println);
        try {
            Files.write(nl.plein.core.testing.TestDatabases.report("dashboard-benchmark"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String measure(String name, Browser browser, String path, int requests) {
        for (int i = 0; i < requests; i++) check(browser.get(path), path);
        AtomicInteger all = new AtomicInteger();
        AtomicInteger plugin = new AtomicInteger();
        SqlLogger before = plein.jdbi().getConfig(SqlStatements.class).getSqlLogger();
        plein.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                all.incrementAndGet();
                if (context.getRenderedSql().contains("expeditions_")) plugin.incrementAndGet();
            }
        });
        long[] millis = new long[requests];
        int bytes = 0;
        try {
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                Browser.Page page = browser.get(path);
                millis[i] = (System.nanoTime() - start) / 1_000;
                check(page, path);
                bytes = page.body().length();
            }
        } finally {
            plein.jdbi().setSqlLogger(before);
        }
        Arrays.sort(millis);
        return String.format("%-26s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   SQL/request %4.1f (plugin tables %4.1f)   %,d chars",
                name, millis[(requests - 1) / 2] / 1000.0, millis[(int) Math.ceil(requests * 0.95) - 1] / 1000.0,
                millis[requests - 1] / 1000.0, (double) all.get() / requests, (double) plugin.get() / requests, bytes);
    }

    private static void check(Browser.Page page, String path) {
        if (page.status() != 200) throw new AssertionError(path + " answered " + page.status());
    }

    /** Writes the national data set in one transaction; returns the expeditions' ids, the first led by the leader. */
    private String[] generate(String leaderId) {
        String[] leaders = new String[LEADERS];
        leaders[0] = leaderId;
        for (int i = 1; i < LEADERS; i++) leaders[i] = UUID.randomUUID().toString();
        String[] expeditions = new String[EXPEDITIONS];
        String[][] organisations = new String[EXPEDITIONS][PER_EXPEDITION];
        plein.jdbi().useTransaction(h -> {
            PreparedBatch profiles = h.prepareBatch("INSERT INTO expeditions_leaders (person_id, display_name, region, "
                    + "province, trained_since, listed, updated_at) VALUES (:id, :name, 'Regio', :province, '2022-01-15', "
                    + ":listed, 0)");
            for (int i = 0; i < LEADERS; i++) {
                profiles.bind("id", leaders[i]).bind("name", "Leider " + i).bind("province", PROVINCES[i % 12])
                        .bind("listed", true).add();
            }
            profiles.execute();
            PreparedBatch orgs = h.prepareBatch("INSERT INTO plein_organisations (id, name, kind, municipality, province, "
                    + "created_at) VALUES (:id, :name, 'volunteer-organisation', 'Gemeente', :province, 0)");
            PreparedBatch exps = h.prepareBatch("INSERT INTO expeditions_expeditions (id, title, region, province, focus, "
                    + "format, starts_on, ends_on, published, created_at) VALUES (:id, :title, 'Regio', :province, :focus, "
                    + "'mixed', :starts, :ends, :published, 0)");
            PreparedBatch leads = h.prepareBatch("INSERT INTO expeditions_leads (expedition_id, person_id) VALUES (:e, :p)");
            PreparedBatch joins = h.prepareBatch("INSERT INTO expeditions_participants (expedition_id, organisation_id, "
                    + "joined_at) VALUES (:e, :o, 0)");
            for (int e = 0; e < EXPEDITIONS; e++) {
                expeditions[e] = UUID.randomUUID().toString();
                int year = 2023 + e % 4;
                String month = String.format("%02d", 1 + e % 9);
                exps.bind("id", expeditions[e]).bind("title", "Expeditie " + e).bind("province", PROVINCES[e % 12])
                        .bind("focus", GROUPS[e % GROUPS.length]).bind("starts", year + "-" + month + "-01")
                        .bind("ends", year + "-" + String.format("%02d", 4 + e % 9) + "-28").bind("published", e % 2 == 0)
                        .add();
                leads.bind("e", expeditions[e]).bind("p", leaders[e % LEADERS]).add();
                if (e % 4 == 0) leads.bind("e", expeditions[e]).bind("p", leaders[(e + 7) % LEADERS]).add();
                for (int o = 0; o < PER_EXPEDITION; o++) {
                    organisations[e][o] = UUID.randomUUID().toString();
                    orgs.bind("id", organisations[e][o]).bind("name", "Organisatie " + e + "-" + o)
                            .bind("province", PROVINCES[e % 12]).add();
                    joins.bind("e", expeditions[e]).bind("o", organisations[e][o]).add();
                }
            }
            orgs.execute();
            exps.execute();
            leads.execute();
            joins.execute();
            progress(h, expeditions, organisations);
        });
        return expeditions;
    }

    private void progress(Handle h, String[] expeditions, String[][] organisations) {
        PreparedBatch baselines = h.prepareBatch("INSERT INTO expeditions_baselines (expedition_id, organisation_id, "
                + "current_volunteers, target_group, ambition, recorded_at) VALUES (:e, :o, :n, :g, 'Ambitie', 0)");
        PreparedBatch plans = h.prepareBatch("INSERT INTO expeditions_plans (expedition_id, organisation_id, goal, "
                + "target_group, experiments, updated_at) VALUES (:e, :o, 'Doel', :g, 'Experimenten', 0)");
        PreparedBatch assignments = h.prepareBatch("INSERT INTO expeditions_assignments (id, expedition_id, title, due_at) "
                + "VALUES (:id, :e, 'Opdracht', 0)");
        PreparedBatch submissions = h.prepareBatch("INSERT INTO expeditions_submissions (assignment_id, organisation_id, "
                + "body, submitted_at) VALUES (:a, :o, 'Ingeleverd', 0)");
        PreparedBatch logs = h.prepareBatch("INSERT INTO expeditions_log_entries (id, expedition_id, organisation_id, "
                + "happened_on, action, result, shared, created_at) VALUES (:id, :e, :o, :day, 'Actie', 'Resultaat', :shared, 0)");
        PreparedBatch measurements = h.prepareBatch("INSERT INTO expeditions_measurements (expedition_id, organisation_id, "
                + "moment, target_group, new_volunteers, retained, recorded_at) VALUES (:e, :o, :m, :g, :n, :r, 0)");
        int perOrganisation = LOG_ENTRIES / (EXPEDITIONS * PER_EXPEDITION);
        for (int e = 0; e < EXPEDITIONS; e++) {
            String[] assignmentIds = new String[ASSIGNMENTS_PER_EXPEDITION];
            for (int a = 0; a < assignmentIds.length; a++) {
                assignmentIds[a] = UUID.randomUUID().toString();
                assignments.bind("id", assignmentIds[a]).bind("e", expeditions[e]).add();
            }
            for (String o : organisations[e]) {
                String group = GROUPS[random.nextInt(GROUPS.length)];
                if (random.nextInt(10) < 9) {
                    baselines.bind("e", expeditions[e]).bind("o", o).bind("n", 5 + random.nextInt(200)).bind("g", group).add();
                }
                if (random.nextInt(10) < 7) plans.bind("e", expeditions[e]).bind("o", o).bind("g", group).add();
                for (String a : assignmentIds) {
                    if (random.nextInt(10) < 6) submissions.bind("a", a).bind("o", o).add();
                }
                for (int l = 0; l < perOrganisation; l++) {
                    logs.bind("id", UUID.randomUUID().toString()).bind("e", expeditions[e]).bind("o", o)
                            .bind("day", "2025-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                            .bind("shared", random.nextBoolean()).add();
                }
                if (random.nextInt(10) < 8) {
                    for (String m : new String[] {"final", "plus3", "plus6"}) {
                        if (!m.equals("final") && random.nextBoolean()) continue;
                        int found = random.nextInt(12);
                        measurements.bind("e", expeditions[e]).bind("o", o).bind("m", m).bind("g", group)
                                .bind("n", found).bind("r", random.nextInt(found + 1)).add();
                        if (random.nextInt(4) == 0) {
                            String other = GROUPS[(java.util.Arrays.asList(GROUPS).indexOf(group) + 1) % GROUPS.length];
                            measurements.bind("e", expeditions[e]).bind("o", o).bind("m", m).bind("g", other)
                                    .bind("n", 2).bind("r", 1).add();
                        }
                    }
                }
            }
        }
        baselines.execute();
        plans.execute();
        assignments.execute();
        submissions.execute();
        logs.execute();
        measurements.execute();
    }
}
