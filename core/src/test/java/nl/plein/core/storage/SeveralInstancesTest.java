package nl.plein.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import nl.plein.api.Role;
import nl.plein.core.jobs.JobStore;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestDatabases;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Plein instances on one PostgreSQL database, as behind a load balancer: whatever one does, the other sees, and
 * what both try at once happens once.
 */
class SeveralInstancesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String PASSWORD = "twee-instanties-een-database";

    @TempDir
    Path plugins;

    TestPlein a;
    TestPlein b;

    @BeforeEach
    void start() {
        TestPlugins.greeter().writeTo(plugins);
        a = settings().onPostgresql().start();
        b = settings().sameDatabaseAs(a).start();
    }

    private TestPlein.Builder settings() {
        return TestPlein.with().pluginsDir(plugins).set("PLEIN_SMTP_HOST", "127.0.0.1")
                .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort()));
    }

    @AfterEach
    void stop() {
        b.close();
        a.close();
    }

    @Test
    void aSessionStartedOnOneInstanceIsValidOnTheOtherAndEndsOnBoth() {
        a.plein().people().create("noor@plein.test", "Noor Dijkstra", PASSWORD, "nl");
        Browser onA = a.browser();
        onA.signIn("noor@plein.test", PASSWORD);
        Browser onB = onA.at(b);

        Browser.Page dashboard = onB.get("/dashboard");
        assertEquals(200, dashboard.status(), "signed in on A, still signed in on B");
        assertTrue(dashboard.body().contains("Noor Dijkstra"));

        assertEquals(303, onB.post("/logout", Map.of()).status());
        Browser.Page afterSignOut = onA.get("/dashboard");
        assertTrue(afterSignOut.status() / 100 == 3 && afterSignOut.location().startsWith("/login"),
                "signed out on B, signed out on A: " + afterSignOut.status() + " " + afterSignOut.location());
    }

    @Test
    void aJobIsRunExactlyOnceWhenBothSchedulersRace() throws Exception {
        JobStore store = new JobStore(a.jdbi(), new UuidV7Ids(a.clock()), a.clock());
        int jobs = 60;
        for (int i = 0; i < jobs; i++) store.schedule("greeter", "greet", "race-" + i, a.clock().instant(), "");

        List<Integer> ran = race(() -> a.plein().jobs().runDue(), () -> b.plein().jobs().runDue());

        // Each instance's own background poller may have taken some too; what counts is the database.
        assertTrue(ran.get(0) + ran.get(1) <= jobs);
        assertEquals(jobs, count(a, "SELECT COUNT(*) FROM greeter_visits WHERE id LIKE 'job-race-%'"), "each ran once");
        assertEquals(jobs, count(a, "SELECT COUNT(*) FROM plein_jobs WHERE status = 'done' AND attempts = 1"),
                "none was claimed twice or failed");
    }

    @Test
    void aMailIsSentExactlyOnceWhenBothInstancesSendAtOnce() throws Exception {
        int people = 25;
        for (int i = 0; i < people; i++) {
            Browser visitor = i % 2 == 0 ? a.browser() : b.browser();
            assertEquals(200, visitor.post("/register", Map.of("name", "Deelnemer " + i,
                    "email", "deelnemer" + i + "@plein.test", "password", PASSWORD)).status());
        }

        race(() -> a.plein().sendMail(), () -> b.plein().sendMail());
        a.plein().sendMail();
        b.plein().sendMail();

        assertTrue(greenMail.waitForIncomingEmail(10_000, people));
        assertEquals(people, greenMail.getReceivedMessages().length, "every confirmation mail once, none twice");
        assertEquals(people, count(b, "SELECT COUNT(*) FROM plein_outbox WHERE status = 'sent' AND attempts = 1"));
    }

    @Test
    void aPluginSwitchedOffOnOneInstanceIsOffOnTheOtherWithinASecond() throws Exception {
        String admin = a.plein().people().create("beheer@plein.test", "Beheerder", PASSWORD, "nl").id();
        a.plein().people().grant(admin, Role.ADMINISTRATOR);
        assertEquals(200, b.browser().get("/greeter").status());

        Browser administrator = a.browser();
        administrator.signIn("beheer@plein.test", PASSWORD);
        assertEquals(303, administrator.post("/admin/plugins/greeter/disable", Map.of()).status());

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int status;
        do {
            status = b.browser().get("/greeter").status();
            if (status != 404) Thread.sleep(100);
        } while (status != 404 && System.nanoTime() < deadline);
        assertEquals(404, status, "off on B too");
    }

    @Test
    void twoInstancesStartingTogetherWithDemoDataLoadItOnce() throws Exception {
        Map<String, String> database = TestDatabases.freshPostgresql();
        Path shared = java.nio.file.Files.createTempDirectory("plein-shared");
        Callable<TestPlein> instance = () -> {
            TestPlein.Builder builder = settings().set("PLEIN_DEMO", "true").set("PLEIN_DATA_DIR", shared.toString());
            database.forEach(builder::set);
            return builder.start();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<TestPlein> first = threads.submit(instance);
            Future<TestPlein> second = threads.submit(instance);
            try (TestPlein c = first.get(); TestPlein d = second.get()) {
                assertEquals(1, count(d, "SELECT COUNT(*) FROM plein_organisations "
                        + "WHERE name = 'Vrijwilligerscentrale Lindeburg'"), "the demo organisation once");
                assertEquals(1, count(c, "SELECT COUNT(*) FROM plein_people WHERE email = 'beheerder@demo.plein.nl'"));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static int count(TestPlein plein, String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** Starts both at the same moment on two threads and returns what each returned. */
    private static List<Integer> race(IntSupplier first, IntSupplier second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Integer>> tasks = List.of(() -> {
                go.await();
                return first.getAsInt();
            }, () -> {
                go.await();
                return second.getAsInt();
            });
            List<Future<Integer>> results = tasks.stream().map(threads::submit).toList();
            go.countDown();
            return List.of(results.get(0).get(), results.get(1).get());
        } finally {
            threads.shutdownNow();
        }
    }
}
