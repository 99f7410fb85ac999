package nl.plein.goodbusy.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.plein.core.organisation.OrganisationForm;
import nl.plein.core.organisation.OrganisationKind;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who sees a match, and how "my matches" groups them by whose turn it is. Coordinators of both sides see it all;
 * employees only an agreed match, without the conversation; brokers of the request's province and community managers
 * see it but do not act or read the conversation; anyone else gets 403, an unknown id 404.
 */
class MatchAccessTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = DealScene.plein(greenMail);

    @Test
    void whoSeesAMatch() {
        DealScene scene = new DealScene(plein);
        Browser eva = scene.employee("eva@stevig.test", "Eva Timmer");
        Browser utrechtBroker = broker(scene, "broker-utrecht@plein.test", "Utrecht");
        Browser zeelandBroker = broker(scene, "broker-zeeland@plein.test", "Zeeland");
        Browser manager = scene.fixture.withRole("manager@plein.test", "Mees Manager", GoodBusyFixture.MANAGER_ROLE);
        Browser stranger = plein.signedInMember();
        String id = scene.propose();
        String path = "/goodbusy/matches/" + id;
        scene.accept(id);
        assertEquals(303, scene.ilse.post(path + "/messages", Map.of("body", "Geheim overleg over de planning."))
                .status());

        assertEquals(200, scene.ilse.get(path).status());
        assertEquals(200, scene.bram.get(path).status());
        assertEquals(403, eva.get(path).status(), "not agreed yet");
        assertEquals(403, stranger.get(path).status());
        assertEquals(403, zeelandBroker.get(path).status(), "another province");
        Browser.Page broker = utrechtBroker.get(path);
        assertEquals(200, broker.status());
        assertFalse(broker.body().contains("Geheim overleg"), "brokers do not read the conversation");
        assertFalse(broker.body().contains("/agreement\""), "nor write the agreement");
        Browser.Page managed = manager.get(path);
        assertEquals(200, managed.status());
        assertFalse(managed.body().contains("Geheim overleg"));
        assertEquals(403, utrechtBroker.post(path + "/messages", Map.of("body", "Hallo")).status());
        assertEquals(403, manager.post(path + "/agreement", scene.agreement(Map.of())).status());
        assertEquals(404, scene.ilse.get("/goodbusy/matches/nonsense").status());
        assertEquals(404, scene.ilse.get("/goodbusy/matches/00000000-0000-0000-0000-000000000000").status());
        Browser.Page anonymous = plein.browser().get(path);
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/login"), anonymous.location());

        scene.writeAgreement(id, scene.bram);
        scene.confirm(id, scene.ilse, "organisation");
        scene.confirm(id, scene.bram, "company");
        Browser.Page employee = eva.get(path);
        assertEquals(200, employee.status());
        assertFalse(employee.body().contains("Geheim overleg"), "employees do not read the conversation");
        assertEquals(403, eva.post(path + "/messages", Map.of("body", "Mag ik meepraten?")).status());
        assertEquals(403, eva.post(path + "/done", Map.of()).status());
    }

    @Test
    void thePartiesToAMatchStillReadTheOtherSidesPausedOrClosedRequestOrOffer() {
        DealScene scene = new DealScene(plein);
        Browser eva = scene.employee("eva@stevig.test", "Eva Timmer");
        Browser stranger = plein.signedInMember();
        scene.fixture.company("Tegelhuis", scene.fixture.person("otto@tegelhuis.test", "Otto Tegel"));
        Browser otherCompany = scene.fixture.signedIn("otto@tegelhuis.test");
        scene.fixture.socialOrganisation("Voedselbank Oost", "Arnhem", "Gelderland",
                scene.fixture.person("vera@voedselbank.test", "Vera Voedsel"));
        Browser otherOrganisation = scene.fixture.signedIn("vera@voedselbank.test");
        scene.agreedMatch();
        // A second match, only proposed: the company takes part, its employees not yet.
        var painting = scene.fixture.request(scene.organisationId, GoodBusyFixture.requestDraft("Schilderdag"));
        var odd = scene.fixture.offer(scene.companyId, GoodBusyFixture.offerDraft("Klusteam Stevig"));
        assertEquals(303, scene.ilse.post("/goodbusy/matches", Map.of("request", painting.id(), "offer", odd.id(),
                "proposal", "")).status());

        String request = "/goodbusy/requests/" + scene.request.id();
        String offer = "/goodbusy/offers/" + scene.offer.id();
        assertEquals(303, scene.ilse.post(request + "/status", Map.of("status", "closed")).status());
        assertEquals(303, scene.ilse.post("/goodbusy/requests/" + painting.id() + "/status",
                Map.of("status", "paused")).status());
        assertEquals(303, scene.bram.post(offer + "/status", Map.of("status", "paused")).status());

        Browser.Page closed = scene.bram.get(request);
        assertEquals(200, closed.status(), "the company of the agreed match follows the link on its match page");
        assertTrue(closed.body().contains("Tuindag bij De Linde"));
        assertEquals(200, eva.get(request).status(), "an employee on the agreed match");
        assertEquals(404, stranger.get(request).status());
        assertEquals(404, otherCompany.get(request).status());
        assertEquals(200, scene.bram.get("/goodbusy/requests/" + painting.id()).status(), "a proposed match counts");
        assertEquals(404, eva.get("/goodbusy/requests/" + painting.id()).status(),
                "employees take part once a match is agreed");

        assertEquals(200, scene.ilse.get(offer).status(), "the organisation of the agreed match");
        assertEquals(200, eva.get(offer).status());
        assertEquals(404, stranger.get(offer).status());
        assertEquals(404, otherOrganisation.get(offer).status());
    }

    @Test
    void myMatchesSaysWhoseTurnItIs() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        Browser.Page ilse = scene.ilse.get("/goodbusy/matches");
        assertEquals(200, ilse.status());
        assertTrue(section(ilse.body(), "Wacht op de andere kant").contains("/goodbusy/matches/" + id), ilse.body());
        Browser.Page bram = scene.bram.get("/goodbusy/matches");
        assertTrue(section(bram.body(), "Waiting for you").contains("/goodbusy/matches/" + id), bram.body());

        scene.accept(id);
        assertTrue(section(scene.ilse.get("/goodbusy/matches").body(), "Loopt").contains(id));
        scene.writeAgreement(id, scene.ilse);
        scene.confirm(id, scene.ilse, "organisation");
        assertTrue(section(scene.ilse.get("/goodbusy/matches").body(), "Wacht op de andere kant").contains(id));
        assertTrue(section(scene.bram.get("/goodbusy/matches").body(), "Waiting for you").contains(id));

        Browser.Page nobody = plein.signedInMember().get("/goodbusy/matches");
        assertEquals(200, nobody.status());
        assertTrue(nobody.body().contains("Je hebt nog geen matches."));
        assertFalse(nobody.body().contains(id));
    }

    @Test
    void everyRouteOfAMatchRefusesWhoDoesNotTakePartAndKnowsNoUnknownMatch() {
        DealScene scene = new DealScene(plein);
        String id = scene.agreedMatch();
        String shift = scene.shift(id, "Tuin", LocalDate.of(2026, 3, 10), "09:00", "13:00", 4);
        Browser stranger = plein.signedInMember();
        Browser broker = broker(scene, "broker@plein.test", "Utrecht");
        Browser anonymous = plein.browser();
        String unknown = "00000000-0000-0000-0000-000000000000";
        for (String action : List.of("accept", "decline", "withdraw", "messages", "agreement", "confirm",
                "shifts", "shifts/" + shift + "/signup", "shifts/" + shift + "/cancel", "hours", "hours/decide",
                "evaluation", "done")) {
            String path = "/goodbusy/matches/" + id + "/" + action;
            assertEquals(403, stranger.post(path, Map.of()).status(), "stranger " + action);
            assertEquals(403, broker.post(path, Map.of()).status(), "broker " + action);
            assertEquals(403, anonymous.post(path, Map.of()).status(), "anonymous " + action);
            assertEquals(404, scene.ilse.post("/goodbusy/matches/" + unknown + "/" + action, Map.of()).status(),
                    "unknown match " + action);
        }
        assertEquals(403, stranger.get("/goodbusy/matches/" + id).status());
        assertEquals(200, stranger.get("/goodbusy/matches").status());
        assertEquals(303, anonymous.get("/goodbusy/matches").status(), "to the sign-in page");
        assertEquals(403, anonymous.post("/goodbusy/matches", Map.of("request", scene.request.id(),
                "offer", scene.offer.id())).status());
    }

    /** The part of the page from a section's heading to the next heading. */
    private static String section(String body, String heading) {
        int start = body.indexOf(">" + heading + "</h2>");
        if (start < 0) return "";
        int end = body.indexOf("<h2", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    private Browser broker(DealScene scene, String email, String province) {
        String id = scene.fixture.person(email, "Makelaar " + province);
        scene.fixture.organisations().create(new OrganisationForm("Vrijwilligerscentrale " + province,
                OrganisationKind.VOLUNTEER_CENTRE, province, province, "", ""), id);
        plein.platform().people().grant(id, GoodBusyFixture.BROKER_ROLE);
        return scene.fixture.signedIn(email);
    }
}
