package nl.plein.webinars.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.WebinarsFixture.Upload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The session page and My sessions once a session is over: the recording and slides for everyone, the evaluation
 * for seat holders who were not marked absent, the certificate for those marked present. And a session in another
 * language than the visitor's is marked as such for screen readers.
 */
class SessionPageAfterwardsTest {

    private static final String RECORDING = "https://video.example.org/jongeren-werven";
    private static final Upload PDF = new Upload("dia.pdf",
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII));

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void afterTheSessionEachPersonSeesTheLinksTheirAttendanceAllows() {
        Week week = fixture.week("Jong geleerd", true);
        String marked = fixture.session(week, "Jongeren werven").seats(2).create().id();      // 10 March 14:00
        String unmarked = fixture.session(week, "Jongeren houden").seats(2).create().id();
        fixture.register(fixture.member("anna@plein.test", "Anna Aanwezig"), marked);
        fixture.register(fixture.member("cor@plein.test", "Cor Niet Gekomen"), marked);
        fixture.register(fixture.member("wim@plein.test", "Wim Wachter"), marked);
        fixture.register(fixture.member("bram@plein.test", "Bram Onbekend"), unmarked);
        fixture.organiser("org@plein.test", "Olga Organisator");

        // Over: the organiser marks Anna present (so Cor absent) and publishes the recording with slides.
        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 15, 30));
        Browser organiser = fixture.signedIn("org@plein.test");
        assertEquals(303, organiser.post("/webinars/sessions/" + marked + "/attendance",
                Map.of("present", fixture.registrationId(marked, "anna@plein.test"))).status());
        Browser.Page published = fixture.postMultipart(organiser, "/webinars/sessions/" + marked + "/recording",
                Map.of("recordingUrl", RECORDING), "slides", PDF);
        assertEquals(303, published.status(), published.body());
        assertEquals(Boolean.TRUE, fixture.attended(marked, "anna@plein.test"));
        assertEquals(Boolean.FALSE, fixture.attended(marked, "cor@plein.test"));
        assertEquals(null, fixture.attended(unmarked, "bram@plein.test"));

        String evaluation = "href=\"/webinars/sessions/" + marked + "/evaluation\"";
        String certificate = "href=\"/webinars/sessions/" + marked + "/certificate\"";
        String recording = "href=\"" + RECORDING + "\"";
        String slides = "href=\"/webinars/sessions/" + marked + "/slides\"";

        String anna = fixture.signedIn("anna@plein.test").get("/webinars/sessions/" + marked).body();
        assertTrue(anna.contains(evaluation), "attended: may evaluate");
        assertTrue(anna.contains(certificate), "attended: gets a certificate");
        assertTrue(anna.contains("Bewijs van deelname"));
        int watch = WebinarsFixture.indexOf(anna, "Bekijk de opname");
        assertTrue(anna.lastIndexOf(recording, watch) > 0, "the recording's link is on \"Bekijk de opname\"");
        assertTrue(anna.contains(slides));
        assertTrue(anna.contains("Download de presentatie"));

        String cor = fixture.signedIn("cor@plein.test").get("/webinars/sessions/" + marked).body();
        assertFalse(cor.contains(evaluation), "marked absent: no evaluation");
        assertFalse(cor.contains(certificate), "marked absent: no certificate");
        assertTrue(cor.contains(recording) && cor.contains(slides), "the recording is for everyone");

        String wim = fixture.signedIn("wim@plein.test").get("/webinars/sessions/" + marked).body();
        assertFalse(wim.contains(evaluation), "waiting: had no seat");
        assertFalse(wim.contains(certificate));
        assertTrue(wim.contains(recording));

        String anonymous = plein.browser().get("/webinars/sessions/" + marked).body();
        assertTrue(anonymous.contains("Bekijk de opname") && anonymous.contains(recording));
        assertFalse(anonymous.contains(evaluation) || anonymous.contains(certificate));

        String bram = fixture.signedIn("bram@plein.test").get("/webinars/sessions/" + unmarked).body();
        assertTrue(bram.contains("href=\"/webinars/sessions/" + unmarked + "/evaluation\""),
                "a seat and attendance not marked: may evaluate");
        assertFalse(bram.contains("href=\"/webinars/sessions/" + unmarked + "/certificate\""),
                "not marked present: no certificate");
        assertFalse(bram.contains("Bekijk de opname"), "no recording published for this one");
        // The links lead somewhere: Anna's certificate opens, Bram's evaluation form opens.
        assertEquals(200, fixture.signedIn("anna@plein.test").get("/webinars/sessions/" + marked + "/certificate")
                .status());
        assertEquals(200, fixture.signedIn("bram@plein.test").get("/webinars/sessions/" + unmarked + "/evaluation")
                .status());

        // My sessions: the past session with the certificate for Anna only.
        String annaMine = fixture.signedIn("anna@plein.test").get("/webinars/my").body();
        assertTrue(annaMine.contains("Aanwezig geweest"), annaMine);
        assertTrue(annaMine.contains(certificate), annaMine);
        assertTrue(annaMine.contains(evaluation));
        String corMine = fixture.signedIn("cor@plein.test").get("/webinars/my").body();
        assertTrue(corMine.contains("Jongeren werven"), "listed as a past session");
        assertFalse(corMine.contains(certificate) || corMine.contains(evaluation), corMine);
        String bramMine = fixture.signedIn("bram@plein.test").get("/webinars/my").body();
        assertTrue(bramMine.contains("href=\"/webinars/sessions/" + unmarked + "/evaluation\""), bramMine);
        assertFalse(bramMine.contains("/certificate"));
    }

    @Test
    void anEnglishSessionCarriesLangEnForADutchVisitor() {
        Week week = fixture.week("Jong geleerd", true);
        java.time.Instant start = WebinarsFixture.SESSION_STARTS.atZone(WebinarsFixture.AMSTERDAM).toInstant();
        String english = fixture.programme().createSession(week.id(), new SessionDraft("Recruiting young volunteers",
                "What works, and what does not.", start, start.plus(Duration.ofHours(1)), WebinarsFixture.JOIN_URL, 10,
                "en", new Session.Accessibility(true, false, false, ""), SessionStatus.PLANNED, null, List.of(),
                List.of()));
        String dutch = fixture.session(week, "Jongeren werven").create().id();

        String page = fixture.member("lid@plein.test", "Lotte Lid").get("/webinars/sessions/" + english).body();
        assertTrue(page.contains("<h1 lang=\"en\">Recruiting young volunteers</h1>"), page);
        assertTrue(plein.browser().get("/webinars/sessions/" + english).body()
                .contains("<h1 lang=\"en\">Recruiting young volunteers</h1>"), "also for anonymous Dutch visitors");
        String dutchPage = fixture.signedIn("lid@plein.test").get("/webinars/sessions/" + dutch).body();
        assertTrue(dutchPage.contains("<h1>Jongeren werven</h1>"), "the page's own language needs no mark");

        String forEnglishReader = fixture.member("en@plein.test", "Eve English", "en")
                .get("/webinars/sessions/" + english).body();
        assertTrue(forEnglishReader.contains("<h1>Recruiting young volunteers</h1>"), forEnglishReader);
        assertTrue(fixture.signedIn("en@plein.test").get("/webinars/sessions/" + dutch).body()
                .contains("<h1 lang=\"nl\">Jongeren werven</h1>"));
    }
}
