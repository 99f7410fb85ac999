package nl.plein.webinars.programme;

import static nl.plein.webinars.WebinarsFixture.sessionInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An organiser builds a knowledge boost week over HTTP (speakers, a draft week, two sessions with topics), publishes
 * it, and the public programme shows it: in time order, filterable by topic, with how full each session is.
 */
class ProgrammeWorkflowTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void organiserBuildsAWeekThatThePublicSeesOncePublished() {
        Browser organiser = fixture.organiser();
        WebinarsFixture.Forms forms = fixture.forms(organiser);
        String fenna = forms.speaker("Fenna Hoekstra", "Vrijwilligerscentrale Lindeburg", "expert");
        String bram = forms.speaker("Bram Olieslager", "", "lived-experience");
        String week = forms.week("Jongeren betrekken", false);
        // Entered second but earlier in the week: the programme is in time order, not in order of entry.
        String later = forms.session(week, sessionInput("Ouderen als vrijwilliger",
                "2026-03-17", "10:00", "11:00", 2, "ouderen").speakers(fenna).with("captions", "yes")
                .with("signLanguage", "yes"));
        String first = forms.session(week, sessionInput("Jongeren werven via school",
                "2026-03-16", "14:00", "15:00", 50, " jongeren , scholen,, jongeren ").speakers(bram, fenna)
                .with("language", "en").with("transcript", "yes"));

