package nl.plein.goodbusy.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Manifest;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.MutableClock;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.TestPlein;
import nl.plein.goodbusy.impact.Hours;
import nl.plein.goodbusy.matching.CandidateCounts;
import org.junit.jupiter.api.Test;

/**
 * Good Busy's share of generated data: the scaled counts, the measured pages as their coordinators see them, the
 * invariants the pages rely on, and the same rows from the same seed.
 */
@OnBothDatabases
class GoodBusyScaleDataTest {

    /** Noon in Amsterdam on the fixture's day: the moment generated data is "at". */
    private static final String NOON = "2026-03-02T11:00:00Z";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void smallScaleMakesTheScaledFiguresAndNamesTheBusiestPages() {
        try (TestPlein plein = TestPlein.with().clock(MutableClock.at(NOON)).thisPlugin().start()) {
            Manifest manifest = plein.generate(ScaleData.Scale.SMALL, 7);
            Map<String, Object> notes = manifest.notes();

            Map<String, Long> expected = Map.of("goodbusy_requests", 200L, "goodbusy_offers", 200L,
                    "goodbusy_companies", 10L, "goodbusy_organisations", 10L, "goodbusy_matches", 60L,
                    "goodbusy_announced", 0L);
            expected.forEach((table, rows) -> {
                assertEquals(rows, count(plein, "SELECT COUNT(*) FROM " + table), table);
                assertEquals(rows, ((Number) notes.get("goodbusy.rows." + table)).longValue(), table);
            });
            for (String table : GoodBusyScaleData.TABLES) {
                assertEquals(count(plein, "SELECT COUNT(*) FROM " + table),
                        ((Number) notes.get("goodbusy.rows." + table)).longValue(), table);
            }
            assertEquals(List.of("accepted", "agreed", "declined", "done", "expired", "proposed", "withdrawn"),
                    plein.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT status FROM goodbusy_matches "
                            + "ORDER BY status").mapTo(String.class).list()));
            assertEquals(List.of("closed", "open", "paused"), plein.jdbi().withHandle(h -> h.createQuery(
                    "SELECT DISTINCT status FROM goodbusy_requests ORDER BY status").mapTo(String.class).list()));
            assertEquals("goodbusy.digest", notes.get("goodbusy.digest.kind"));
            assertTrue(((Number) notes.get("goodbusy.digest.new-good-pairs")).longValue() > 0);
            assertTrue(((Number) notes.get("goodbusy.digest.mails")).longValue() > 0);

            List<Manifest.Page> pages = manifest.pagesOf("goodbusy");
            assertEquals(List.of("suggestions for a request", "suggestions for an offer"),
                    pages.stream().map(Manifest.Page::name).toList());

            // The request's page, as its organisation's coordinator: every candidate scored, the best 20 shown.
            Manifest.Page requestPage = pages.get(0);
            String requestId = requestPage.path().split("/")[3];
            assertEquals(requestPage.email(), coordinatorEmail(plein, "goodbusy_requests", "organisation_id",
                    requestId));
            Browser.Page shown = signedIn(plein, requestPage.email()).get(requestPage.path());
            assertEquals(200, shown.status());
            String title = one(plein, "SELECT title FROM goodbusy_requests WHERE id = ?", requestId);
            assertTrue(shown.body().contains(escape(title)), "the request's title");
            int candidates = ((Number) notes.get("goodbusy.suggestions.request.candidates")).intValue();
            assertTrue(candidates > 20, "a worst case: many candidates, was " + candidates);
            assertEquals(20, cards(shown.body()));
            assertEquals(20, ((Number) notes.get("goodbusy.suggestions.request.shown")).intValue());
            // No open request has more candidates than the one measured.
            for (String other : plein.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM goodbusy_requests WHERE status = 'open' ORDER BY id").mapTo(String.class).list())) {
                assertTrue(candidates >= candidates(plein, other) || other.equals(requestId));
            }
            assertEquals(candidates, candidates(plein, requestId));

            Manifest.Page offerPage = pages.get(1);
            String offerId = offerPage.path().split("/")[3];
            assertEquals(offerPage.email(), coordinatorEmail(plein, "goodbusy_offers", "company_id", offerId));
            Browser.Page offer = signedIn(plein, offerPage.email()).get(offerPage.path());
            assertEquals(200, offer.status());
            assertEquals(Math.min(20, ((Number) notes.get("goodbusy.suggestions.offer.candidates")).intValue()),
                    cards(offer.body()));

