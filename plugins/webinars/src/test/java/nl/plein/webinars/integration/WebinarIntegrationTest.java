package nl.plein.webinars.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Speaker;
import nl.plein.webinars.programme.SpeakerKind;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plugin's place in the platform: menu, home page, dashboard, search, and a person's data. */
@OnBothDatabases
class WebinarIntegrationTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void menuHomeAndDashboardLeadToWhatIsComingAndShowNoDrafts() {
        Week week = fixture.week("Iedereen doet mee", true);
        Session first = fixture.session(week, "Ouderen als vrijwilliger")
                .seats(2).in(Duration.ofDays(8)).topics("ouderen").create();
        Session second = fixture.session(week, "Werken met bedrijven")
                .seats(20).in(Duration.ofDays(9)).topics("bedrijven").create();
        fixture.session(fixture.week("Conceptweek", false), "Geheime conceptsessie")
                .seats(10).in(Duration.ofDays(7)).create();
        Session over = fixture.session(week, "Al voorbij").seats(10).in(Duration.ofHours(1)).create();
        Session called = fixture.session(week, "Afgelaste sessie").seats(10).in(Duration.ofDays(8)).create();
        fixture.programme().cancelSession(called.id());

        String home = plein.browser().get("/").body();
        assertTrue(home.contains("<a href=\"/webinars\">Kennisboostweken</a>"), "menu entry and block heading");
        assertTrue(home.contains("Bekijk het hele programma"));
        assertTrue(home.contains("href=\"/webinars/sessions/" + first.id() + "\">Ouderen als vrijwilliger</a>"),
                "the next sessions on the home page");
        assertTrue(home.contains("nog 2 van 2 plaatsen vrij"));
        assertFalse(home.contains("Geheime conceptsessie"), "nothing of an unpublished week on the home page");

        Browser member = fixture.member();
        Browser other = fixture.member();
        Browser third = fixture.member();
        Browser fourth = fixture.member();
        for (Browser person : List.of(other, third, fourth)) register(person, first);
        register(member, second);
        plein.clock().advance(Duration.ofHours(3));

        String dashboard = member.get("/dashboard").body();
        assertTrue(dashboard.contains("Komende kennisboostsessies"));
        assertTrue(dashboard.contains("href=\"/webinars/sessions/" + first.id() + "\">Ouderen als vrijwilliger</a>"));
        assertTrue(dashboard.contains("vol, 1 op de wachtlijst"), "two seats taken, the third person waits");
        assertTrue(dashboard.contains("Je bent aangemeld"), "the member's own seat");
        assertTrue(dashboard.indexOf("Ouderen als vrijwilliger") < dashboard.indexOf("Werken met bedrijven"),
                "soonest first");
        assertFalse(dashboard.contains("Geheime conceptsessie"), "nothing of an unpublished week");
        assertFalse(dashboard.contains(over.title()), "ended");
        assertFalse(dashboard.contains(called.title()), "cancelled");
        assertTrue(fourth.get("/dashboard").body().contains("Je staat op de wachtlijst"));
        String seatsLeft = fixture.member().get("/dashboard").body();
        assertTrue(seatsLeft.contains("nog 19 van 20 plaatsen vrij"));