        // Stored as entered: Amsterdam 14:00 in March is 13:00 UTC; topics trimmed, each once; speakers in order.
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE id = ? AND starts_at = ? AND ends_at = ?",
                first, java.time.Instant.parse("2026-03-16T13:00:00Z").toEpochMilli(),
                java.time.Instant.parse("2026-03-16T14:00:00Z").toEpochMilli()));
        assertEquals(List.of("jongeren", "scholen"), plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT topic FROM webinars_session_topics WHERE session_id = :s ORDER BY topic")
                .bind("s", first).mapTo(String.class).list()));
        assertEquals(List.of(bram, fenna), plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT speaker_id FROM webinars_session_speakers WHERE session_id = :s ORDER BY position")
                .bind("s", first).mapTo(String.class).list()));

        // A draft: the organiser sees it marked, nobody else sees it at all.
        Browser anonymous = plein.browser();
        Browser member = fixture.member();
        assertTrue(organiser.get("/webinars").body().contains("Jongeren betrekken"));
        assertTrue(organiser.get("/webinars").body().contains("Concept, nog niet gepubliceerd"));
        assertEquals(200, organiser.get("/webinars/weeks/" + week).status());
        for (Browser outsider : List.of(anonymous, member)) {
            assertFalse(outsider.get("/webinars").body().contains("Jongeren betrekken"));
            assertFalse(outsider.get("/webinars").body().contains("Jongeren werven via school"));
            assertEquals(404, outsider.get("/webinars/weeks/" + week).status());
            assertEquals(404, outsider.get("/webinars/sessions/" + first).status());
        }

        assertEquals(303, organiser.post("/webinars/weeks/" + week + "/edit", Map.of("theme", "Jongeren betrekken",
                "description", "Vijf dagen over jonge vrijwilligers.", "startsOn", "2026-03-16", "endsOn", "2026-03-20",
                "published", "yes")).status());

        String index = anonymous.get("/webinars").body();
        assertTrue(index.contains("/webinars/weeks/" + week));
        assertFalse(index.contains("Concept, nog niet gepubliceerd"));
        assertTrue(index.contains("Jongeren werven via school"), "the next sessions are on the index");
        assertTrue(index.contains("/webinars/library"));
        assertFalse(index.contains("/webinars/my"), "only signed-in people have their own sessions");
        assertFalse(index.contains("/webinars/weeks/new"));
        assertTrue(member.get("/webinars").body().contains("/webinars/my"));
        assertTrue(organiser.get("/webinars").body().contains("/webinars/weeks/new"));
        assertTrue(organiser.get("/webinars").body().contains("/webinars/speakers"));

        Browser.Page programme = anonymous.get("/webinars/weeks/" + week);
        assertEquals(200, programme.status());
        String page = programme.body();
        assertTrue(WebinarsFixture.indexOf(page, "Jongeren werven via school")
                < WebinarsFixture.indexOf(page, "Ouderen als vrijwilliger"), "in time order");
        assertTrue(page.contains("Vijf dagen over jonge vrijwilligers."));
        assertTrue(page.contains("16 maart 2026, 14:00–15:00 uur"), "Amsterdam time");
        assertTrue(page.contains("Bram Olieslager — Ervaringsdeskundige"));
        assertTrue(page.contains("Fenna Hoekstra (Vrijwilligerscentrale Lindeburg) — Expert"));
        assertTrue(page.contains("Taal: Engels"));
        assertTrue(page.contains("Ondertiteling") && page.contains("Gebarentolk")
                && page.contains("Uitgeschreven tekst (transcript)"), "accessibility said in words");
        assertTrue(page.contains("0 van 50 plaatsen bezet"));
        assertTrue(page.contains("/login?next=%2Fwebinars%2Fweeks%2F" + week), "anonymous visitors are asked to sign in");
        assertFalse(page.contains("/sessions/new"));
        assertTrue(member.get("/webinars/weeks/" + week).body()
                .contains("action=\"/webinars/weeks/" + week + "/register\""));
        assertTrue(organiser.get("/webinars/weeks/" + week).body().contains("/webinars/weeks/" + week + "/sessions/new"));
        assertTrue(organiser.get("/webinars/weeks/" + week).body().contains("/webinars/sessions/" + later + "/edit"));

        // Filter by topic: only the sessions about it, the current choice marked; an unknown topic shows none.
        String ouderen = anonymous.get("/webinars/weeks/" + week + "?topic=ouderen").body();
        assertTrue(ouderen.contains("Ouderen als vrijwilliger"));
        assertFalse(ouderen.contains("Jongeren werven via school"));
        assertTrue(ouderen.contains("?topic=ouderen\" aria-current=\"page\""));
        Browser.Page unknown = anonymous.get("/webinars/weeks/" + week + "?topic=sport%20%26%20spel");
        assertEquals(200, unknown.status());
        assertFalse(unknown.body().contains("Ouderen als vrijwilliger"));
        assertFalse(unknown.body().contains("Jongeren werven via school"));
        assertTrue(unknown.body().contains("Deze week heeft geen sessies over “sport &amp; spel”."));

        // Two people fill the two places of the later session; the programme says so in words.
        Browser anna = fixture.member();
        assertEquals(303, anna.post("/webinars/sessions/" + later + "/register", Map.of()).status());
        assertEquals(303, member.post("/webinars/sessions/" + later + "/register", Map.of()).status());
        assertEquals(303, anna.post("/webinars/sessions/" + first + "/register", Map.of()).status());
        page = anonymous.get("/webinars/weeks/" + week).body();
        assertTrue(page.contains("1 van 50 plaatsen bezet"));
        assertTrue(page.contains("Vol — wachtlijst"));
        assertTrue(page.contains("meter__bar--100"), "the bar repeats it");
        assertTrue(anna.get("/webinars/weeks/" + week).body().contains("Je bent aangemeld"));
    }

    @Test
    void organiserEditsAndCallsOffASession() {
        Browser organiser = fixture.organiser();
        WebinarsFixture.Forms forms = fixture.forms(organiser);
        String week = forms.week("Bedrijven en vrijwilligers", true);
        String session = forms.session(week, sessionInput("Medewerkers als vrijwilliger",
                "2026-03-18", "19:30", "20:30", 30, "bedrijven"));
        Browser anna = fixture.member();
        assertEquals(303, anna.post("/webinars/sessions/" + session + "/register", Map.of()).status());

        String form = organiser.get("/webinars/sessions/" + session + "/edit").body();
        assertTrue(form.contains("value=\"2026-03-18\"") && form.contains("value=\"19:30\"")
                && form.contains("value=\"20:30\""), "the form shows Amsterdam time");
        Browser.Page saved = forms.post("/webinars/sessions/" + session + "/edit", sessionInput(
                "Medewerkers als vrijwilliger", "2026-03-18", "20:00", "21:00", 30, "bedrijven, werkgevers")
                .with("status", "live"));
        assertEquals(303, saved.status(), saved.body());
        assertEquals("/webinars/sessions/" + session + "?saved=1", saved.location());
        assertTrue(organiser.get(saved.location()).body().contains("De sessie is opgeslagen."));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE id = ? AND status = 'live' "
                + "AND sequence = 1", session), "moved: calendars must replace it");

        assertTrue(organiser.get("/webinars/sessions/" + session + "/cancel-session").body()
                .contains("Er is 1 deelnemer aangemeld en niemand staat op de wachtlijst."));
        Browser.Page calledOff = organiser.post("/webinars/sessions/" + session + "/cancel-session", Map.of());
        assertEquals(303, calledOff.status());
        assertTrue(organiser.get(calledOff.location()).body().contains("De sessie is afgelast."));
        assertEquals(303, organiser.post("/webinars/sessions/" + session + "/cancel-session", Map.of()).status(),
                "twice is once");
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE id = ? AND status = 'cancelled' "
                + "AND sequence = 2", session));

        String public_ = plein.browser().get("/webinars/weeks/" + week).body();
        assertTrue(public_.contains("Afgelast"), "still listed, visibly called off");
        assertFalse(public_.contains("plaatsen bezet"));
        String annaPage = anna.get("/webinars/sessions/" + session).body();
        assertTrue(annaPage.contains("Deze sessie is afgelast."));
        assertFalse(annaPage.contains("action=\"/webinars/sessions/" + session + "/register\""));

        // Correcting a called-off session keeps it called off: only cancel-session changes that, and only one way.
        Browser.Page corrected = forms.post("/webinars/sessions/" + session + "/edit", sessionInput(
                "Medewerkers als vrijwilliger (afgelast)", "2026-03-18", "20:00", "21:00", 30, "bedrijven")
                .with("status", "planned"));
        assertEquals(303, corrected.status(), corrected.body());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE id = ? AND status = 'cancelled'",
                session));
    }
}
