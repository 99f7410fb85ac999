package nl.plein.webinars.afterwards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Speaker;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Attendees rate a session afterwards and print a certificate; others are told why they cannot. */
class EvaluationAndCertificateTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void seatHoldersEvaluateAfterAnUnmarkedSessionAndOnlyAttendeesOnceItIsMarked() {
        Week week = fixture.week("Jong geleerd", true);
        String session = fixture.session(week, "Jongeren werven").seats(2).create().id();
        fixture.register(fixture.member("anna@plein.test", "Anna Jansen"), session);
        fixture.register(fixture.member("bram@plein.test", "Bram Bakker"), session);
        fixture.register(fixture.member("wim@plein.test", "Wim Wachter"), session);
        fixture.member("lid@plein.test", "Lotte Lid");
        fixture.organiser("org@plein.test", "Olga Organisator");
        String path = "/webinars/sessions/" + session + "/evaluation";

        Browser.Page tooEarly = fixture.signedIn("anna@plein.test").get(path);
        assertEquals(403, tooEarly.status());
        assertTrue(tooEarly.body().contains("Evalueren kan zodra de sessie is afgelopen."));

        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 15, 30));
        Browser anna = fixture.signedIn("anna@plein.test");
        Browser bram = fixture.signedIn("bram@plein.test");
        assertEquals(200, anna.get(path).status(), "attendance never marked: a seat is enough after the end");
        assertEquals(200, bram.get(path).status());
        Browser.Page waiting = fixture.signedIn("wim@plein.test").get(path);
        assertEquals(403, waiting.status());
        assertTrue(waiting.body().contains("Alleen wie bij deze sessie aanwezig was, kan haar evalueren."));
        assertEquals(403, fixture.signedIn("lid@plein.test").get(path).status(), "not registered");
        assertEquals(403, fixture.signedIn("wim@plein.test").post(path, Map.of("score", "5")).status());
        assertEquals(303, plein.browser().get(path).status(), "anonymous: sign in first");

        for (String wrong : List.of("0", "6", "abc", "4.5", "")) {
            Browser.Page page = anna.post(path, Map.of("score", wrong, "comment", "Mooie voorbeelden uit de praktijk."));
            assertEquals(422, page.status(), wrong);
            assertTrue(page.body().contains(wrong.isEmpty() ? "Kies een cijfer van 1 tot en met 5."
                    : "Het cijfer moet een heel getal van 1 tot en met 5 zijn."), wrong);
            assertTrue(page.body().contains("Mooie voorbeelden uit de praktijk."), "the comment is kept");
        }
        Browser.Page tooLong = anna.post(path, Map.of("score", "4", "comment", "x".repeat(2001)));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("Je reactie mag hooguit 2000 tekens lang zijn."));
        assertTrue(tooLong.body().contains("value=\"4\" checked"), "the chosen score is kept");
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM webinars_evaluations"));

        Browser.Page saved = anna.post(path, Map.of("score", "3", "comment", "Goed, maar kort."));
        assertEquals(303, saved.status());
        assertTrue(anna.get(saved.location()).body().contains("Je evaluatie is opgeslagen."));
        assertEquals(303, anna.post(path, Map.of("score", "5", "comment", "Bij nader inzien: heel goed.")).status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_evaluations"), "one per person: updated");
        assertEquals(5, fixture.count("SELECT score FROM webinars_evaluations"));
        assertTrue(anna.get(path).body().contains("Bij nader inzien: heel goed."), "the form shows the evaluation");

        // The host marks Anna as attended: from now on Bram (a no-show) may not evaluate.
        Browser organiser = fixture.signedIn("org@plein.test");
        organiser.post("/webinars/sessions/" + session + "/attendance",
                Map.of("present", fixture.registrationId(session, "anna@plein.test")));
        assertEquals(403, bram.get(path).status());
        assertEquals(200, anna.get(path).status());

        String manage = organiser.get("/webinars/sessions/" + session + "/manage").body();
        assertTrue(manage.contains("Bij nader inzien: heel goed."), "comments are for the managers");
        assertFalse(manage.contains("Anna Jansen</strong>"), "without the writer's name");
        assertTrue(manage.contains("5,0 van 5 (1 beoordeling)"));
        assertFalse(plein.browser().get("/webinars/library").body().contains("Bij nader inzien"), "never public");
    }

    @Test
    void onlyPeopleMarkedAsAttendedGetAPrintableCertificate() {
        Week week = fixture.week("Ervaring telt", true);
        Speaker speaker = fixture.speaker("Sanne Spreker");
        String session = fixture.session(week, "Ouderen betrekken").at(LocalDateTime.of(2026, 3, 11, 19, 30)).seats(10)
                .topics("ouderen").speakers(speaker).create().id();
        fixture.register(fixture.member("anna@plein.test", "Anna Jansen"), session);
        fixture.register(fixture.member("bram@plein.test", "Bram Bakker"), session);
        fixture.organiser("org@plein.test", "Olga Organisator");
        String path = "/webinars/sessions/" + session + "/certificate";

        Browser.Page beforeMarking = fixture.signedIn("anna@plein.test").get(path);
        assertEquals(403, beforeMarking.status());
        assertTrue(beforeMarking.body().contains("als de host je als aanwezig heeft gemarkeerd"));

        fixture.clockAt(LocalDateTime.of(2026, 3, 11, 21, 0));
        fixture.signedIn("org@plein.test").post("/webinars/sessions/" + session + "/attendance",
                Map.of("present", fixture.registrationId(session, "anna@plein.test")));

        Browser.Page certificate = fixture.signedIn("anna@plein.test").get(path);
        assertEquals(200, certificate.status());
        String body = certificate.body();
        assertTrue(body.contains("<p class=\"certificate__name\">Anna Jansen</p>"));
        assertTrue(body.contains("Ouderen betrekken"));
        assertTrue(body.contains("<dd>Ervaring telt</dd>"));
        assertTrue(body.contains("<dd>11 maart 2026</dd>"));
        assertTrue(body.contains("<dd>60 minuten</dd>"));
        assertTrue(body.contains("Sanne Spreker (Vrijwilligershuis Lindeburg)"));
        assertTrue(body.contains("Uitgegeven door Plein / Kennisboostweken"));
        assertTrue(body.contains("Opslaan als PDF"));
        assertTrue(body.contains("<link rel=\"stylesheet\" href=\"/static/webinars/certificate.css\">"));
        assertFalse(body.contains("onclick") || body.contains("style=\""), "nothing the CSP would block");
        Browser.Page css = plein.browser().get("/static/webinars/certificate.css");
        assertEquals(200, css.status());
        assertTrue(css.body().contains("@media print"));

        Browser.Page noShow = fixture.signedIn("bram@plein.test").get(path);
        assertEquals(403, noShow.status());
        assertTrue(noShow.body().contains("Geen bewijs van deelname"));
        assertEquals(403, fixture.member("lid@plein.test", "Lotte Lid").get(path).status());
        assertEquals(303, plein.browser().get(path).status());
        assertEquals(404, fixture.signedIn("anna@plein.test").get("/webinars/sessions/nope/certificate").status());
    }
}
