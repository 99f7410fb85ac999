package nl.plein.core.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.api.Role;
import nl.plein.core.jobs.JobScheduler;
import nl.plein.core.jobs.JobStore;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator sees a failed reminder on {@code /admin/jobs}, reads why it failed and runs it again; the benchmark
 * suite runs a digest now and reads how long it took. The greeter test plugin's {@code greet} job writes a row
 * {@code job-<key>} into {@code greeter_visits}: that row is how these tests see that the handler ran, and a row put
 * there beforehand makes the job fail.
 */
@OnBothDatabases
class JobPagesTest {

    static final String PASSWORD = "beheer-wachtwoord-lang";
    static final Pattern ROW = Pattern.compile("<tr data-job-id=\"([^\"]+)\" data-owner=\"([^\"]*)\" "
            + "data-kind=\"([^\"]*)\" data-status=\"([^\"]*)\">");

    @TempDir
    Path plugins;
    TestPlein plein;
    Browser admin;
    JobStore store;
    String adminId;

    @BeforeEach
    void start() {
        TestPlugins.greeter().writeTo(plugins);
        plein = TestPlein.with().pluginsDir(plugins).start();
        var people = plein.plein().people();
        adminId = people.create("beheer@plein.test", "Bea Beheer", PASSWORD, "nl").id();
        people.grant(adminId, Role.ADMINISTRATOR);
        people.create("lid@plein.test", "Lotte Lid", PASSWORD, "nl");
        admin = plein.browser();
        admin.signIn("beheer@plein.test", PASSWORD);
        store = plein.plein().jobs().store();
    }

    @AfterEach
    void stop() {
        plein.close();
    }

    @Test
    void onlyAdministratorsReachTheJobs() {
        String id = schedule("greet", "tomorrow", tomorrow());

        Browser anonymous = plein.browser();
        for (String path : List.of("/admin/jobs", "/admin/jobs/" + id)) {
            Browser.Page page = anonymous.get(path);
            assertEquals(303, page.status(), path);
            assertTrue(page.location().startsWith("/login?next="), page.location());
        }
        assertEquals(403, anonymous.post("/admin/jobs/" + id + "/run", Map.of()).status());

        Browser member = plein.browser();
        member.signIn("lid@plein.test", PASSWORD);
        assertEquals(403, member.get("/admin/jobs").status());
        assertEquals(403, member.get("/admin/jobs/" + id).status());
        assertEquals(403, member.post("/admin/jobs/" + id + "/run", Map.of()).status());
        assertEquals("pending", status(id), "nobody but an administrator moved it");
        assertEquals(tomorrow(), runAt(id));

        Browser.Page overview = admin.get("/admin");
        assertTrue(overview.body().contains("<a href=\"/admin/jobs\">Taken op de achtergrond"), overview.body());
    }

    @Test
    void jobsAreListedNewestFirstAndFilteredByStatusAndKind() {
        String waiting = schedule("greet", "later", tomorrow());
        plein.clock().advance(Duration.ofMinutes(1));
        String done = schedule("greet", "now", plein.clock().instant());
        plein.plein().jobs().runDue();
        plein.clock().advance(Duration.ofMinutes(1));
        String cancelled = schedule("greet", "never", tomorrow());
        store.cancel("greeter", "greet", "never");
        plein.clock().advance(Duration.ofMinutes(1));
        String orphan = schedule("unknown-kind", "x", plein.clock().instant());
        // The attempt that finished took 1.26 s: the list shows it in seconds.
        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE plein_jobs SET finished_at = claimed_at + 1260 WHERE id = :id")
                .bind("id", done).execute());

