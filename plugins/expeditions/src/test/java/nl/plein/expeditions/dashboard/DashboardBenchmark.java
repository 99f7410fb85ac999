package nl.plein.expeditions.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Manifest;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: a benchmark of the dashboards at national scale, run by {@code benchmarks/expeditions-dashboard.sh}.
 * Its name matches none of surefire's default patterns, so {@code mvn verify} never runs it; and it only runs with
 * {@code -Dplein.benchmark=true}, so a package-wide {@code -Dtest=...dashboard.**} skips it.
 *
 * <p>It fills a fresh installation with the national generated data ({@code plein.jar generate --scale national}:
 * 100,000 people, 10,000 organisations, and the expeditions' part — 200 leaders, 400 expeditions, 2,000
 * participations, 40,000 log entries, see {@link nl.plein.expeditions.integration.ExpeditionScaleData}) and asks for
 * each page over HTTP, as the person the generation names for it: a warm-up, then {@code plein.benchmark.requests}
 * timed requests. It prints the median and 95th percentile in milliseconds and the SQL statements per request (all
 * of them through Jdbi, and those on the plugin's tables), and writes the same to
 * {@code target/dashboard-benchmark.txt}. The suite ({@code issue #11}) measures the same pages under load.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "plein.benchmark", matches = "true")
class DashboardBenchmark {

    @Test
    void dashboardsAtNationalScale() {
        int requests = Integer.getInteger("plein.benchmark.requests", 50);
        try (TestPlein plein = TestPlein.with().thisPlugin().start()) {
            long started = System.nanoTime();
            Manifest manifest = plein.generate(ScaleData.Scale.NATIONAL, 1);
            long generated = System.nanoTime();
            Manifest.Page dashboard = page(manifest, "leader dashboard");
            Manifest.Page programme = page(manifest, "programme overview");
            Browser leader = signedIn(plein, dashboard.email());
            Browser manager = signedIn(plein, programme.email());
            Browser observer = signedIn(plein, (String) manifest.notes().get("expeditions.observer"));
            String province = plein.jdbi().withHandle(h -> h.createQuery("SELECT province FROM expeditions_expeditions "
                    + "WHERE id = :id").bind("id", manifest.notes().get("expeditions.busiest.expedition"))
                    .mapTo(String.class).one());
            String year = manifest.today().substring(0, 4);
            Map<String, Object> notes = manifest.notes();
            List<String> report = new ArrayList<>();
            report.add(String.format("data: %s expeditions, %s leaders, %s participations, %s log entries; the "
                            + "dashboard's group: %s organisations (generated in %d ms)",
                    notes.get("expeditions.rows.expeditions_expeditions"), notes.get("expeditions.rows.expeditions_leaders"),
                    notes.get("expeditions.rows.expeditions_participants"),
                    notes.get("expeditions.rows.expeditions_log_entries"),
                    notes.get("expeditions.busiest.expedition.organisations"), (generated - started) / 1_000_000));
            report.add(String.format("machine: %d cores, Java %s; %s; %d timed requests per page after %d warm-up requests",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    nl.plein.core.testing.TestDatabases.describe(), requests, requests));
            report.add(measure(plein, "leader dashboard", leader, dashboard.path(), requests));
            report.add(measure(plein, "programme overview", manager, programme.path(), requests));
            report.add(measure(plein, "programme, filtered", manager,
                    "/expeditions/programme?province=" + province.replace(" ", "+") + "&year=" + year, requests));
            report.add(measure(plein, "programme, page 8", manager, "/expeditions/programme?page=8", requests));
            report.add(measure(plein, "observer figures", observer, "/expeditions/figures", requests));
            report.add(measure(plein, "CSV export (2,000 rows)", manager, "/expeditions/programme.csv",
                    Math.max(5, requests / 5)));
            report.forEach(System.out::println);
            Files.write(nl.plein.core.testing.TestDatabases.report("dashboard-benchmark"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Manifest.Page page(Manifest manifest, String name) {
        return manifest.pagesOf("expeditions").stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Browser signedIn(TestPlein plein, String email) {
        Browser browser = plein.browser();
        browser.signIn(email, ScaleData.PASSWORD);
        return browser;
    }

    private static String measure(TestPlein plein, String name, Browser browser, String path, int requests) {
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
}
