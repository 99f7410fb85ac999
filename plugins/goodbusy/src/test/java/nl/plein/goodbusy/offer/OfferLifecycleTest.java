package nl.plein.goodbusy.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.profile.FormPost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OfferLifecycleTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final GoodBusyFixture fixture = new GoodBusyFixture(plein);

    String company;
    String otherCompany;
    String organisation;

    @BeforeEach
    void people() {
        company = fixture.company("Bouwbedrijf Stevig", fixture.person("csr@stevig.test", "Mira MVO"));
        fixture.join(company, fixture.person("werknemer@stevig.test", "Wout Werknemer"), "member");
        otherCompany = fixture.company("Adviesbureau Helder", fixture.person("csr@helder.test", "Hugo Helder"));
        organisation = fixture.socialOrganisation("Buurthuis De Linde", "Amersfoort", "Utrecht",
                fixture.person("coord@linde.test", "Lotte Linde"));
        fixture.person("ander@plein.test", "Anton Ander");
    }

    /** A mentor, remote and in Gelderland, from a week after today for half a year. */
    static FormPost goodOffer() {
        return FormPost.of(Map.of("title", "Financieel mentor", "description", "Een **mentor** voor de penningmeester.",
                        "form", "skills-based", "groupSize", "1", "availableFrom", "2026-03-09",
                        "availableUntil", "2026-09-09", "onSiteOk", "yes", "remoteOk", "yes", "vogWilling", "yes"))
                .set("causes", "poverty").set("skills", "finance", "coaching").set("provinces", "Gelderland");
    }

    String onlyOfferId() {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM goodbusy_offers").mapTo(String.class).one());
    }

    int offers() {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM goodbusy_offers").mapTo(Integer.class)
                .one());
    }

    @Test
    void coordinatorPostsAnOfferFromTheProfileEditsPausesReopensAndClosesIt() {
        fixture.profiles().saveCompany(company, "construction", "50-249", List.of("Gelderland"),
                List.of("youth", "care"), List.of("it"), List.of("pro-bono", "relay"), 800, "");
        Browser csr = fixture.signedIn("csr@stevig.test");
        Browser.Page form = csr.get("/goodbusy/offers/new");
        assertEquals(200, form.status());
        String body = form.body();
        assertTrue(body.contains("ingevuld vanuit het bedrijfsprofiel"));
        assertTrue(body.contains("value=\"youth\" checked") && body.contains("value=\"care\" checked"));
        assertTrue(body.contains("value=\"it\" checked") && body.contains("value=\"Gelderland\" checked"));
        assertTrue(body.contains("<option value=\"relay\" selected>"), "the first preferred form, in vocabulary order");
        assertTrue(body.contains("value=\"2026-03-02\""), "available from today");

        Browser.Page created = goodOffer().post(plein, csr, "/goodbusy/offers");
        assertEquals(303, created.status());
        String id = onlyOfferId();
        assertEquals("/goodbusy/offers/" + id + "?created=1", created.location());
        Offer stored = fixture.offers().find(id).orElseThrow();
        assertEquals(company, stored.companyId());
        assertEquals(List.of("coaching", "finance"), stored.skills());
        assertTrue(stored.remoteOk() && stored.onSiteOk() && stored.vogWilling());
        assertEquals(fixture.personId("csr@stevig.test"), stored.createdBy());

        String seen = fixture.signedIn("ander@plein.test").get("/goodbusy/offers/" + id).body();
        assertTrue(seen.contains("Financieel mentor") && seen.contains("Bouwbedrijf Stevig"));
        assertTrue(seen.contains("<strong>mentor</strong>") && seen.contains("Coachen, Financiën"));
        assertTrue(seen.contains("ter plekke in Gelderland; ook op afstand"));
        assertFalse(seen.contains("/suggestions"));
        String own = csr.get("/goodbusy/offers/" + id + "?created=1").body();
        assertTrue(own.contains("Het aanbod is geplaatst."));
        assertTrue(own.contains("href=\"/goodbusy/offers/" + id + "/suggestions\""));

        assertEquals(200, csr.get("/goodbusy/offers/" + id + "/edit").status());
        Browser.Page edited = goodOffer().set("groupSize", "12").set("onSiteOk").set("provinces")
                .post(plein, csr, "/goodbusy/offers/" + id + "/edit");
        assertEquals(303, edited.status());
        Offer changed = fixture.offers().find(id).orElseThrow();
        assertEquals(12, changed.groupSize());
        assertFalse(changed.onSiteOk());
        assertEquals(List.of(), changed.provinces());

        assertEquals(303, csr.post("/goodbusy/offers/" + id + "/status", Map.of("status", "paused")).status());
        assertEquals(ItemStatus.PAUSED, fixture.offers().find(id).orElseThrow().status());
        assertEquals(303, csr.post("/goodbusy/offers/" + id + "/status", Map.of("status", "open")).status());
        assertEquals(ItemStatus.OPEN, fixture.offers().find(id).orElseThrow().status());
        Browser.Page closed = csr.post("/goodbusy/offers/" + id + "/status", Map.of("status", "closed"));
        assertEquals(303, closed.status());
        assertTrue(csr.get(closed.location()).body().contains("Het aanbod is gesloten."));
        Browser.Page reopen = csr.post("/goodbusy/offers/" + id + "/status", Map.of("status", "open"));
        assertEquals(409, reopen.status());
        assertTrue(reopen.body().contains("Sluiten is definitief"));
        assertEquals(ItemStatus.CLOSED, fixture.offers().find(id).orElseThrow().status());
        assertEquals(409, csr.get("/goodbusy/offers/" + id + "/edit").status());
        assertEquals(422, csr.post("/goodbusy/offers/" + id + "/status", Map.of("status", "")).status());
    }

    @Test
    void onlyTheCompanysCoordinatorsActForItsOffersAndOthersSeeOnlyOpenOnes() {
        String id = fixture.offer(company, GoodBusyFixture.offerDraft("Teamdag")).id();
        String path = "/goodbusy/offers/" + id;
        Browser anonymous = fixture.anonymous();
        for (String page : List.of("/goodbusy/offers", "/goodbusy/offers/mine", "/goodbusy/offers/new", path,
                path + "/edit")) {
            assertEquals(303, anonymous.get(page).status(), page);
        }
        assertEquals(403, anonymous.post("/goodbusy/offers", Map.of("title", "x")).status());
        assertEquals(403, anonymous.post(path + "/status", Map.of("status", "closed")).status());

        for (String email : List.of("ander@plein.test", "werknemer@stevig.test", "coord@linde.test",
                "csr@helder.test")) {
            Browser someone = fixture.signedIn(email);
            assertEquals(200, someone.get(path).status(), email);
            assertEquals(403, someone.get(path + "/edit").status(), email);
            assertEquals(403, goodOffer().post(plein, someone, path + "/edit").status(), email);
            assertEquals(403, someone.post(path + "/status", Map.of("status", "closed")).status(), email);
        }
        assertEquals(ItemStatus.OPEN, fixture.offers().find(id).orElseThrow().status());

        // An organisation cannot post an offer, also not by naming a company; nor one company for another.
        Browser coordinator = fixture.signedIn("coord@linde.test");
        Browser.Page none = coordinator.get("/goodbusy/offers/new");
        assertEquals(200, none.status());
        assertTrue(none.body().contains("namens een bedrijf waarvan je coördinator"));
        assertEquals(403, goodOffer().set("company", organisation).post(plein, coordinator, "/goodbusy/offers")
                .status());
        assertEquals(403, goodOffer().set("company", company).post(plein, coordinator, "/goodbusy/offers").status());
        assertEquals(403, goodOffer().set("company", company)
                .post(plein, fixture.signedIn("csr@helder.test"), "/goodbusy/offers").status());
        assertEquals(1, offers());

        fixture.offers().setStatus(id, ItemStatus.PAUSED);
        Browser broker = fixture.withRole("makelaar@utrecht.test", "Bram Makelaar", GoodBusyFixture.BROKER_ROLE);
        fixture.socialOrganisation("Vrijwilligerscentrale Utrecht", "Utrecht", "Utrecht",
                fixture.personId("makelaar@utrecht.test"));
        for (String email : List.of("ander@plein.test", "werknemer@stevig.test", "coord@linde.test")) {
            assertEquals(404, fixture.signedIn(email).get(path).status(), email);
        }
        assertEquals(404, broker.get(path).status(), "brokers oversee matches, not a company's paused offers");
        assertEquals(200, fixture.withRole("manager@plein.test", "Mo Manager", GoodBusyFixture.MANAGER_ROLE)
                .get(path).status());
        assertEquals(200, fixture.signedIn("csr@stevig.test").get(path).status());

        Browser csr = fixture.signedIn("csr@stevig.test");
        for (String bad : List.of("nope", "00000000-0000-0000-0000-000000000000")) {
            assertEquals(404, csr.get("/goodbusy/offers/" + bad).status());
            assertEquals(404, csr.get("/goodbusy/offers/" + bad + "/edit").status());
            assertEquals(404, csr.post("/goodbusy/offers/" + bad + "/status", Map.of("status", "open")).status());
        }
    }

    @Test
    void everyRefusalSaysWhatIsWrongAndKeepsWhatWasTyped() {
        Browser csr = fixture.signedIn("csr@stevig.test");
        Browser.Page empty = FormPost.of(Map.of()).post(plein, csr, "/goodbusy/offers");
        assertEquals(422, empty.status());
        for (String message : List.of("Vul een titel in.", "Beschrijf wat jullie bieden.", "Kies de vorm van inzet.",
                "Vul het aantal medewerkers in.", "Vul in vanaf wanneer jullie beschikbaar zijn.",
                "Vul in tot wanneer jullie beschikbaar zijn.", "Kies ter plekke, op afstand of allebei.")) {
            assertTrue(empty.body().contains(message), message);
        }
        refused(csr, goodOffer().set("groupSize", "0"), "Vul een getal van 1 tot en met 500 in.");
        refused(csr, goodOffer().set("groupSize", "501"), "Vul een getal van 1 tot en met 500 in.");
        refused(csr, goodOffer().set("groupSize", "-3"), "Vul een getal van 1 tot en met 500 in.");
        refused(csr, goodOffer().set("groupSize", "8,5"), "Vul een heel getal in, zonder punten of letters.");
        refused(csr, goodOffer().set("form", "weekend"), "Kies uit de lijst.");
        refused(csr, goodOffer().set("causes", "poverty", "aliens"), "Kies uit de lijst.");
        refused(csr, goodOffer().set("provinces", "Vlaanderen"), "Kies uit de lijst.");
        refused(csr, goodOffer().set("provinces"), "Kies minstens één provincie waar medewerkers heen kunnen.");
        refused(csr, goodOffer().set("onSiteOk").set("remoteOk"), "Kies ter plekke, op afstand of allebei.");
        refused(csr, goodOffer().set("availableFrom", "9 maart"), "Vul een bestaande datum in, als jjjj-mm-dd.");
        refused(csr, goodOffer().set("availableUntil", "2026-13-01"), "Vul een bestaande datum in, als jjjj-mm-dd.");
        refused(csr, goodOffer().set("availableUntil", "2026-03-08"), "De einddatum mag niet voor de begindatum liggen.");
        refused(csr, goodOffer().set("availableUntil", "2028-03-10"), "Een aanbod loopt hoogstens twee jaar.");
        refused(csr, goodOffer().set("availableFrom", "2026-01-01").set("availableUntil", "2026-03-01"),
                "Deze datum is al voorbij. Kies een datum vanaf vandaag.");
        refused(csr, goodOffer().set("availableFrom", "2028-04-01").set("availableUntil", "2028-05-01"),
                "De begindatum mag hoogstens twee jaar vooruit liggen.");
        refused(csr, goodOffer().set("title", "t".repeat(161)), "Dit mag hoogstens 160 tekens lang zijn.");

        Browser.Page kept = refused(csr, goodOffer().set("onSiteOk").set("remoteOk"), "Kies ter plekke");
        String body = kept.body();
        assertTrue(body.contains("value=\"Financieel mentor\""));
        assertTrue(body.contains("value=\"finance\" checked") && body.contains("value=\"coaching\" checked"));
        assertTrue(body.contains("value=\"poverty\" checked") && body.contains("value=\"Gelderland\" checked"));
        assertTrue(body.contains("<option value=\"skills-based\" selected>"));
        assertTrue(body.contains("name=\"vogWilling\" value=\"yes\" checked"));
        assertFalse(body.contains("name=\"onSiteOk\" value=\"yes\" checked"));
        assertEquals(0, offers());

        // Remote only needs no provinces.
        assertEquals(303, goodOffer().set("onSiteOk").set("provinces").post(plein, csr, "/goodbusy/offers").status());

        fixture.person("csr@clear.test", "Clara Clear", "en");
        fixture.company("Clear Advice", fixture.personId("csr@clear.test"));
        Browser.Page english = goodOffer().set("title", "").set("onSiteOk").set("remoteOk")
                .post(plein, fixture.signedIn("csr@clear.test"), "/goodbusy/offers");
        assertEquals(422, english.status());
        assertTrue(english.body().contains("Enter a title."));
        assertTrue(english.body().contains("Choose on site, remote or both."));
    }

    @Test
    void signedInPeopleSeeOpenOffersAndCoordinatorsAllOfTheirOwn() {
        for (int i = 1; i <= 21; i++) fixture.offer(otherCompany, GoodBusyFixture.offerDraft("Adviesdag " + i));
        String paused = fixture.offer(company, GoodBusyFixture.offerDraft("Gepauzeerde teamdag")).id();
        fixture.offers().setStatus(paused, ItemStatus.PAUSED);
        fixture.offer(company, GoodBusyFixture.offerDraft("Open teamdag"));
        OfferDraft past = GoodBusyFixture.offerDraft("Voorbije teamdag");
        fixture.offer(company, new OfferDraft(past.title(), past.description(), past.form(), past.causes(),
                past.skills(), past.groupSize(), GoodBusyFixture.TODAY.minusDays(30),
                GoodBusyFixture.TODAY.minusDays(1), false, true, past.provinces(), true));

        Browser someone = fixture.signedIn("coord@linde.test");
        String first = someone.get("/goodbusy/offers").body();
        String second = someone.get("/goodbusy/offers?page=2").body();
        assertEquals(20, first.split("class=\"card\"", -1).length - 1);
        assertEquals(2, second.split("class=\"card\"", -1).length - 1);
        assertTrue(first.contains("href=\"/goodbusy/offers?page=2\""));
        String both = first + second;
        assertTrue(both.contains("Open teamdag") && both.contains("Bouwbedrijf Stevig")
                && both.contains("Adviesbureau Helder"));
        assertFalse(both.contains("Gepauzeerde teamdag") || both.contains("Voorbije teamdag"));
        assertFalse(first.contains("href=\"/goodbusy/offers/new\""), "only company coordinators post offers");

        String mine = fixture.signedIn("csr@stevig.test").get("/goodbusy/offers/mine").body();
        assertTrue(mine.contains("Gepauzeerde teamdag") && mine.contains("Gepauzeerd"));
        assertTrue(mine.contains("Open teamdag") && mine.contains("Voorbije teamdag"));
        assertFalse(mine.contains("Adviesdag"));
        assertTrue(mine.contains("/goodbusy/offers/new?company=" + company));

        String notMine = fixture.signedIn("werknemer@stevig.test").get("/goodbusy/offers/mine").body();
        assertFalse(notMine.contains("teamdag"), "an employee coordinates no offers");
        assertTrue(notMine.contains("href=\"/organisations/new\""));

        String companyPage = someone.get("/goodbusy/companies/" + company).body();
        assertTrue(companyPage.contains("Open teamdag"));
        assertFalse(companyPage.contains("Gepauzeerde teamdag"));
    }

    private Browser.Page refused(Browser browser, FormPost form, String message) {
        Browser.Page page = form.post(plein, browser, "/goodbusy/offers");
        assertEquals(422, page.status(), message);
        assertTrue(page.body().contains(message), "page should say: " + message);
        return page;
    }
}
