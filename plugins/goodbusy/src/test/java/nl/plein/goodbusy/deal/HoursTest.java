package nl.plein.goodbusy.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hours: an employee registers their own, for a day of the agreement that has come, a quarter of an hour to a whole
 * day, never more than 24 hours on one day in all; the organisation approves or declines them (with a reason), one
 * or many at once, each once; a company never approves its own hours.
 */
@OnBothDatabases
class HoursTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = DealScene.plein(greenMail);

    @Test
    void hoursAreRegisteredWithinBounds() {
        DealScene scene = new DealScene(plein);
        String id = scene.agreedMatch();
        String shift = scene.shift(id, "Tuin", LocalDate.of(2026, 3, 10), "09:00", "13:00", 4);
        Browser eva = scene.employee("eva@stevig.test", "Eva Timmer");
        assertEquals(303, eva.post("/goodbusy/matches/" + id + "/shifts/" + shift + "/signup", Map.of()).status());

        assertError(eva, id, Map.of("workedOn", "2026-03-10"), "Registreer uren voor een dag die geweest is");
        plein.clock().advance(Duration.ofDays(12));                                      // Saturday 14 March
        scene.signInAgain();
        eva = plein.signedIn("eva@stevig.test");
        assertError(eva, id, Map.of("workedOn", "2026-03-15"), "Registreer uren voor een dag die geweest is");
        assertError(eva, id, Map.of("workedOn", "2026-03-08"), "Kies een dag binnen de afspraak.");
        assertError(eva, id, Map.of("workedOn", "gisteren"), "Vul een datum in zoals 2026-03-16.");
        assertError(eva, id, Map.of("hours", "0,1"), "Registreer van 0,25 tot 24 uur.");
        assertError(eva, id, Map.of("hours", "25"), "Registreer van 0,25 tot 24 uur.");
        assertError(eva, id, Map.of("hours", "-2"), "Vul de uren in als getal");
        assertError(eva, id, Map.of("hours", "1e9"), "Vul de uren in als getal");
        assertError(eva, id, Map.of("hours", "99999999999999999999"), "Vul de uren in als getal");
        assertError(eva, id, Map.of("hours", ""), "Vul de uren in die je werkte.");
        assertError(eva, id, Map.of("shift", "00000000-0000-0000-0000-000000000000"), "Kies een dienst waarvoor je");
        assertError(eva, id, Map.of("shift", shift, "workedOn", "2026-03-11"), "Die dienst was op een andere dag.");
        assertError(eva, id, Map.of("note", "x".repeat(1001)), "Gebruik hooguit 1.000 tekens.");
        Browser.Page kept = post(eva, id, Map.of("hours", "30", "note", "Snoeien in de regen"));
        assertTrue(kept.body().contains("value=\"30\"") && kept.body().contains("Snoeien in de regen"),
                "what was typed is kept");
        assertEquals(0, scene.count("SELECT COUNT(*) FROM goodbusy_hours"));

        // A whole day is the limit, over all registrations of that day together.
        assertEquals(303, post(eva, id, Map.of("hours", "20", "shift", shift)).status());
        assertError(eva, id, Map.of("hours", "4,25"), "Dan kom je boven de 24 uur op één dag");
        assertEquals(303, post(eva, id, Map.of("hours", "4")).status());
        assertEquals(24 * 60, scene.count("SELECT SUM(minutes) FROM goodbusy_hours WHERE person_id = ?",
                scene.fixture.personId("eva@stevig.test")));

        // Only employees register, each their own.
        Browser.Page coordinator = post(scene.ilse, id, Map.of());
        assertEquals(403, coordinator.status());
        assertTrue(coordinator.body().contains("Alleen medewerkers van het bedrijf registreren uren"));
        assertEquals(403, post(plein.signedInMember(), id, Map.of()).status());
    }

    @Test
    void theOrganisationDecidesEachRegistrationOnceAndTheCompanyNever() {
        DealScene scene = new DealScene(plein);
        String id = scene.agreedMatch();
        Browser eva = scene.employee("eva@stevig.test", "Eva Timmer");
        plein.clock().advance(Duration.ofDays(9));                                       // Wednesday 11 March
        scene.signInAgain();
        eva = plein.signedIn("eva@stevig.test");
        assertEquals(303, post(eva, id, Map.of("workedOn", "2026-03-09", "hours", "3")).status());
        assertEquals(303, post(eva, id, Map.of("workedOn", "2026-03-10", "hours", "2")).status());
        List<String> hours = scene.list("SELECT id FROM goodbusy_hours ORDER BY worked_on");
        String decide = "/goodbusy/matches/" + id + "/hours/decide";

        // The company's coordinator, and a coordinator of the organisation who works for the company, cannot.
        Browser.Page company = decide(scene, scene.bram, decide, hours, "approve", "");
        assertEquals(403, company.status());
        assertTrue(company.body().contains("Only the coordinators of the social organisation approve hours."));
        String kees = scene.fixture.person("kees@linde.test", "Kees Dubbel");
        scene.fixture.join(scene.organisationId, kees, "admin");
        scene.fixture.join(scene.companyId, kees, "member");
        Browser.Page own = decide(scene, plein.signedIn("kees@linde.test"), decide, hours, "approve", "");
        assertEquals(403, own.status());
        assertTrue(own.body().contains("Een bedrijf keurt zijn eigen uren niet goed"), own.body());
        assertTrue(plein.signedIn("kees@linde.test").get("/goodbusy/matches/" + id).body()
                .contains("Je werkt bij het bedrijf, dus je kunt de uren ervan niet goedkeuren."));
        assertEquals(403, decide(scene, eva, decide, hours, "approve", "").status());
        assertEquals(2, scene.count("SELECT COUNT(*) FROM goodbusy_hours WHERE status = 'pending'"));

        // Mistakes in the form.
        Browser.Page none = decide(scene, scene.ilse, decide, List.of(), "approve", "");
        assertEquals(422, none.status());
        assertTrue(none.body().contains("Kies ten minste één registratie."));
        Browser.Page noReason = decide(scene, scene.ilse, decide, hours.subList(0, 1), "decline", "");
        assertEquals(422, noReason.status());
        assertTrue(noReason.body().contains("Zeg waarom je deze uren afwijst"), noReason.body());
        assertEquals(422, decide(scene, scene.ilse, decide, hours, "maybe", "").status());

        // One declined with a reason, then both approved at once: the declined one stays declined.
        assertEquals(303, decide(scene, scene.ilse, decide, hours.subList(1, 2), "decline",
                "Op dinsdag was er geen activiteit.").status());
        Browser.Page both = decide(scene, scene.ilse, decide, hours, "approve", "");
        assertEquals(303, both.status());
        assertTrue(scene.ilse.get(both.location()).body().contains(
                "Eén urenregistratie besloten. Eén was al besloten en bleef zoals hij was."));
        assertEquals(List.of("approved", "declined"), scene.list("SELECT status FROM goodbusy_hours ORDER BY worked_on"));
        Browser.Page mine = eva.get("/goodbusy/matches/" + id);
        assertTrue(mine.body().contains("Reden: Op dinsdag was er geen activiteit."), "the employee reads why");
        assertTrue(mine.body().contains("Goedgekeurd: 3 uur."), mine.body());
        assertFalse(mine.body().contains("/hours/decide"));
    }

    private static Browser.Page decide(DealScene scene, Browser who, String path, List<String> hours,
                                       String decision, String reason) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        hours.forEach(h -> fields.add(Map.entry("hours", h)));
        fields.add(Map.entry("decision", decision));
        fields.add(Map.entry("reason", reason));
        return scene.postRepeated(who, path, fields);
    }

    private static void assertError(Browser who, String id, Map<String, String> changes, String message) {
        Browser.Page page = post(who, id, changes);
        assertEquals(422, page.status(), page.body());
        assertTrue(page.body().contains(message), page.body());
    }

    private static Browser.Page post(Browser who, String id, Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("workedOn", "2026-03-10", "hours", "3,5", "shift", "",
                "note", ""));
        form.putAll(changes);
        return who.post("/goodbusy/matches/" + id + "/hours", form);
    }
}