        Browser.Page page = admin.get("/admin/jobs");
        assertEquals(200, page.status());
        assertEquals("no-store", page.header("Cache-Control"));
        String body = page.body();
        assertEquals(List.of(orphan, cancelled, done, waiting), ids(body), "newest first");
        assertTrue(body.contains("<tr data-job-id=\"" + done + "\" data-owner=\"greeter\" data-kind=\"greet\" "
                + "data-status=\"done\">"), body);
        assertTrue(body.contains("<caption>Taken, nieuwste eerst (Pagina 1)</caption>"), body);
        assertTrue(body.contains("<th scope=\"col\">Laatste fout</th>"), body);
        assertTrue(body.contains("<th scope=\"row\"><a href=\"/admin/jobs/" + done + "\">now</a></th>"), body);
        assertTrue(body.contains("<td>1,3 s</td>"), "duration of the done job: " + body);
        assertTrue(body.contains("<td>3 maart 2026 10:00</td>"), "run at, in Amsterdam time: " + body);
        assertTrue(body.contains("<label for=\"job-status\">Status</label>"), body);
        assertTrue(body.contains("<option value=\"greet\">greet</option>"), "the kinds a plugin handles: " + body);

        assertEquals(List.of(waiting), ids(admin.get("/admin/jobs?status=pending&kind=greet").body()));
        assertEquals(List.of(orphan, waiting), ids(admin.get("/admin/jobs?status=pending").body()));
        assertEquals(List.of(cancelled), ids(admin.get("/admin/jobs?status=cancelled").body()));
        String byKind = admin.get("/admin/jobs?kind=unknown-kind").body();
        assertEquals(List.of(orphan), ids(byKind));
        assertTrue(byKind.contains("<option value=\"unknown-kind\" selected>"), "a kind without handler stays chosen");
        assertTrue(admin.get("/admin/jobs?status=failed").body().contains("Geen taken met deze status of dit soort."));
        assertEquals(4, ids(admin.get("/admin/jobs?status=nonsense&page=nonsense").body()).size(),
                "an unknown status or page number means all, first page");
    }

    @Test
    void manyJobsArePagedKeepingTheFilter() {
        for (int i = 0; i <= JobStore.PAGE_SIZE; i++) {
            schedule("bulk", "job-" + i, tomorrow());
            plein.clock().advance(Duration.ofSeconds(1));
        }
        schedule("greet", "other", tomorrow());

        String first = admin.get("/admin/jobs?kind=bulk").body();
        assertEquals(JobStore.PAGE_SIZE, ids(first).size());
        assertTrue(first.indexOf(">job-50</a>") < first.indexOf(">job-49</a>"), "newest first");
        assertFalse(first.contains(">job-0</a>"), "the oldest is on page 2");
        assertTrue(first.contains("<a href=\"/admin/jobs?kind=bulk&amp;page=2\" rel=\"next\">Oudere taken</a>"), first);

        String second = admin.get("/admin/jobs?kind=bulk&page=2").body();
        assertEquals(1, ids(second).size());
        assertTrue(second.contains(">job-0</a>"), second);
        assertTrue(second.contains("<a href=\"/admin/jobs?kind=bulk\" rel=\"prev\">Nieuwere taken</a>"), second);
        assertFalse(second.contains("rel=\"next\""), second);
    }

    @Test
    void runNowRunsAJobScheduledForTomorrowAtOnceWithoutHoldingUpTheRequest() throws Exception {
        String id = schedule("greet", "tomorrow", tomorrow());
        Browser.Page before = admin.get("/admin/jobs/" + id);
        assertTrue(before.body().contains("id=\"job\" data-job-id=\"" + id + "\" data-owner=\"greeter\" "
                + "data-kind=\"greet\" data-status=\"pending\" data-duration-ms=\"\""), before.body());
        assertTrue(before.body().contains("<button type=\"submit\" class=\"button\">Nu uitvoeren</button>"));
        assertTrue(before.body().contains("<form method=\"post\" action=\"/admin/jobs/" + id + "/run\">"));

        JobScheduler scheduler = plein.plein().jobs();
        Browser.Page posted;
        // While the scheduler is busy (here: held by the test), the request still answers: the job runs elsewhere.
        synchronized (scheduler) {
            posted = CompletableFuture.supplyAsync(() -> admin.post("/admin/jobs/" + id + "/run", Map.of()))
                    .get(10, TimeUnit.SECONDS);
            assertEquals("pending", status(id), "not run on the request's thread");
        }
        assertEquals(303, posted.status());
        assertEquals("/admin/jobs/" + id + "?done=run", posted.location());
        assertEquals(plein.clock().instant(), runAt(id), "due now");

        String after = awaitStatus(id, "done");
        assertEquals(1, greeted("tomorrow"), "the handler ran, once");
        assertTrue(after.contains("data-status=\"done\" data-duration-ms=\"0\""), "the test clock stands still: " + after);
        assertTrue(after.contains("<dt>Duur</dt><dd>0 ms</dd>"), after);
        assertFalse(after.contains("Nu uitvoeren</button>"), "a done job has no run-now form");
        assertTrue(admin.get("/admin/jobs/" + id + "?done=run").body()
                .contains("<p role=\"status\" class=\"notice\">De taak wordt zo meteen uitgevoerd."));
        assertEquals(1, audited("job.run-now", "greeter greet tomorrow (pending)"));
    }

    @Test
    void aFailedJobIsRerunWithItsAttemptsBack() {
        // The handler's insert collides with this row on every attempt, until it is removed.
        plein.jdbi().useHandle(h -> h.execute("INSERT INTO greeter_visits (id, at) VALUES ('job-clash', 0)"));
        String id = schedule("greet", "clash", plein.clock().instant());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(0, plein.plein().jobs().runDue(), "attempt " + attempt + " fails");
            plein.clock().advance(Duration.ofHours(1));
        }
        assertEquals("failed", status(id));

        String list = admin.get("/admin/jobs?status=failed").body();
        assertEquals(List.of(id), ids(list));
        String error = plein.jdbi().withHandle(h -> h.createQuery("SELECT last_error FROM plein_jobs WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertTrue(error.length() > 120, "a long error, shortened in the list: " + error);
        assertTrue(list.contains("<td>5</td>"), "five attempts");
        assertTrue(list.contains("…</td>"), list);
        assertFalse(list.contains(escape(error)), "not the whole error in the list");

        String detail = admin.get("/admin/jobs/" + id).body();
        assertTrue(detail.contains("<pre class=\"mail-source\">" + escape(error) + "</pre>"), "the whole error: " + detail);
        assertTrue(detail.contains("data-status=\"failed\" data-duration-ms=\"0\""), detail);
        assertTrue(detail.contains("Nu uitvoeren begint opnieuw, met weer alle pogingen."), detail);

        plein.jdbi().useHandle(h -> h.execute("DELETE FROM greeter_visits WHERE id = 'job-clash'"));
        assertEquals(303, admin.post("/admin/jobs/" + id + "/run", Map.of()).status());
        awaitStatus(id, "done");
        assertEquals(1, greeted("clash"));
        assertEquals(1, attempts(id), "started over: the successful attempt is the first");
        assertEquals(1, audited("job.run-now", "greeter greet clash (failed)"));
    }

    @Test
    void runningDoneAndCancelledJobsAreRefused() {
        String done = schedule("greet", "done", plein.clock().instant());
        plein.plein().jobs().runDue();
        String cancelled = schedule("greet", "cancelled", tomorrow());
        store.cancel("greeter", "greet", "cancelled");
        String running = schedule("greet", "running", plein.clock().instant());
        // Another instance has it: claimed a moment ago.
        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE plein_jobs SET status = 'running', claimed_by = 'elsewhere', "
                + "claimed_at = :now, attempts = 1 WHERE id = :id").bind("now", plein.clock().instant())
                .bind("id", running).execute());

        Map<String, String> why = Map.of(done, "Ze is al klaar.", cancelled, "Ze is geannuleerd",
                running, "Ze wordt op dit moment al uitgevoerd.");
        why.forEach((id, reason) -> {
            String before = status(id);
            Browser.Page refused = admin.post("/admin/jobs/" + id + "/run", Map.of());
            assertEquals(409, refused.status(), id);
            assertTrue(refused.body().contains("<h2>Deze taak kan niet nu worden uitgevoerd</h2>"), refused.body());
            assertTrue(refused.body().contains(reason), refused.body());
            assertTrue(refused.body().contains("data-status=\"" + before + "\""), refused.body());
            assertEquals(before, status(id), "unchanged");
            assertFalse(admin.get("/admin/jobs/" + id).body().contains("Nu uitvoeren</button>"), id);
        });
        assertEquals(0, greeted("cancelled"));
        assertEquals(0, greeted("running"), "not run a second time beside the instance that has it");
        assertEquals(0, audited("job.run-now", null));

        Browser english = plein.browser().acceptLanguage("en");
        plein.plein().people().create("admin@plein.test", "Ada Admin", PASSWORD, "en");
        plein.plein().people().grant(plein.plein().people().byEmail("admin@plein.test").orElseThrow().id(),
                Role.ADMINISTRATOR);
        english.signIn("admin@plein.test", PASSWORD);
        Browser.Page refused = english.post("/admin/jobs/" + done + "/run", Map.of());
        assertTrue(refused.body().contains("<h2>This job cannot be run now</h2>"), refused.body());
        assertTrue(refused.body().contains("It is done already."), refused.body());
    }

    @Test
    void runNowWithoutTheCsrfFieldIsRefused() {
        String id = schedule("greet", "tomorrow", tomorrow());
        admin.csrfToken();
        assertEquals(403, admin.postRaw("/admin/jobs/" + id + "/run", Map.of()).status());
        assertEquals(403, admin.postRaw("/admin/jobs/" + id + "/run", Map.of("_csrf", "forged")).status());
        assertEquals("pending", status(id));
        assertEquals(tomorrow(), runAt(id), "still tomorrow");
    }

    @Test
    void anUnknownJobIsNotFound() {
        String unknown = "01a00000-0000-7000-8000-000000000000";
        assertEquals(404, admin.get("/admin/jobs/" + unknown).status());
        assertEquals(404, admin.post("/admin/jobs/" + unknown + "/run", Map.of()).status());
        assertEquals(404, admin.get("/admin/jobs/" + "x".repeat(300)).status());
        assertTrue(admin.get("/admin/jobs/" + unknown).body().contains("<html"), "the themed error page");
    }

    @Test
    void everyJobMessageIsInBothLanguages() throws IOException {
        Properties dutch = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        List<String> jobKeys = dutch.stringPropertyNames().stream().filter(k -> k.startsWith("admin.jobs.")).sorted().toList();
        assertTrue(jobKeys.size() > 30, jobKeys.toString());
        assertEquals(jobKeys, english.stringPropertyNames().stream().filter(k -> k.startsWith("admin.jobs.")).sorted()
                .toList());
        for (String status : JobStore.STATUSES) assertTrue(dutch.containsKey("admin.jobs.status." + status), status);
    }

    private String schedule(String kind, String key, Instant runAt) {
        store.schedule(kind.equals("greet") ? "greeter" : "other", kind, key, runAt, "{}");
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_jobs WHERE kind = :kind AND job_key = :key")
                .bind("kind", kind).bind("key", key).mapTo(String.class).one());
    }

    private Instant tomorrow() {
        return Instant.parse("2026-03-03T09:00:00Z");
    }

    private String status(String id) {
        return store.find(id).orElseThrow().status();
    }

    private Instant runAt(String id) {
        return store.find(id).orElseThrow().runAt();
    }

    private int attempts(String id) {
        return store.find(id).orElseThrow().attempts();
    }

    private int greeted(String key) {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM greeter_visits WHERE id = :id")
                .bind("id", "job-" + key).mapTo(Integer.class).one());
    }

    private int audited(String action, String detail) {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT detail FROM plein_audit WHERE action = :action "
                        + "AND actor_id = :actor").bind("action", action).bind("actor", adminId).mapTo(String.class)
                .list()).stream().filter(d -> detail == null || d.equals(detail)).toList().size();
    }

    /** Reloads the job's page, as the administrator would, until the scheduler's thread has run it. */
    private String awaitStatus(String id, String wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            String page = admin.get("/admin/jobs/" + id).body();
            if (page.contains("data-status=\"" + wanted + "\"")) return page;
            if (System.nanoTime() > deadline) throw new AssertionError("job " + id + " never became " + wanted + ": " + page);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<String> ids(String body) {
        Matcher rows = ROW.matcher(body);
        List<String> found = new java.util.ArrayList<>();
        while (rows.find()) found.add(rows.group(1));
        return found;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = JobPagesTest.class.getResourceAsStream("/i18n/core/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