            invariantsHold(plein);
            impactPageShowsTheApprovedHours(plein);
        }
    }

    /** What the deal and impact pages rely on. */
    private static void invariantsHold(TestPlein plein) {
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM goodbusy_shifts s
                 WHERE s.signed_up <> (SELECT COUNT(*) FROM goodbusy_signups u WHERE u.shift_id = s.id)
                    OR s.signed_up > s.places"""), "signed_up counts the sign-ups, within the places");
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM goodbusy_matches m
                  JOIN goodbusy_requests r ON r.id = m.request_id JOIN goodbusy_offers o ON o.id = m.offer_id
                 WHERE m.organisation_id <> r.organisation_id OR m.company_id <> o.company_id"""));
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM goodbusy_matches m
                 WHERE m.status IN ('agreed', 'done') AND NOT EXISTS (SELECT 1 FROM goodbusy_agreements a
                   WHERE a.match_id = m.id AND a.organisation_confirmed_at IS NOT NULL
                     AND a.company_confirmed_at IS NOT NULL)"""), "agreed and done matches have a confirmed agreement");
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM goodbusy_hours h JOIN goodbusy_matches m ON m.id = h.match_id
                 WHERE h.company_id <> m.company_id OR h.organisation_id <> m.organisation_id
                    OR m.status NOT IN ('agreed', 'done')"""));
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM goodbusy_hours h
                 WHERE NOT EXISTS (SELECT 1 FROM plein_memberships p
                                    WHERE p.person_id = h.person_id AND p.organisation_id = h.company_id)"""),
                "hours are the company's employees'");
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM goodbusy_requests r
                 WHERE NOT EXISTS (SELECT 1 FROM goodbusy_organisations p WHERE p.organisation_id = r.organisation_id)
                    OR r.ends_on < r.starts_on"""));
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM goodbusy_offers o
                 WHERE NOT EXISTS (SELECT 1 FROM goodbusy_companies c WHERE c.organisation_id = o.company_id)
                    OR NOT EXISTS (SELECT 1 FROM plein_organisations p
                                    WHERE p.id = o.company_id AND p.kind = 'employer')
                    OR o.available_until < o.available_from"""));
        // Waiting proposals are younger than their expiry; nothing happened after now.
        Instant now = plein.clock().instant();
        assertEquals(0L, count(plein, "SELECT COUNT(*) FROM goodbusy_matches WHERE status = 'proposed' "
                + "AND created_at < ?", now.minus(Duration.ofDays(10)).toEpochMilli()));
        for (String table : List.of("goodbusy_matches", "goodbusy_requests", "goodbusy_offers", "goodbusy_messages",
                "goodbusy_hours", "goodbusy_evaluations")) {
            assertEquals(0L, count(plein, "SELECT COUNT(*) FROM " + table + " WHERE created_at > ?",
                    now.toEpochMilli()), table);
        }
    }

    /** The company with the most approved hours last year sees exactly those on its impact page. */
    private static void impactPageShowsTheApprovedHours(TestPlein plein) {
        List<Object> busiest = plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT company_id, SUM(minutes) FROM goodbusy_hours
                         WHERE status = 'approved' AND worked_on >= '2025-01-01' AND worked_on <= '2025-12-31'
                         GROUP BY company_id ORDER BY SUM(minutes) DESC, company_id LIMIT 1""")
                .map((rs, ctx) -> List.<Object>of(rs.getString(1), rs.getLong(2))).one());
        String company = (String) busiest.get(0);
        long minutes = (Long) busiest.get(1);
        String email = coordinatorEmail(plein, "goodbusy_companies", "organisation_id", company);
        String locale = one(plein, "SELECT locale FROM plein_people WHERE email = ?", email);
        Browser.Page page = signedIn(plein, email).get("/goodbusy/companies/" + company + "/impact?year=2025");
        assertEquals(200, page.status());
        Matcher total = Pattern.compile("<tfoot><tr><th scope=\"row\">[^<]*</th><td>([^<]*)</td>")
                .matcher(page.body());
        assertTrue(total.find(), "the months table has a total");
        assertEquals(Hours.format(minutes, Locale.forLanguageTag(locale)), total.group(1));
    }

    /**
     * What the note {@code digest.run-now} promises: run now on the admin jobs page, the pending digest announces every
     * new good pair the generator counted, mails the coordinators it counted, and plans the next day's digest.
     */
    @Test
    void theFirstDigestRunNowAnnouncesEveryNewGoodPairAndPlansTheNextDay() throws InterruptedException {
        try (TestPlein plein = TestPlein.with().clock(MutableClock.at(NOON)).thisPlugin().start()) {
            Manifest manifest = plein.generate(ScaleData.Scale.SMALL, 7);
            Browser admin = signedIn(plein, manifest.administrator());
            String kind = (String) manifest.notes().get("goodbusy.digest.kind");
            Matcher pending = Pattern.compile("<tr data-job-id=\"([^\"]+)\" data-owner=\"goodbusy\" data-kind=\""
                    + Pattern.quote(kind) + "\" data-status=\"pending\">").matcher(admin.get("/admin/jobs?kind="
                    + kind).body());
            assertTrue(pending.find(), "the coming digest waits on the jobs page");
            String job = pending.group(1);
            String date = one(plein, "SELECT job_key FROM plein_jobs WHERE id = ?", job);
            assertEquals(303, admin.post("/admin/jobs/" + job + "/run", Map.of()).status());
            String status = "";
            for (int tries = 0; tries < 300 && !status.equals("done"); tries++) {
                Thread.sleep(100);
                Matcher shown = Pattern.compile("id=\"job\"[^>]*data-status=\"([^\"]+)\"")
                        .matcher(admin.get("/admin/jobs/" + job).body());
                status = shown.find() ? shown.group(1) : "";
            }
            assertEquals("done", status);

            assertEquals(((Number) manifest.notes().get("goodbusy.digest.new-good-pairs")).longValue(),
                    count(plein, "SELECT COUNT(*) FROM goodbusy_announced"));
            assertEquals(((Number) manifest.notes().get("goodbusy.digest.mails")).longValue(),
                    count(plein, "SELECT COUNT(*) FROM plein_outbox WHERE dedupe_key LIKE 'goodbusy:digest-%'"));
            assertEquals(LocalDate.parse(date).plusDays(1).toString(), one(plein,
                    "SELECT job_key FROM plein_jobs WHERE kind = ? AND status = 'pending'", kind), "the next day's");
        }
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        List<String> first = dump(3);
        assertEquals(first, dump(3));
        assertNotEquals(first, dump(4));
    }

    private static List<String> dump(long seed) {
        try (TestPlein plein = TestPlein.with().clock(MutableClock.at(NOON)).thisPlugin().start()) {
            plein.generate(new ScaleData.Scale("tiny", 0.006), seed);
            List<String> rows = new ArrayList<>();
            Map<String, String> keys = Map.ofEntries(Map.entry("goodbusy_companies", "organisation_id"),
                    Map.entry("goodbusy_organisations", "organisation_id"), Map.entry("goodbusy_requests", "id"),
                    Map.entry("goodbusy_offers", "id"), Map.entry("goodbusy_matches", "id"),
                    Map.entry("goodbusy_messages", "id"), Map.entry("goodbusy_agreements", "match_id"),
                    Map.entry("goodbusy_shifts", "id"), Map.entry("goodbusy_signups", "shift_id, person_id"),
                    Map.entry("goodbusy_hours", "id"), Map.entry("goodbusy_evaluations", "match_id, side"),
                    Map.entry("goodbusy_announced", "request_id, offer_id"));
            for (String table : GoodBusyScaleData.TABLES) {
                rows.add(table);
                rows.addAll(plein.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + table + " ORDER BY "
                        + keys.get(table)).mapToMap().map(Object::toString).list()));
            }
            assertTrue(rows.size() > 100, "a dump with content");
            return rows;
        }
    }

    // ---- helpers

    private static Browser signedIn(TestPlein plein, String email) {
        Browser browser = plein.browser();
        browser.signIn(email, ScaleData.PASSWORD);
        return browser;
    }

    private static int cards(String body) {
        Matcher cards = Pattern.compile("<article class=\"card\" aria-labelledby=\"s-").matcher(body);
        int n = 0;
        while (cards.find()) n++;
        return n;
    }

    /** The open offers that pass the request's hard filters and have no match with it: what its page scores. */
    private static int candidates(TestPlein plein, String requestId) {
        return CandidateCounts.forRequest(plein.jdbi(), requestId, TODAY);
    }

    private static String coordinatorEmail(TestPlein plein, String table, String column, String id) {
        String key = table.equals("goodbusy_companies") ? "organisation_id" : "id";
        return one(plein, "SELECT p.email FROM " + table + " t JOIN plein_memberships m ON m.organisation_id = t."
                + column + " AND m.role = 'admin' JOIN plein_people p ON p.id = m.person_id WHERE t." + key
                + " = ?", id);
    }

    private static String one(TestPlein plein, String sql, Object value) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).bind(0, value).mapTo(String.class).one());
    }

    private static long count(TestPlein plein, String sql, Object... values) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < values.length; i++) query.bind(i, values[i]);
            return query.mapTo(Long.class).one();
        });
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
    }

}
