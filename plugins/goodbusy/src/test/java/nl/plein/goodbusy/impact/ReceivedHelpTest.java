package nl.plein.goodbusy.impact;

import static nl.plein.goodbusy.impact.ImpactWorld.squash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.deal.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A social organisation sees the help it received, for all years (see {@link ImpactWorld} for the hours). */
class ReceivedHelpTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();

    ImpactWorld world;

    @BeforeEach
    void world() {
        world = new ImpactWorld(plein);
    }

    @Test
    void organisationSeesTheCompaniesThatHelpedItsApprovedHoursPerRequestAndTheEvaluationsBothWays() {
        world.rows.evaluation(world.doneMatch, Side.ORGANISATION, 5, "Fijne samenwerking met Rekenhuis", world.olga);
        world.rows.evaluation(world.doneMatch, Side.COMPANY, 4, "Warm welkom bij De Linde", world.cora);
        world.rows.evaluation(world.agreedMatch, Side.COMPANY, 3, "Evaluatie bij de voedselbank", world.cora);

        Browser olga = world.fixture.signedIn("olga@linde.test");
        Browser.Page page = olga.get(received(world.linde));
        assertEquals(200, page.status());
        String html = squash(page.body());
        // De Linde, all years: Rekenhuis 120 + 90 + 240 + 180 (2025) = 630 min, Tegelhuis 300: 930 min = 15.5 hours.
        assertTrue(html.contains("in totaal 15,5 goedgekeurde uren"), html);
        assertTrue(html.contains("<li>Rekenhuis: 10,5 uur</li><li>Tegelhuis: 5 uur</li>"));
        assertTrue(html.contains(">Tuindag</a>"));
        assertTrue(html.contains("15,5 uur goedgekeurd"));
        assertTrue(html.contains("1 registratie (1 uur) wacht op jullie goedkeuring"), "Bob's pending hour");
        assertTrue(html.contains("Warm welkom bij De Linde"), "received from the company");
        assertTrue(html.contains("Fijne samenwerking met Rekenhuis"), "given by the organisation");
        assertTrue(html.indexOf("Wat bedrijven over de samenwerking zeiden") < html.indexOf("Warm welkom")
                && html.indexOf("Warm welkom") < html.indexOf("Wat jullie over de bedrijven zeiden")
                && html.indexOf("Wat jullie over de bedrijven zeiden") < html.indexOf("Fijne samenwerking"));
        assertTrue(!html.contains("Evaluatie bij de voedselbank"), "another organisation's evaluation");
        assertTrue(!html.contains("pakketten"), "another organisation's request");

        String vera = squash(world.fixture.signedIn("vera@voedselbank.test").get(received(world.voedselbank)).body());
        assertTrue(vera.contains("in totaal 2,5 goedgekeurde uren"));
        assertTrue(vera.contains("Evaluatie bij de voedselbank"));
    }

    @Test
    void onlyTheOrganisationsCoordinatorsAndCommunityManagersSeeIt() {
        GoodBusyFixture fixture = world.fixture;
        String path = received(world.linde);
        Browser.Page anonymous = fixture.anonymous().get(path);
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/login"));
        assertEquals(403, fixture.signedIn("ann@rekenhuis.test").get(path).status(), "an employee of a helper");
        assertEquals(403, fixture.signedIn("cora@rekenhuis.test").get(path).status(), "the helping company");
        assertEquals(403, fixture.signedIn("vera@voedselbank.test").get(path).status(), "another organisation");
        assertEquals(403, fixture.withRole("makelaar@vc.test", "Makelaar", GoodBusyFixture.BROKER_ROLE).get(path)
                .status());
        String mia = fixture.person("mia@linde.test", "Mia Medewerker");
        fixture.join(world.linde, mia, "member");
        assertEquals(403, fixture.signedIn("mia@linde.test").get(path).status(), "a member who does not coordinate");
        Browser manager = fixture.withRole("manager@plein.test", "Manager", GoodBusyFixture.MANAGER_ROLE);
        assertEquals(200, manager.get(path).status());
        Browser olga = fixture.signedIn("olga@linde.test");
        assertEquals(200, olga.get(path).status());
        assertEquals(404, olga.get(received(world.rekenhuis)).status(), "a company receives no help here");
        assertEquals(404, olga.get(received("00000000-0000-0000-0000-000000000000")).status());
        assertEquals(404, olga.get(received("%27%3B--")).status());
    }

    private static String received(String organisation) {
        return "/goodbusy/organisations/" + organisation + "/received";
    }
}
