package nl.plein.webinars.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plein.api.SecretTokens;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.account.Passwords;
import nl.plein.core.generate.Manifest;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionDraft;
import nl.plein.webinars.programme.SessionStatus;
import nl.plein.webinars.programme.Speaker;
import nl.plein.webinars.programme.Week;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not a test: the performance targets for webinars, run by {@code benchmarks/webinars.sh}. Its name matches
 * none of surefire's default patterns, so {@code mvn verify} never runs it; and it only runs with
 * {@code -Dplein.benchmark=true}, so a package-wide {@code -Dtest=...integration.**} skips it. Speed is measured and
 * printed here, never asserted in a unit test.
 *
 * <ol>
 * <li><b>Registration burst.</b> 1,000 distinct signed-in people press "register" for one session with 500 seats,
 * over loopback HTTP, through the real route ({@code POST /webinars/sessions/{id}/register}, session cookie and CSRF
 * field as a browser sends them), from {@code plein.benchmark.clients} client threads (default 100) released at
 * once. Prints how many got a seat, a waiting place or an error (both from the answers and from the database), the
 * wall time of the whole burst, and the median and p95 of one request within it. Target: 500 / 500 / 0 in < 5 s.
 * <br>The 1,000 people are made without signing each in over HTTP: that would time the password hashing (Argon2,
 * deliberately slow) and run into the sign-in throttle, neither of which is part of registering. Their accounts are
 * made with one password hash (as core's demo accounts are) and each gets a sign-in session written the way sign-in
 * writes it (a random token in the cookie, its SHA-256 in {@code plein_sessions}). On the server every request does
 * exactly what a signed-in browser's request does: session lookup, CSRF check, the registration, the redirect. One
 * person is checked to be signed in by that cookie before the burst. A warm-up of 200 registrations for another
 * session goes first, as on a server that has been running.</li>
 * <li><b>Programme page.</b> The data is {@link WebinarsScaleData}'s, made first at a tenth of the national figures
 * (40 sessions, 20,000 registrations; the busiest coming week has about twenty sessions, some full with a waiting
 * list): the two pages it names, the busiest week's programme anonymously and signed in (through the real sign-in
 * form) as a participant with places in it: {@code plein.benchmark.requests} warm-up requests, then as many timed
 * ones. Prints median, p95, max and the SQL statements per request. Target: median < 30 ms.</li>
 * </ol>
 * Everything printed is also written to {@code target/webinars-benchmark.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "plein.benchmark", matches = "true")
class WebinarsBenchmark {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int PEOPLE = 1_000;
    private static final int SEATS = 500;
    private static final int WARM_UP_PEOPLE = 200;
    /** A tenth of the national figures: what the programme page is measured at here. */
    private static final ScaleData.Scale SCALE = new ScaleData.Scale("benchmark", 0.1);

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    private final SecureRandom random = new SecureRandom();
    private ProgrammeRepository programme;

    @Test
    void registrationBurstAndProgrammePage() {
        int requests = Integer.getInteger("plein.benchmark.requests", 100);
        int clients = Integer.getInteger("plein.benchmark.clients", 100);
        programme = new ProgrammeRepository(plein.jdbi(), () -> UUID.randomUUID().toString(), plein.clock());
        List<String> report = new ArrayList<>();
        report.add(String.format("machine: %d cores, Java %s; %s; loopback HTTP",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                nl.plein.core.testing.TestDatabases.describe()));

        // Generated first: the generator wants a database without people.
        Manifest generated = plein.testPlein().generate(SCALE, 1);
        long started = System.nanoTime();
        List<Person> people = people(PEOPLE);
        report.add(String.format("setup: %,d people with sign-in sessions made in %d ms", PEOPLE,
                (System.nanoTime() - started) / 1_000_000));
        Week week = programme.createWeek("Benchmarkweek", "Registratiepiek.", today().plusDays(7), today().plusDays(11),
                true, null);
        Session warmUp = session(week, "Opwarmsessie", 100, Duration.ofDays(8), List.of(), List.of());
        Session burst = session(week, "Volle sessie", SEATS, Duration.ofDays(9), List.of(), List.of());
        checkSignedIn(people.get(0));

        burst(people.subList(0, WARM_UP_PEOPLE), warmUp, clients);
        Burst result = burst(people, burst, clients);
        report.add("");
        report.add(String.format("a) %,d people register at once for one session with %d seats, %d client threads "
                + "(after a warm-up of %d registrations for another session)", PEOPLE, SEATS, clients, WARM_UP_PEOPLE));
        report.add(String.format("   %-28s %8s %8s %8s %12s %12s %12s", "", "seat", "waiting", "errors", "wall time",
                "median", "p95"));
        report.add(String.format("   %-28s %8d %8d %8d %9d ms %9.1f ms %9.1f ms", "answers (redirect target)",
                result.registered(), result.waiting(), result.errors(), result.wallMillis(), result.median(),
                result.p95()));
        report.add(String.format("   %-28s %8d %8d", "database rows", count(burst, "registered"), count(burst, "waiting")));
        report.add("   target: 500 / 500 / 0, the whole burst in < 5 s");

        List<Manifest.Page> pages = generated.pagesOf("webinars");
        int total = plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM webinars_registrations")
                .mapTo(Integer.class).one());
        report.add("");
        report.add(String.format("b) the programme page of the busiest coming week, %s sessions (generated at %.1f of "
                        + "the national figures); %,d registrations in the database; %d timed requests after %d warm-up "
                        + "requests", generated.notes().get("webinars.busiest.sessions"), SCALE.factor(), total,
                requests, requests));
        report.add(measure("anonymous visitor", plein.browser(), pages.get(0).path(), requests));
        Browser participant = plein.browser();
        participant.signIn(pages.get(1).email(), ScaleData.PASSWORD);
        report.add(measure("signed in, registered", participant, pages.get(1).path(), requests));
        report.add("   target: median < 30 ms");

