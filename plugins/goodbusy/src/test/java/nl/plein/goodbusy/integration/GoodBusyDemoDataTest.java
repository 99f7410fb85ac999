package nl.plein.goodbusy.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.impact.DealRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A demo shows every state of a match, and each demo account has something to do: the company its impact, the
 * organisation a proposal to answer and hours to approve, the employee a coming shift, the broker stuck matches.
 */
@OnBothDatabases
class GoodBusyDemoDataTest {

    private static final String DEMO_PASSWORD = "plein-demo-2026";

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin(s -> s.set("PLEIN_DEMO", "true"));

    final DealRows rows = new DealRows(plein);

    @Test
    void demoHasCompaniesOrganisationsRequestsOffersAndMatchesInEveryStateForEachDemoAccount() throws Exception {
        assertEquals(3, rows.count("SELECT COUNT(*) FROM goodbusy_companies"));
        assertEquals(5, rows.count("SELECT COUNT(*) FROM goodbusy_organisations"));
        assertEquals(4, rows.count("SELECT COUNT(DISTINCT province) FROM goodbusy_organisations"));
        assertEquals(11, rows.count("SELECT COUNT(*) FROM goodbusy_requests WHERE status = 'open'"));
        assertEquals(6, rows.count("SELECT COUNT(*) FROM goodbusy_offers WHERE status = 'open'"));
        for (String status : List.of("proposed", "accepted", "declined", "expired", "withdrawn", "agreed", "done")) {
            assertTrue(rows.count("SELECT COUNT(*) FROM goodbusy_matches WHERE status = '" + status + "'") > 0, status);
        }
        assertTrue(rows.count("SELECT COUNT(*) FROM goodbusy_matches WHERE status = 'declined' AND answer_reason <> ''") > 0);
        assertEquals(3, rows.count("SELECT COUNT(*) FROM goodbusy_messages"));
        for (String status : List.of("approved", "pending", "declined")) {
            assertTrue(rows.count("SELECT COUNT(*) FROM goodbusy_hours WHERE status = '" + status + "'") > 0, status);
        }
        assertEquals(2, rows.count("SELECT COUNT(*) FROM goodbusy_evaluations"));
        assertEquals(rows.count("SELECT COUNT(*) FROM goodbusy_signups"),
                rows.count("SELECT SUM(signed_up) FROM goodbusy_shifts"), "places taken match the sign-ups");

        Browser company = signedIn("goodbusy-company@demo.plein.nl");
        String logistiek = rows.single("SELECT organisation_id FROM goodbusy_companies WHERE hours_budget = 800");
        Browser.Page impact = company.get("/goodbusy/companies/" + logistiek + "/impact");
        assertEquals(200, impact.status());
        // 2 March 2026: 11 January 750 minutes and 10 February 630 approved: 23 hours of the budget of 800.
        assertTrue(impact.body().contains("23 van 800 uur gebruikt"), impact.body());
        assertTrue(impact.body().contains("Buurthuis Het Klaverblad"));
        assertEquals(200, company.get("/goodbusy/companies/" + logistiek + "/impact?year=2025").status());
        assertEquals(200, company.get("/goodbusy/companies/" + logistiek + "/impact.csv").status());
        assertEquals(200, company.get("/goodbusy/companies/" + logistiek + "/impact.pdf").status());
        assertTrue(company.get("/").body().contains("Geen voorstellen wachten op je antwoord"),
                "its own proposal waits for Het Klaverblad, not for the company");

        Browser organisation = signedIn("goodbusy-organisation@demo.plein.nl");
        assertTrue(organisation.get("/").body().contains("1 voorstel wacht op je antwoord"));
        String klaverblad = rows.single("SELECT organisation_id FROM goodbusy_organisations WHERE supervision_capacity = 10");
        Browser.Page received = organisation.get("/goodbusy/organisations/" + klaverblad + "/received");
        assertEquals(200, received.status());
        assertTrue(received.body().contains("2 registraties (3 uur) wacht op jullie goedkeuring"), received.body());
        assertTrue(received.body().contains("Lindeburg Logistiek"));

        JsonNode employee = new ObjectMapper().readTree(signedIn("goodbusy-employee@demo.plein.nl")
                .get("/account/export").body()).path("plugins").path("goodbusy");
        assertTrue(employee.path("signUps").findValuesAsText("request").contains("Inrichten van het nieuwe taalcafé"),
                "signed up for the coming shift");

        Browser broker = signedIn("goodbusy-broker@demo.plein.nl");
        Browser.Page stuck = broker.get("/goodbusy/broker");
        assertEquals(200, stuck.status());
        String html = stuck.body();
        assertTrue(html.contains("Je regio: Gelderland."));
        assertTrue(html.contains("Voorstellen zonder antwoord (1)") && html.contains("Opknapdag in de buurttuin"));
        assertTrue(html.contains("In gesprek, nog geen bevestigde afspraak (1)"));
        assertTrue(html.contains("Uren wachten op goedkeuring (1)"));
        assertTrue(html.contains("Kookclub voor ouderen: vaste koks gezocht"), "a request nobody proposed on");
        assertTrue(html.contains("Sorteren en inpakken van voedselpakketten"), "its only proposal was withdrawn");

        Browser manager = signedIn("goodbusy-community-manager@demo.plein.nl");
        assertEquals(200, manager.get("/goodbusy/broker").status());
        assertTrue(plein.browser().get("/search?q=knotten").body().contains("Wilgen knotten langs de beek"));
        assertTrue(plein.browser().get("/").body().contains("Good Busy"));

        // Loaded once: a restart in demo mode adds nothing.
        int matches = rows.count("SELECT COUNT(*) FROM goodbusy_matches");
        plein.testPlein().restart();
        assertEquals(matches, rows.count("SELECT COUNT(*) FROM goodbusy_matches"));
        assertEquals(3, rows.count("SELECT COUNT(*) FROM goodbusy_companies"));
    }

    private Browser signedIn(String email) {
        Browser browser = plein.browser();
        browser.signIn(email, DEMO_PASSWORD);
        return browser;
    }
}
