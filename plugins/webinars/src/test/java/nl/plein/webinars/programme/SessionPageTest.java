package nl.plein.webinars.programme;

import static nl.plein.webinars.WebinarsFixture.sessionInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The session page as each visitor sees it: sign in, register, registered with cancel and calendar, waiting with
 * place and cancel, full; and an organiser who adds places moves the waiting list up at once.
 */
class SessionPageTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void eachVisitorSeesTheirOwnRegistrationAndMoreSeatsPromoteTheWaitingList() {
        Browser organiser = fixture.organiser();
        WebinarsFixture.Forms forms = fixture.forms(organiser);
        String speaker = forms.speaker("Fenna Hoekstra", "Vrijwilligerscentrale Lindeburg", "expert");
        String week = forms.week("Jongeren betrekken", true);
        String session = forms.session(week, sessionInput("Jongeren werven via school",
                "2026-03-16", "14:00", "15:00", 1, "jongeren").speakers(speaker)
                .with("accessibilityNote", "De dia's staan vooraf online."));
        String path = "/webinars/sessions/" + session;
        String register = "action=\"" + path + "/register\"";
        String cancel = "action=\"" + path + "/cancel\"";

        String anonymousPage = plein.browser().get(path).body();
        assertTrue(anonymousPage.contains("/login?next=%2Fwebinars%2Fsessions%2F" + session));
        assertFalse(anonymousPage.contains(register));
        assertTrue(anonymousPage.contains("0 van 1 plaatsen bezet"));
        assertTrue(anonymousPage.contains("Wat werkt, en wat <em>niet</em>."), "summary as Markdown");
        assertTrue(anonymousPage.contains("Fenna Hoekstra werkt al jaren met vrijwilligers."), "the speaker's bio");
        assertTrue(anonymousPage.contains("De dia&#39;s staan vooraf online."), "the accessibility note, as text");
        assertFalse(anonymousPage.contains("/manage"), "only organisers and the host manage");
        assertFalse(anonymousPage.contains("/calendar.ics"));

        fixture.person("anna@plein.test", "Anna Visser");
        fixture.person("bob@plein.test", "Bob Smit");
        fixture.person("carla@plein.test", "Carla Bos");
        Browser anna = fixture.signedIn("anna@plein.test");
        Browser bob = fixture.signedIn("bob@plein.test");
        Browser carla = fixture.signedIn("carla@plein.test");
        assertTrue(anna.get(path).body().contains(register));
        assertTrue(anna.get(path).body().contains("class=\"button\">Aanmelden</button>"));

        Browser.Page registered = anna.post(path + "/register", Map.of());
        assertEquals(path + "?registered=1", registered.location());
        String annaPage = anna.get(registered.location()).body();
        assertTrue(annaPage.contains("role=\"status\">Je bent aangemeld. Je krijgt een bevestiging per e-mail."));
        assertTrue(annaPage.contains(cancel) && annaPage.contains("Afmelden"));
        assertTrue(annaPage.contains(path + "/calendar.ics"), "registered people can add it to their calendar");
        assertFalse(annaPage.contains(register));

        // Full now: the button says it puts you on the waiting list.
        String carlaPage = carla.get(path).body();
        assertTrue(carlaPage.contains("Vol — wachtlijst"));
        assertTrue(carlaPage.contains("Met de knop kom je op de wachtlijst"));
        assertTrue(carlaPage.contains("Zet me op de wachtlijst"));

        Browser.Page waiting = bob.post(path + "/register", Map.of());
        assertEquals(path + "?waiting=1", waiting.location());
        String bobPage = bob.get(waiting.location()).body();
        assertTrue(bobPage.contains("je staat op de wachtlijst, plaats 1"), "the notice");
        assertTrue(bobPage.contains("Je staat op de wachtlijst, plaats 1"), "the state");
        assertTrue(bobPage.contains(cancel) && bobPage.contains("Van de wachtlijst af"));
        assertFalse(bobPage.contains("/calendar.ics"));
        assertEquals(303, carla.post(path + "/register", Map.of()).status());
        assertTrue(carla.get(path).body().contains("Je staat op de wachtlijst, plaats 2"));

        // One more place: Bob, first in line, gets it; Carla moves up.
        Browser.Page more = forms.post(path + "/edit", sessionInput(
                "Jongeren werven via school", "2026-03-16", "14:00", "15:00", 2, "jongeren").speakers(speaker));
        assertEquals(303, more.status(), more.body());
        assertEquals("registered", fixture.registrationStatus(session, "bob@plein.test"));
        assertEquals("waiting", fixture.registrationStatus(session, "carla@plein.test"));
        assertTrue(bob.get(path).body().contains("Je bent aangemeld"));
        assertTrue(carla.get(path).body().contains("Je staat op de wachtlijst, plaats 1"));

        // Fewer places leaves seats where they are.
        assertEquals(303, forms.post(path + "/edit", sessionInput("Jongeren werven via school",
                "2026-03-16", "14:00", "15:00", 1, "jongeren").speakers(speaker)).status());
        assertEquals("registered", fixture.registrationStatus(session, "anna@plein.test"));
        assertEquals("registered", fixture.registrationStatus(session, "bob@plein.test"));

        Browser.Page cancelled = anna.post(path + "/cancel", Map.of());
        assertEquals(path + "?cancelled=1", cancelled.location());
        annaPage = anna.get(cancelled.location()).body();
        assertTrue(annaPage.contains("role=\"status\">Je bent afgemeld."));
        assertTrue(annaPage.contains(register), "may register again");
        assertEquals("waiting", fixture.registrationStatus(session, "carla@plein.test"),
                "two seats taken of one: nobody moves up yet");

        // After the start nobody registers or cancels any more (signed in anew: the clock moved two weeks).
        plein.clock().advance(java.time.Duration.ofDays(15));
        String late = fixture.signedIn("carla@plein.test").get(path).body();
        assertTrue(late.contains("Je staat op de wachtlijst, plaats 1"));
        assertFalse(late.contains(register));
        assertFalse(late.contains(cancel));
        assertTrue(fixture.signedIn("anna@plein.test").get(path).body()
                .contains("Deze sessie is al begonnen of voorbij"));
    }

    @Test
    void badAddressesAreNotFoundWithoutAnError() {
        Browser organiser = fixture.organiser();
        for (String path : new String[] {"/webinars/weeks/nope", "/webinars/weeks/" + "x".repeat(36),
                "/webinars/sessions/%27%20OR%201%3D1", "/webinars/sessions/" + "0".repeat(36),
                "/webinars/speakers/nope/photo", "/webinars/weeks/nope/edit", "/webinars/sessions/nope/edit",
                "/webinars/weeks/nope/sessions/new", "/webinars/speakers/nope/edit",
                "/webinars/sessions/nope/cancel-session"}) {
            assertEquals(404, organiser.get(path).status(), path);
        }
        assertEquals(404, organiser.post("/webinars/sessions/nope/edit", Map.of("title", "x")).status());
        assertEquals(404, organiser.post("/webinars/weeks/nope/sessions", Map.of("title", "x")).status());
        assertEquals(404, organiser.post("/webinars/sessions/nope/cancel-session", Map.of()).status());
        assertEquals(404, organiser.post("/webinars/speakers/nope/edit", Map.of("name", "x")).status());
        assertEquals(400, plein.browser().get("/webinars?topic=%00").status(), "core refuses a NUL character");
    }
}
