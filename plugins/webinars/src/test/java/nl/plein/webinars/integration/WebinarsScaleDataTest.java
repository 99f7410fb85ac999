package nl.plein.webinars.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Manifest;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.TestPlein;
import nl.plein.webinars.WebinarsFixture;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * The webinars' share of generated data at small scale: the scaled counts, the rules the pages rely on (seats never
 * above capacity, a waiting list only behind a full session, attendance only for seats), the measured programme page
 * for its visitors, the burst's session and people, and the same rows from the same seed.
 */
@OnBothDatabases
class WebinarsScaleDataTest {

    private static final String PAGE = "programme of the busiest coming week";
    private static final String SIGNED_IN_PAGE = PAGE + ", signed in as a participant";
    private static final List<String> TABLES = List.of(
            "webinars_weeks ORDER BY id", "webinars_speakers ORDER BY id", "webinars_sessions ORDER BY id",
            "webinars_session_topics ORDER BY session_id, topic", "webinars_session_speakers ORDER BY session_id, speaker_id",
            "webinars_registrations ORDER BY id", "webinars_evaluations ORDER BY session_id, person_id");

    @Test
    void smallScaleMakesAProgrammeThePagesShowAsItIs() {
        try (TestPlein plein = TestPlein.with().thisPlugin().start()) {
            Manifest manifest = plein.generate(ScaleData.Scale.SMALL, 7);
            long now = manifest.today() == null ? 0 : java.time.LocalDate.parse(manifest.today())
                    .atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().toEpochMilli();

            // The national figures times 0.02, with the floors a programme needs (a past, a coming and a draft week).
            assertEquals(3L, count(plein, "SELECT COUNT(*) FROM webinars_weeks"));
            assertEquals(8L, count(plein, "SELECT COUNT(*) FROM webinars_sessions"));
            assertEquals(4_000L, count(plein, "SELECT COUNT(*) FROM webinars_registrations"));
            assertEquals(6L, count(plein, "SELECT COUNT(*) FROM webinars_speakers"));
            assertEquals(4_000L, ((Number) manifest.notes().get("webinars.rows.webinars_registrations")).longValue());
            assertEquals(1L, count(plein, "SELECT COUNT(*) FROM webinars_weeks WHERE published = FALSE"));
            assertTrue(count(plein, "SELECT COUNT(*) FROM webinars_registrations WHERE status = 'waiting'") > 0,
                    "a full session with a waiting list");
            assertTrue(count(plein, "SELECT COUNT(*) FROM webinars_registrations WHERE status = 'cancelled'") > 0);
            assertTrue(count(plein, "SELECT COUNT(*) FROM webinars_sessions WHERE status = 'recorded' "
                    + "AND recording_url IS NOT NULL AND published_at IS NOT NULL AND published_at < " + now) > 0);
            assertTrue(count(plein, "SELECT COUNT(*) FROM webinars_registrations WHERE attended = TRUE") > 0);
            assertTrue(count(plein, "SELECT COUNT(*) FROM webinars_evaluations") > 0);
            assertTrue(count(plein, "SELECT COUNT(*) FROM plein_person_roles WHERE role_id = 'webinars.organiser'") >= 2);

            pagesRules(plein, now);
            programmePage(plein, manifest);
            burst(plein, manifest);
        }
    }

