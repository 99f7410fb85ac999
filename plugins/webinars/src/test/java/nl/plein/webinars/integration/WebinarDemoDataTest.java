package nl.plein.webinars.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A demo shows a past week to watch back and a coming week with a full session and a waiting list. */
@OnBothDatabases
class WebinarDemoDataTest {

    private static final String DEMO_PASSWORD = "plein-demo-2026";

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(s -> s.set("PLEIN_DEMO", "true"));

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void demoHasAPastWeekWithRecordingsAndAComingWeekWithAFullSession() {
        String pastWeek = fixture.single("SELECT id FROM webinars_weeks WHERE theme = 'Jong geleerd: jongeren als vrijwilliger' "
                + "AND published = TRUE AND ends_on < '2026-03-02'");
        assertEquals(4, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE week_id = '" + pastWeek + "' AND status = "
                + "'recorded' AND recording_url LIKE 'https://video.example.org/%' AND published_at IS NOT NULL"));
        assertTrue(fixture.count("SELECT COUNT(*) FROM webinars_registrations r JOIN webinars_sessions s ON s.id = r.session_id "
                + "WHERE s.week_id = '" + pastWeek + "' AND r.attended = TRUE") > 20, "attendance marked");
        assertTrue(fixture.count("SELECT COUNT(*) FROM webinars_registrations r JOIN webinars_sessions s ON s.id = r.session_id "
                + "WHERE s.week_id = '" + pastWeek + "' AND r.attended = FALSE") > 0, "and a few no-shows");
        assertTrue(fixture.count("SELECT COUNT(*) FROM webinars_evaluations") >= 8);

        String comingWeek = fixture.single("SELECT id FROM webinars_weeks WHERE published = TRUE AND starts_on > '2026-03-02'");
        assertEquals(5, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE week_id = '" + comingWeek + "'"));
        String full = fixture.single("SELECT id FROM webinars_sessions WHERE week_id = '" + comingWeek + "' AND capacity = 12");
        assertEquals(12, fixture.count("SELECT COUNT(*) FROM webinars_registrations WHERE session_id = '" + full
                + "' AND status = 'registered'"));
        assertEquals(3, fixture.count("SELECT COUNT(*) FROM webinars_registrations WHERE session_id = '" + full
                + "' AND status = 'waiting'"));
        assertEquals(7, fixture.count("SELECT COUNT(*) FROM webinars_speakers"));
        assertTrue(fixture.count("SELECT COUNT(*) FROM webinars_speakers WHERE kind = 'lived-experience'") >= 2);

        Browser member = plein.browser();
        member.signIn("deelnemer@demo.plein.nl", DEMO_PASSWORD);
        String mine = member.get("/webinars/my").body();
        assertTrue(mine.contains("Je bent aangemeld"));
        assertTrue(mine.contains("Je staat op de wachtlijst, plaats 2"));
        assertTrue(mine.contains("Zo bereik je scholieren"), "a past session the member attended");
        String dashboard = member.get("/dashboard").body();
        assertTrue(dashboard.contains("Ouderen als vrijwilliger: meer dan koffie schenken"));
        assertTrue(dashboard.contains("Je staat op de wachtlijst"));

        // The programme is the demo organiser's: they created the weeks and host the sessions.
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM plein_person_roles r JOIN plein_people p ON p.id = r.person_id "
                + "WHERE p.email = 'webinars-organiser@demo.plein.nl' AND r.role_id = 'webinars.organiser'"));
        assertEquals(9, fixture.count("SELECT COUNT(*) FROM webinars_sessions s JOIN plein_people p ON p.id = s.host_person_id "
                + "WHERE p.email = 'webinars-organiser@demo.plein.nl'"));
        assertTrue(plein.browser().get("/search?q=drempelvrij").body().contains("Vrijwilligerswerk zonder drempels"));

        // Loaded once: a restart in demo mode adds nothing.
        plein.testPlein().restart();
        assertEquals(9, fixture.count("SELECT COUNT(*) FROM webinars_sessions"));
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM webinars_weeks"));
    }
}