        report.forEach(System.out::println);
        try {
            Files.write(nl.plein.core.testing.TestDatabases.report("webinars-benchmark"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- a) the registration burst

    private record Person(String id, String sessionToken, String csrfToken) {
    }

    private record Burst(int registered, int waiting, int errors, long wallMillis, double median, double p95) {
    }

    /** Every person posts once, all released together; counts the answers by where they redirect. */
    private Burst burst(List<Person> people, Session session, int clients) {
        URI uri = base().resolve("/webinars/sessions/" + session.id() + "/register");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger registered = new AtomicInteger();
        AtomicInteger waiting = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Future<Long>> answers = new ArrayList<>();
        for (Person person : people) {
            answers.add(pool.submit(() -> {
                start.await();
                long begin = System.nanoTime();
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                            .header("Cookie", "plein_session=" + person.sessionToken() + "; plein_csrf="
                                    + person.csrfToken())
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + person.csrfToken())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    String location = response.headers().firstValue("Location").orElse("");
                    if (response.statusCode() == 303 && location.endsWith("?registered=1")) registered.incrementAndGet();
                    else if (response.statusCode() == 303 && location.endsWith("?waiting=1")) waiting.incrementAndGet();
                    else errors.incrementAndGet();
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
                return System.nanoTime() - begin;
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        long[] micros = new long[answers.size()];
        for (int i = 0; i < answers.size(); i++) {
            try {
                micros[i] = answers.get(i).get() / 1_000;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        long wall = (System.nanoTime() - begin) / 1_000_000;
        pool.shutdown();
        Arrays.sort(micros);
        return new Burst(registered.get(), waiting.get(), errors.get(), wall, micros[(micros.length - 1) / 2] / 1000.0,
                micros[(int) Math.ceil(micros.length * 0.95) - 1] / 1000.0);
    }

    /** People with one shared password hash and a sign-in session each, written as sign-in writes them. */
    private List<Person> people(int n) {
        String hash = Passwords.hash(PleinExtension.PASSWORD);
        List<Person> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = plein.platform().people().createWithHash("bench-" + i + "@plein.test", "Bench " + i, hash,
                    "nl", true).id();
            people.add(new Person(id, SecretTokens.newToken(), csrfToken()));
        }
        Instant now = plein.clock().instant();
        plein.jdbi().useTransaction(h -> {
            PreparedBatch sessions = h.prepareBatch("INSERT INTO plein_sessions (token_hash, person_id, created_at, "
                    + "last_seen_at) VALUES (:hash, :person, :now, :now)");
            for (Person person : people) {
                sessions.bind("hash", SecretTokens.hash(person.sessionToken())).bind("person", person.id())
                        .bind("now", now).add();
            }
            sessions.execute();
        });
        return people;
    }

    /** As the CSRF cookie core sets: 32 random bytes, base64url without padding. */
    private String csrfToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The made cookie signs the person in: the dashboard (signed-in only) answers 200, not a redirect to sign in. */
    private void checkSignedIn(Person person) {
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("/dashboard"))
                    .header("Cookie", "plein_session=" + person.sessionToken()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) throw new AssertionError("the made session does not sign in: " + page.statusCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- b) the programme page

    private String measure(String name, Browser browser, String path, int requests) {
        Browser.Page first = browser.get(path);
        if (first.status() != 200) {
            return String.format("   %-24s %s answered %d: no programme page in this build", name, path,
                    first.status());
        }
        for (int i = 1; i < requests; i++) check(browser.get(path), path);
        AtomicInteger statements = new AtomicInteger();
        SqlLogger before = plein.jdbi().getConfig(SqlStatements.class).getSqlLogger();
        plein.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        long[] micros = new long[requests];
        int chars = 0;
        try {
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                Browser.Page page = browser.get(path);
                micros[i] = (System.nanoTime() - start) / 1_000;
                check(page, path);
                chars = page.body().length();
            }
        } finally {
            plein.jdbi().setSqlLogger(before);
        }
        Arrays.sort(micros);
        return String.format("   %-24s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   SQL/request %4.1f   %,d chars",
                name, micros[(requests - 1) / 2] / 1000.0, micros[(int) Math.ceil(requests * 0.95) - 1] / 1000.0,
                micros[requests - 1] / 1000.0, (double) statements.get() / requests, chars);
    }

    private static void check(Browser.Page page, String path) {
        if (page.status() != 200) throw new AssertionError(path + " answered " + page.status());
    }

    // ---- helpers

    private Session session(Week week, String title, int capacity, Duration fromNow, List<String> topics,
                            List<Speaker> speakers) {
        Instant start = plein.clock().instant().plus(fromNow);
        String id = programme.createSession(week.id(), new SessionDraft(title, "Korte samenvatting van " + title + ".",
                start, start.plus(Duration.ofHours(1)), "https://meet.example.org/bench", capacity, "nl",
                new Session.Accessibility(true, false, false, ""), SessionStatus.PLANNED, null, topics,
                speakers.stream().map(Speaker::id).toList()));
        return programme.session(id).orElseThrow();
    }

    private int count(Session session, String status) {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM webinars_registrations "
                        + "WHERE session_id = :s AND status = :status")
                .bind("s", session.id()).bind("status", status).mapTo(Integer.class).one());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(plein.clock().instant(), AMSTERDAM);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + plein.platform().port());
    }
}