    /** What the pages take for granted, over every generated row. */
    private static void pagesRules(TestPlein plein, long now) {
        // The counters the programme pages read are the rows' counts.
        new WebinarsFixture(plein).assertCountersMatchRegistrations();
        // Seats never above capacity; a waiting list only behind a full session; arrivals counted on the session.
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM webinars_sessions s
                 WHERE (SELECT COUNT(*) FROM webinars_registrations r WHERE r.session_id = s.id AND r.status = 'registered') > s.capacity
                    OR ((SELECT COUNT(*) FROM webinars_registrations r WHERE r.session_id = s.id AND r.status = 'waiting') > 0
                        AND (SELECT COUNT(*) FROM webinars_registrations r WHERE r.session_id = s.id AND r.status = 'registered') < s.capacity)
                    OR s.arrivals < (SELECT COUNT(*) FROM webinars_registrations r WHERE r.session_id = s.id)
                    OR s.ends_at <= s.starts_at"""));
        // Each session lies within its week (the week's page and "register for the whole week" take it so).
        for (Map<String, Object> row : plein.jdbi().withHandle(h -> h.createQuery("""
                SELECT w.starts_on, w.ends_on, s.starts_at FROM webinars_sessions s JOIN webinars_weeks w ON w.id = s.week_id""")
                .mapToMap().list())) {
            String day = java.time.Instant.ofEpochMilli(((Number) row.get("starts_at")).longValue())
                    .atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate().toString();
            assertTrue(day.compareTo((String) row.get("starts_on")) >= 0 && day.compareTo((String) row.get("ends_on")) <= 0);
        }
        // Arrival numbers are unique per session and in time order, and nobody registers after the fact.
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM webinars_registrations a JOIN webinars_registrations b
                  ON a.session_id = b.session_id AND b.arrival = a.arrival + 1 AND a.created_at > b.created_at"""));
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM (SELECT session_id, arrival FROM webinars_registrations
                 GROUP BY session_id, arrival HAVING COUNT(*) > 1) d"""));
        assertEquals(0L, count(plein, "SELECT COUNT(*) FROM webinars_registrations r JOIN webinars_sessions s "
                + "ON s.id = r.session_id WHERE r.created_at >= s.starts_at OR r.created_at >= " + now
                + " OR r.updated_at < r.created_at OR (r.status <> 'registered' AND r.attended IS NOT NULL) "
                + "OR (s.starts_at > " + now + " AND r.attended IS NOT NULL)"));
        // Evaluations come from people who came; a draft week has nobody registered.
        assertEquals(0L, count(plein, """
                SELECT COUNT(*) FROM webinars_evaluations e LEFT JOIN webinars_registrations r
                  ON r.session_id = e.session_id AND r.person_id = e.person_id AND r.attended = TRUE
                 WHERE r.id IS NULL OR e.score < 1 OR e.score > 5"""));
        assertEquals(0L, count(plein, "SELECT COUNT(*) FROM webinars_registrations r JOIN webinars_sessions s "
                + "ON s.id = r.session_id JOIN webinars_weeks w ON w.id = s.week_id WHERE w.published = FALSE"));
        assertEquals(0L, count(plein, "SELECT COUNT(*) FROM webinars_registrations r LEFT JOIN plein_people p "
                + "ON p.id = r.person_id WHERE p.id IS NULL"));
    }

    /** The measured page answers both its visitors and shows each session's fill as the rows say. */
    private static void programmePage(TestPlein plein, Manifest manifest) {
        List<Manifest.Page> pages = manifest.pagesOf("webinars");
        assertEquals(List.of(PAGE, SIGNED_IN_PAGE), pages.stream().map(Manifest.Page::name).toList());
        Manifest.Page anonymous = pages.get(0);
        Manifest.Page participant = pages.get(1);
        assertNull(anonymous.email());
        assertEquals(anonymous.path(), participant.path());
        String weekId = anonymous.path().substring("/webinars/weeks/".length());
        assertEquals(weekId, manifest.notes().get("webinars.busiest.week"));
        assertEquals(1L, count(plein, "SELECT COUNT(*) FROM webinars_weeks WHERE published = TRUE AND id = '" + weekId
                + "' AND starts_on > '" + manifest.today() + "'"));

        List<Map<String, Object>> sessions = plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT s.id, s.title, s.capacity, s.status,
                               (SELECT COUNT(*) FROM webinars_registrations r WHERE r.session_id = s.id AND r.status = 'registered') AS seats
                          FROM webinars_sessions s WHERE s.week_id = :week ORDER BY s.starts_at, s.id""")
                .bind("week", weekId).mapToMap().list());
        Browser visitor = plein.browser();
        Browser.Page page = visitor.get(anonymous.path());
        assertEquals(200, page.status());
        List<String> cards = cards(page.body());
        assertEquals(sessions.size(), cards.size());
        for (int i = 0; i < sessions.size(); i++) {
            Map<String, Object> s = sessions.get(i);
            assertTrue(cards.get(i).contains(escape((String) s.get("title"))), "session " + i + " in time order");
            if ("cancelled".equals(s.get("status"))) continue;
            int seats = ((Number) s.get("seats")).intValue();
            int capacity = ((Number) s.get("capacity")).intValue();
            String fill = seats >= capacity ? "Vol \u2014 wachtlijst"
                    : new MessageFormat("{0} van {1} plaatsen bezet", Locale.forLanguageTag("nl")).format(new Object[] {seats, capacity});
            assertTrue(cards.get(i).contains(fill), "fill of session " + i + ": " + fill);
        }

        // The participant, signed in through the real form, sees each of their places in the week.
        String email = plein.jdbi().withHandle(h -> h.createQuery("SELECT email FROM plein_people WHERE id = :id")
                .bind("id", participantId(h, manifest)).mapTo(String.class).one());
        assertEquals(email, participant.email());
        Browser signedIn = plein.browser();
        signedIn.signIn(email, ScaleData.PASSWORD);
        Browser.Page mine = signedIn.get(participant.path());
        assertEquals(200, mine.status());
        List<String> myCards = cards(mine.body());
        List<Map<String, Object>> places = plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT s.id, r.status FROM webinars_sessions s LEFT JOIN webinars_registrations r
                            ON r.session_id = s.id AND r.person_id = (SELECT id FROM plein_people WHERE email = :email)
                           AND r.status <> 'cancelled'
                         WHERE s.week_id = :week ORDER BY s.starts_at, s.id""")
                .bind("email", email).bind("week", weekId).mapToMap().list());
        int placed = 0;
        for (int i = 0; i < places.size(); i++) {
            Object status = places.get(i).get("status");
            // In the person's own language: some generated people read English.
            boolean seat = myCards.get(i).contains("Je bent aangemeld") || myCards.get(i).contains("You are registered");
            boolean waiting = myCards.get(i).contains("Je staat op de wachtlijst")
                    || myCards.get(i).contains("You are on the waiting list");
            assertEquals("registered".equals(status), seat, "seat shown for session " + i);
            assertEquals("waiting".equals(status), waiting, "waiting place shown for session " + i);
            if (status != null) placed++;
        }
        assertTrue(placed >= 1, "the participant has places in the week");
        assertTrue(mine.body().contains("/webinars/weeks/" + weekId + "/register"), "the whole-week form");
        assertFalse(page.body().contains("/webinars/weeks/" + weekId + "/register"));
    }

    private static String participantId(Handle h, Manifest manifest) {
        return h.createQuery("SELECT id FROM plein_people WHERE email = :email")
                .bind("email", manifest.notes().get("webinars.participant.email")).mapTo(String.class).one();
    }

    /** The burst's session is open with 500 free seats, and one of its people gets a seat through the noted path. */
    private static void burst(TestPlein plein, Manifest manifest) {
        String session = (String) manifest.notes().get("webinars.burst.session");
        assertNotNull(session);
        assertEquals(500, ((Number) manifest.notes().get("webinars.burst.seats")).intValue());
        assertEquals(1L, count(plein, "SELECT COUNT(*) FROM webinars_sessions s JOIN webinars_weeks w ON w.id = s.week_id "
                + "WHERE s.id = '" + session + "' AND s.capacity = 500 AND s.status = 'planned' AND w.published = TRUE "
                + "AND w.starts_on > '" + manifest.today() + "'"));
        assertEquals(0L, count(plein, "SELECT COUNT(*) FROM webinars_registrations WHERE session_id = '" + session + "'"));
        @SuppressWarnings("unchecked")
        List<String> people = (List<String>) manifest.notes().get("webinars.burst.people");
        assertEquals(1_000, people.size());
        assertEquals(1_000, new HashSet<>(people).size());
        long known = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plein_people WHERE email IN (<emails>)").bindList("emails", people)
                .mapTo(Long.class).one());
        assertEquals(1_000L, known);
        assertEquals("session-reminder", manifest.notes().get("webinars.reminders.job"));
        String reminded = (String) manifest.notes().get("webinars.reminders.session");
        assertTrue(((String) manifest.notes().get("webinars.reminders.key")).startsWith(reminded + "-s"));

        Browser first = plein.browser();
        first.signIn(people.get(0), ScaleData.PASSWORD);
        Browser.Page answer = first.post((String) manifest.notes().get("webinars.burst.path"), Map.of());
        assertEquals(303, answer.status());
        assertTrue(answer.location().endsWith("/webinars/sessions/" + session + "?registered=1"), answer.location());
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        Map<String, List<String>> first = generated(21);
        assertEquals(first, generated(21));
        assertNotEquals(first.get("webinars_registrations ORDER BY id"),
                generated(22).get("webinars_registrations ORDER BY id"));
    }

    private static Map<String, List<String>> generated(long seed) {
        try (TestPlein plein = TestPlein.with().thisPlugin().start()) {
            plein.generate(ScaleData.Scale.SMALL, seed);
            Map<String, List<String>> dump = new LinkedHashMap<>();
            for (String table : TABLES) {
                dump.put(table, plein.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + table).mapToMap()
                        .map(Object::toString).list()));
            }
            return dump;
        }
    }

    /** The session cards of a programme page, in page order. */
    private static List<String> cards(String body) {
        List<String> cards = new ArrayList<>();
        String[] parts = body.split("<li class=\"card\">");
        for (int i = 1; i < parts.length; i++) cards.add(parts[i].split("</li>\\s*(<li class=\"card\">|</ol>)")[0]);
        return cards;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static long count(TestPlein plein, String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