        Browser english = fixture.member();
        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE plein_people SET locale = 'en'").execute());
        assertTrue(english.get("/dashboard").body().contains("19 of 20 places left"));
    }

    @Test
    void searchFindsPublishedSessionsBySpeakerTopicAndThemeButNeverDrafts() {
        Speaker daan = fixture.speaker("Daan Drempelvrij", SpeakerKind.LIVED_EXPERIENCE);
        Week published = fixture.week("Iedereen doet mee", true);
        Session open = fixture.session(published, "Vrijwilligerswerk zonder drempels")
                .seats(12).in(Duration.ofDays(8)).topics("mensen met een beperking").speakers(daan).create();
        Week draft = fixture.week("Nog geheim thema", false);
        fixture.session(draft, "Conceptsessie met Daan")
                .seats(12).in(Duration.ofDays(9)).topics("mensen met een beperking").speakers(daan).create();

        String bySpeaker = plein.browser().get("/search?q=drempelvrij").body();
        assertTrue(bySpeaker.contains("href=\"/webinars/sessions/" + open.id() + "\">Vrijwilligerswerk zonder drempels"));
        assertTrue(bySpeaker.contains("Daan Drempelvrij · Iedereen doet mee"), "snippet names speaker and week");
        assertFalse(bySpeaker.contains("Conceptsessie"));

        String byTopic = plein.browser().get("/search?q=BEPERKING").body();
        assertTrue(byTopic.contains("Vrijwilligerswerk zonder drempels"));
        assertFalse(byTopic.contains("Conceptsessie"));

        Browser organiser = fixture.organiser();
        String byTheme = organiser.get("/search?q=doet+mee").body();
        assertTrue(byTheme.contains("href=\"/webinars/weeks/" + published.id() + "\">Iedereen doet mee"));
        assertTrue(byTheme.contains("Vrijwilligerswerk zonder drempels"), "a session found by its week's theme");
        String draftTheme = organiser.get("/search?q=geheim").body();
        assertFalse(draftTheme.contains("Nog geheim thema"), "drafts stay out of search, also for organisers");
        assertFalse(draftTheme.contains("Conceptsessie"));

        // Wildcards a person types are taken literally.
        assertFalse(plein.browser().get("/search?q=%25").body().contains("Vrijwilligerswerk zonder drempels"));
        fixture.programme().cancelSession(open.id());
        assertTrue(plein.browser().get("/search?q=drempels").body().contains("Afgelast"));
    }

    @Test
    void exportHoldsThePersonsRegistrationsEvaluationsAndFeedAndNothingOfOthers() throws Exception {
        Week week = fixture.week("Iedereen doet mee", true);
        Session first = fixture.session(week, "Ouderen als vrijwilliger").seats(10).in(Duration.ofDays(8)).create();
        Session second = fixture.session(week, "Werken met bedrijven").seats(1).in(Duration.ofDays(9)).create();
        String annId = fixture.person("ann@plein.test", "Ann Aanmelder");
        String bobId = fixture.person("bob@plein.test", "Bob Buur");
        Browser ann = fixture.signedIn("ann@plein.test");
        Browser bob = fixture.signedIn("bob@plein.test");
        register(bob, second);
        register(ann, first);
        register(ann, second);
        evaluation(first, annId, 4, "Ann vond het leerzaam");
        evaluation(first, bobId, 2, "Bob vond het te kort");
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO webinars_feeds (person_id, token_hash, created_at) "
                + "VALUES (:p, 'geheime-hash-van-ann', 0)").bind("p", annId).execute());

        Browser.Page download = ann.get("/account/export");
        assertEquals(200, download.status());
        assertFalse(download.body().contains("geheime-hash-van-ann"), "the feed token's hash is never exported");
        assertFalse(download.body().contains("Bob"), "nothing of another person");
        JsonNode mine = new ObjectMapper().readTree(download.body()).path("plugins").path("webinars");
        JsonNode registrations = mine.path("registrations");
        assertEquals(2, registrations.size());
        assertEquals("Ouderen als vrijwilliger", registrations.get(0).path("session").asText());
        assertEquals("registered", registrations.get(0).path("status").asText());
        assertEquals("Werken met bedrijven", registrations.get(1).path("session").asText());
        assertEquals("waiting", registrations.get(1).path("status").asText());
        assertTrue(registrations.get(0).path("attended").isNull());
        assertTrue(registrations.get(0).path("startsAt").asText().startsWith("2026-03-10T"));
        assertEquals(1, mine.path("evaluations").size());
        assertEquals(4, mine.path("evaluations").get(0).path("score").asInt());
        assertEquals("Ann vond het leerzaam", mine.path("evaluations").get(0).path("comment").asText());
        assertTrue(mine.path("calendarFeed").path("exists").asBoolean());

        JsonNode nothing = new ObjectMapper().readTree(fixture.member().get("/account/export").body())
                .path("plugins").path("webinars");
        assertEquals(0, nothing.path("registrations").size());
        assertFalse(nothing.path("calendarFeed").path("exists").asBoolean());
    }

    @Test
    void erasingSomeoneGivesTheirSeatToTheFirstWaitingAndKeepsPastAttendanceWithoutThem() {
        Week week = fixture.week("Iedereen doet mee", true);
        Session past = fixture.session(week, "Morgen al").seats(10).in(Duration.ofDays(1)).create();
        Session full = fixture.session(week, "Vol").seats(1).in(Duration.ofDays(10)).create();
        Session begun = fixture.session(week, "Vol en begonnen").seats(1).in(Duration.ofDays(1)).create();
        String annId = fixture.person("ann@plein.test", "Ann Aanmelder");
        Browser ann = fixture.signedIn("ann@plein.test");
        fixture.person("bob@plein.test", "Bob Buur");
        fixture.person("cas@plein.test", "Cas Collega");
        Browser bob = fixture.signedIn("bob@plein.test");
        Browser cas = fixture.signedIn("cas@plein.test");
        register(ann, past);
        register(bob, past);
        register(ann, full);
        register(bob, full);
        register(cas, full);
        register(bob, begun);
        register(ann, begun);
        plein.clock().advance(Duration.ofDays(2));
        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE webinars_registrations SET attended = :yes "
                + "WHERE session_id = :s").bind("yes", true).bind("s", past.id()).execute());
        evaluation(past, annId, 5, "Top");
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO webinars_feeds (person_id, token_hash, created_at) "
                + "VALUES (:p, 'hash', 0)").bind("p", annId).execute());
        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE webinars_sessions SET host_person_id = :p WHERE id = :s")
                .bind("p", annId).bind("s", full.id()).execute());

        // Two days on, sign-in sessions have lapsed: sign in again.
        ann = fixture.signedIn("ann@plein.test");
        bob = fixture.signedIn("bob@plein.test");
        cas = fixture.signedIn("cas@plein.test");
        Browser.Page erased = ann.post("/account/delete", Map.of("password", PleinExtension.PASSWORD,
                "confirm", "VERWIJDER"));
        assertEquals("/?erased=1", erased.location());

        assertEquals(0, count("SELECT COUNT(*) FROM webinars_registrations WHERE person_id = '" + annId + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM webinars_evaluations WHERE person_id = '" + annId + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM webinars_feeds"));
        assertEquals(0, count("SELECT COUNT(*) FROM webinars_sessions WHERE host_person_id IS NOT NULL"));
        // Bob had the first waiting place and now has Ann's seat; Cas moved up to first in the queue.
        assertTrue(bob.get("/webinars/my").body().contains("Je bent aangemeld"));
        assertTrue(cas.get("/webinars/my").body().contains("Je staat op de wachtlijst, plaats 1"));
        assertEquals(1, count("SELECT COUNT(*) FROM webinars_registrations WHERE session_id = '" + full.id()
                + "' AND status = 'registered'"));
        // The session that took place still counts two who attended; one of them is no one now.
        assertEquals(2, count("SELECT COUNT(*) FROM webinars_registrations WHERE session_id = '" + past.id()
                + "' AND status = 'registered' AND attended = TRUE"));
        String nobody = plein.jdbi().withHandle(h -> h.createQuery("SELECT person_id FROM webinars_registrations "
                        + "WHERE session_id = :s ORDER BY arrival").bind("s", past.id()).mapTo(String.class).first());
        assertNotEquals(annId, nobody);
        assertEquals(0, count("SELECT COUNT(*) FROM plein_people WHERE id = '" + nobody + "'"));
        // Ann's waiting place for a session that has begun is gone, and with it her place in its count.
        assertEquals(0, count("SELECT waiting_count FROM webinars_sessions WHERE id = '" + begun.id() + "'"));
        fixture.assertCountersMatchRegistrations();
    }

    private static void register(Browser person, Session session) {
        Browser.Page page = person.post("/webinars/sessions/" + session.id() + "/register", Map.of());
        assertEquals(303, page.status(), "registering answered " + page.status());
    }

    private void evaluation(Session session, String personId, int score, String comment) {
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO webinars_evaluations (session_id, person_id, score, "
                        + "comment, created_at) VALUES (:s, :p, :score, :comment, 0)")
                .bind("s", session.id()).bind("p", personId).bind("score", score).bind("comment", comment).execute());
    }

    private int count(String sql) {
        return fixture.count(sql);
    }
}
