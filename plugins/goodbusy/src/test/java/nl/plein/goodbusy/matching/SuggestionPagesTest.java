package nl.plein.goodbusy.matching;

import static nl.plein.goodbusy.matching.MatchingWorld.TODAY;
import static nl.plein.goodbusy.matching.MatchingWorld.offer;
import static nl.plein.goodbusy.matching.MatchingWorld.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The suggestions pages over HTTP: the ranking, the reasons in words, what is left out (paused, closed, passed,
 * failing a hard filter, already proposed — the last listed apart with a link to its match, paused and closed ones
 * only for those who may see them), and who may see them.
 */
class SuggestionPagesTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final GoodBusyFixture fixture = new GoodBusyFixture(plein);

    private String organisation;
    private String company;
    private String otherCompany;

    /** Buurthuis De Linde in Utrecht (Anna coordinates) and two companies (Cees and Dirk coordinate). */
    private void people() {
        organisation = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht",
                fixture.person("anna@linde.test", "Anna Coördinator"));
        company = fixture.company("Bouwbedrijf Stevig", fixture.person("cees@stevig.test", "Cees MVO"));
        otherCompany = fixture.company("Adviesbureau Helder", fixture.person("dirk@helder.test", "Dirk HR", "en"));
        fixture.join(company, fixture.person("eva@stevig.test", "Eva Medewerker"), "member");
    }

    @Test
    void offersForARequestAreRankedWithTheirReasonsAndWithoutWhatCannotBeProposed() {
        people();
        // The request started last week: only what is still ahead counts (2 March to 8 April).
        HelpRequest request = fixture.request(organisation,
                MatchingWorld.withDates(request("Tuindag"), TODAY.minusDays(5), TODAY.plusDays(37)));
        Offer best = fixture.offer(company, offer("Teamdag Stevig"));                                     // 100
        Offer neighbour = fixture.offer(otherCompany,
                MatchingWorld.withProvinces(offer("Buurteam Gelders"), "Gelderland"));                   // 87
        Offer big = fixture.offer(company, MatchingWorld.withForm(MatchingWorld.withGroup(offer("Grote groep"), 20),
                "relay"));                                                                                // 85, split
        Offer far = fixture.offer(otherCompany, MatchingWorld.withProvinces(offer("Verre ploeg"), "Limburg")); // 75
        fixture.offers().setStatus(fixture.offer(company, offer("Gepauzeerd aanbod")).id(), ItemStatus.PAUSED);
        fixture.offers().setStatus(fixture.offer(company, offer("Gesloten aanbod")).id(), ItemStatus.CLOSED);
        fixture.offer(company, MatchingWorld.withDates(offer("Verlopen aanbod"), TODAY.minusDays(20), TODAY.minusDays(1)));
        fixture.offer(company, MatchingWorld.withGroup(offer("Te kleine groep"), 4));
        Offer matched = fixture.offer(company, offer("Al gekoppeld"));
        String matchId = MatchingWorld.match(plein, request.id(), matched.id());

        Browser anna = fixture.signedIn("anna@linde.test");
        Browser.Page page = anna.get("/goodbusy/requests/" + request.id() + "/suggestions");
        assertEquals(200, page.status());
        String body = page.body();
        String ranked = body.substring(body.indexOf("Beste matches"), body.indexOf("Al voorgesteld"));
        assertOrder(ranked, "Teamdag Stevig", "Buurteam Gelders", "Grote groep", "Verre ploeg");
        for (String left : List.of("Gepauzeerd aanbod", "Gesloten aanbod", "Verlopen aanbod", "Te kleine groep",
                "Al gekoppeld")) {
            assertFalse(ranked.contains(left), left + " is not suggested");
        }
        assertTrue(ranked.contains("href=\"/goodbusy/offers/" + best.id() + "\""));
        assertTrue(ranked.contains("Aangeboden door Bouwbedrijf Stevig"));
        assertTrue(ranked.contains("Aangeboden door Adviesbureau Helder"));
        // The score in words, the summary and every reason with "fits" or "note" in words.
        assertTrue(ranked.contains("Score: 100 van 100"));
        assertTrue(ranked.contains("Score: 87 van 100"));
        assertTrue(ranked.contains("Score: 75 van 100"));
        assertTrue(ranked.contains("2 van 2 vaardigheden, zelfde provincie, datum past, groep van 8 past binnen 6–10"));
        assertTrue(ranked.contains("2 van 2 vaardigheden, buurprovincie, datum past, groep van 8 past binnen 6–10"));
        assertTrue(ranked.contains("datum past (3 maart 2026 tot en met 8 april 2026)"), "from the offer's first day");
        assertTrue(ranked.contains("<span class=\"state state--sent\">Past</span> zelfde doel: Ouderen"));
        assertTrue(ranked.contains("<span class=\"state state--refused\">Let op</span> Utrecht ligt buiten de regio van het bedrijf"));
        assertTrue(ranked.contains("<span class=\"state state--refused\">Let op</span> andere vorm dan Servicedag"));
        // The big group: spread over two dates rather than hidden.
        assertTrue(ranked.contains("<strong>Voorstel:</strong> verdeel over 2 data, groepen van 10"), ranked);
        // The coordinator proposes from here: one form per suggestion, to Part C's route.
        assertEquals(4, count(ranked, "action=\"/goodbusy/matches\""));
        assertTrue(ranked.contains("name=\"request\" value=\"" + request.id() + "\""));
        assertTrue(ranked.contains("name=\"offer\" value=\"" + big.id() + "\""));
        assertTrue(ranked.contains("<label for=\"proposal-" + neighbour.id() + "\">Je voorstel</label>"));
        assertTrue(ranked.contains("<textarea id=\"proposal-" + far.id() + "\" name=\"proposal\""));
        assertEquals(4, count(ranked, "name=\"_csrf\""));
        // Already proposed: apart, with the way to its match.
        String proposed = body.substring(body.indexOf("Al voorgesteld"));
        assertTrue(proposed.contains("Al gekoppeld"));
        assertTrue(proposed.contains("href=\"/goodbusy/matches/" + matchId + "\""));
        assertTrue(proposed.contains("al voorgesteld — bekijk de match"));
        assertTrue(proposed.contains("Voorgesteld"), "the match's status");
    }

    @Test
    void requestsForAnOfferAreRankedForTheCompanyInItsLanguage() {
        people();
        Offer offer = fixture.offer(otherCompany, offer("Teamdag Helder"));
        HelpRequest best = fixture.request(organisation, request("Tuindag"));                               // 100
        fixture.request(organisation, MatchingWorld.withSkills(request("Kookavond"), "cooking", "finance")); // 80
        String zeeland = fixture.socialOrganisation("Stichting Schelde", "Middelburg", "Zeeland",
                fixture.person("lotte@schelde.test", "Lotte"));
        fixture.request(zeeland, MatchingWorld.inProvince(request("Klusdag Middelburg"), "Middelburg", "Zeeland")); // 75
        fixture.requests().setStatus(fixture.request(organisation, request("Gepauzeerde vraag")).id(), ItemStatus.PAUSED);
        fixture.requests().setStatus(fixture.request(organisation, request("Gesloten vraag")).id(), ItemStatus.CLOSED);
        fixture.request(organisation, MatchingWorld.withDates(request("Voorbije vraag"), TODAY.minusDays(9),
                TODAY.minusDays(1)));
        fixture.request(organisation, MatchingWorld.withGroup(request("Grote vraag"), 12, 20));
        fixture.request(organisation, MatchingWorld.remote(request("Vraag op afstand")));
        HelpRequest matched = fixture.request(organisation, request("Al gevraagd"));
        String matchId = MatchingWorld.match(plein, matched.id(), offer.id());

        Browser dirk = fixture.signedIn("dirk@helder.test");
        Browser.Page page = dirk.get("/goodbusy/offers/" + offer.id() + "/suggestions");
        assertEquals(200, page.status());
        String body = page.body();
        assertTrue(body.contains("Suggested requests for “Teamdag Helder”"));
        String ranked = body.substring(body.indexOf("Best matches"), body.indexOf("Already proposed"));
        assertOrder(ranked, "Tuindag", "Kookavond", "Klusdag Middelburg");
        for (String left : List.of("Gepauzeerde vraag", "Gesloten vraag", "Voorbije vraag", "Grote vraag",
                "Vraag op afstand", "Al gevraagd")) {
            assertFalse(ranked.contains(left), left + " is not suggested");
        }
        assertTrue(ranked.contains("href=\"/goodbusy/requests/" + best.id() + "\""));
        assertTrue(ranked.contains("Asked by Buurthuis De Linde"));
        assertTrue(ranked.contains("Asked by Stichting Schelde"));
        assertTrue(ranked.contains("Score: 100 of 100"));
        assertTrue(ranked.contains("Score: 80 of 100"));
        assertTrue(ranked.contains("1 of 2 skills, same province, date fits, group of 8 within 6–10"));
        assertTrue(ranked.contains("<span class=\"state state--refused\">Note</span> Zeeland is outside the company&#39;s region"), ranked);
        assertTrue(ranked.contains("<span class=\"state state--sent\">Fits</span> date fits (9 March 2026 to 8 April 2026)"));
        assertEquals(3, count(ranked, "action=\"/goodbusy/matches\""));
        assertTrue(ranked.contains("name=\"request\" value=\"" + best.id() + "\""));
        assertTrue(ranked.contains("name=\"offer\" value=\"" + offer.id() + "\""));
        assertTrue(body.substring(body.indexOf("Already proposed")).contains("href=\"/goodbusy/matches/" + matchId + "\""));
    }

    @Test
    void pausedClosedAndPassedItemsTakeNoProposalsAndShowNone() {
        people();
        fixture.offer(company, offer("Teamdag Stevig"));
        HelpRequest paused = fixture.request(organisation, request("Gepauzeerde tuindag"));
        fixture.requests().setStatus(paused.id(), ItemStatus.PAUSED);
        HelpRequest closed = fixture.request(organisation, request("Gesloten tuindag"));
        fixture.requests().setStatus(closed.id(), ItemStatus.CLOSED);
        HelpRequest passed = fixture.request(organisation,
                MatchingWorld.withDates(request("Voorbije tuindag"), TODAY.minusDays(3), TODAY.minusDays(1)));
        Offer pausedOffer = fixture.offer(company, offer("Gepauzeerd aanbod"));
        fixture.offers().setStatus(pausedOffer.id(), ItemStatus.PAUSED);
        fixture.request(organisation, request("Open tuindag"));

        Browser anna = fixture.signedIn("anna@linde.test");
        assertNoProposals(anna.get("/goodbusy/requests/" + paused.id() + "/suggestions"),
                "Deze hulpvraag is gepauzeerd en neemt geen voorstellen aan.", "Teamdag Stevig");
        assertNoProposals(anna.get("/goodbusy/requests/" + closed.id() + "/suggestions"),
                "Deze hulpvraag is gesloten en neemt geen voorstellen meer aan.", "Teamdag Stevig");
        assertNoProposals(anna.get("/goodbusy/requests/" + passed.id() + "/suggestions"),
                "De data van deze hulpvraag zijn voorbij, dus ze neemt geen voorstellen meer aan.", "Teamdag Stevig");
        Browser cees = fixture.signedIn("cees@stevig.test");
        assertNoProposals(cees.get("/goodbusy/offers/" + pausedOffer.id() + "/suggestions"),
                "Dit aanbod is gepauzeerd en neemt geen voorstellen aan.", "Open tuindag");
    }

    @Test
    void onlyCoordinatorsBrokersOfTheRegionAndManagersSeeARequestsSuggestions() {
        people();
        HelpRequest request = fixture.request(organisation, request("Tuindag"));
        Offer offer = fixture.offer(company, offer("Teamdag Stevig"));
        String requestPage = "/goodbusy/requests/" + request.id() + "/suggestions";
        String offerPage = "/goodbusy/offers/" + offer.id() + "/suggestions";

        Browser.Page anonymous = fixture.anonymous().get(requestPage);
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/login"), anonymous.location());
        assertEquals(303, fixture.anonymous().get(offerPage).status());

        Browser anna = fixture.signedIn("anna@linde.test");
        assertEquals(200, anna.get(requestPage).status());
        assertEquals(403, anna.get(offerPage).status(), "the organisation does not see the company's list");

        Browser cees = fixture.signedIn("cees@stevig.test");
        assertEquals(403, cees.get(requestPage).status(), "the company does not see the organisation's list");
        assertEquals(200, cees.get(offerPage).status());
        assertEquals(403, fixture.signedIn("dirk@helder.test").get(offerPage).status(), "another company");
        assertEquals(403, fixture.signedIn("eva@stevig.test").get(offerPage).status(), "an employee");

        // A member of the organisation who is not its coordinator.
        fixture.join(organisation, fixture.person("mia@linde.test", "Mia Lid"), "member");
        assertEquals(403, fixture.signedIn("mia@linde.test").get(requestPage).status());
        fixture.person("niemand@plein.test", "Niemand");
        assertEquals(403, fixture.signedIn("niemand@plein.test").get(requestPage).status());

        // A broker of the volunteer centre in Utrecht sees it, without forms; one in Limburg does not.
        Browser utrecht = fixture.withRole("bram@vc-utrecht.test", "Bram Makelaar", GoodBusyFixture.BROKER_ROLE);
        fixture.join(fixture.socialOrganisation("Vrijwilligerscentrale Utrecht", "Utrecht", "Utrecht",
                fixture.person("vc@utrecht.test", "VC")), fixture.personId("bram@vc-utrecht.test"), "member");
        Browser.Page broker = utrecht.get(requestPage);
        assertEquals(200, broker.status());
        assertTrue(broker.body().contains("Teamdag Stevig"));
        assertFalse(broker.body().contains("action=\"/goodbusy/matches\""));
        assertTrue(broker.body().contains("Alleen de coördinatoren van Buurthuis De Linde kunnen een match voorstellen"));
        assertEquals(403, utrecht.get(offerPage).status(), "brokers do not see a company's list");
        Browser limburg = fixture.withRole("lies@vc-limburg.test", "Lies Makelaar", GoodBusyFixture.BROKER_ROLE);
        fixture.join(fixture.socialOrganisation("Vrijwilligerscentrale Limburg", "Maastricht", "Limburg",
                fixture.person("vc@limburg.test", "VC Limburg")), fixture.personId("lies@vc-limburg.test"), "member");
        assertEquals(403, limburg.get(requestPage).status());

        // A community manager sees both, without forms.
        Browser manager = fixture.withRole("mo@plein.test", "Mo Manager", GoodBusyFixture.MANAGER_ROLE);
        Browser.Page managed = manager.get(requestPage);
        assertEquals(200, managed.status());
        assertFalse(managed.body().contains("action=\"/goodbusy/matches\""));
        assertEquals(200, manager.get(offerPage).status());
        assertFalse(manager.get(offerPage).body().contains("action=\"/goodbusy/matches\""));

        // Unknown and malformed ids.
        assertEquals(404, anna.get("/goodbusy/requests/" + UUID.randomUUID() + "/suggestions").status());
        assertEquals(404, anna.get("/goodbusy/requests/abc/suggestions").status());
        assertEquals(404, cees.get("/goodbusy/offers/" + UUID.randomUUID() + "/suggestions").status());
        assertEquals(404, cees.get("/goodbusy/offers/%27%3B--/suggestions").status());
    }

    @Test
    void pausedAndClosedItemsAlreadyProposedAreListedOnlyForThoseWhoMaySeeThem() {
        people();
        HelpRequest request = fixture.request(organisation, request("Tuindag"));
        Offer open = fixture.offer(company, offer("Open teamdag"));
        Offer paused = fixture.offer(company, offer("Gepauzeerde teamdag"));
        Offer closed = fixture.offer(otherCompany, offer("Gesloten advies"));
        String openMatch = MatchingWorld.match(plein, request.id(), open.id());
        String pausedMatch = MatchingWorld.match(plein, request.id(), paused.id());
        String closedMatch = MatchingWorld.match(plein, request.id(), closed.id());
        fixture.offers().setStatus(paused.id(), ItemStatus.PAUSED);
        fixture.offers().setStatus(closed.id(), ItemStatus.CLOSED);
        String requestPage = "/goodbusy/requests/" + request.id() + "/suggestions";

        // The organisation and a broker of its region: only the open offer; the others' titles are not theirs to see.
        Browser broker = fixture.withRole("bram@vc-utrecht.test", "Bram Makelaar", GoodBusyFixture.BROKER_ROLE);
        fixture.join(fixture.socialOrganisation("Vrijwilligerscentrale Utrecht", "Utrecht", "Utrecht",
                fixture.person("vc@utrecht.test", "VC")), fixture.personId("bram@vc-utrecht.test"), "member");
        for (Browser viewer : List.of(fixture.signedIn("anna@linde.test"), broker)) {
            String body = viewer.get(requestPage).body();
            assertTrue(body.contains("Open teamdag") && body.contains("/goodbusy/matches/" + openMatch), body);
            for (String hidden : List.of("Gepauzeerde teamdag", "Gesloten advies", pausedMatch, closedMatch)) {
                assertFalse(body.contains(hidden), hidden);
            }
        }
        // Someone who coordinates the organisation and the paused offer's company sees that one, not the other's.
        String both = fixture.person("fien@stevig.test", "Fien Beide");
        fixture.join(organisation, both, "admin");
        fixture.join(company, both, "admin");
        String body = fixture.signedIn("fien@stevig.test").get(requestPage).body();
        assertTrue(body.contains("Gepauzeerde teamdag") && body.contains("/goodbusy/matches/" + pausedMatch));
        assertFalse(body.contains("Gesloten advies"));
        // A community manager sees everything.
        Browser manager = fixture.withRole("mo@plein.test", "Mo Manager", GoodBusyFixture.MANAGER_ROLE);
        String managed = manager.get(requestPage).body();
        for (String shown : List.of("Open teamdag", "Gepauzeerde teamdag", "Gesloten advies", openMatch, pausedMatch,
                closedMatch)) {
            assertTrue(managed.contains(shown), shown);
        }

        // The same from the offer's side: the company does not see the organisations' paused or closed requests.
        Offer teamdag = fixture.offer(company, offer("Teamdag Stevig"));
        HelpRequest openRequest = fixture.request(organisation, request("Open kookavond"));
        HelpRequest pausedRequest = fixture.request(organisation, request("Gepauzeerde kookavond"));
        String zeeland = fixture.socialOrganisation("Stichting Schelde", "Middelburg", "Zeeland",
                fixture.person("lotte@schelde.test", "Lotte"));
        HelpRequest closedRequest = fixture.request(zeeland, request("Gesloten klusdag"));
        MatchingWorld.match(plein, openRequest.id(), teamdag.id());
        MatchingWorld.match(plein, pausedRequest.id(), teamdag.id());
        MatchingWorld.match(plein, closedRequest.id(), teamdag.id());
        fixture.requests().setStatus(pausedRequest.id(), ItemStatus.PAUSED);
        fixture.requests().setStatus(closedRequest.id(), ItemStatus.CLOSED);
        String offerPage = "/goodbusy/offers/" + teamdag.id() + "/suggestions";
        String cees = fixture.signedIn("cees@stevig.test").get(offerPage).body();
        assertTrue(cees.contains("Open kookavond"));
        assertFalse(cees.contains("Gepauzeerde kookavond"));
        assertFalse(cees.contains("Gesloten klusdag"));
        String fien = fixture.signedIn("fien@stevig.test").get(offerPage).body();
        assertTrue(fien.contains("Gepauzeerde kookavond"), "her own organisation's request");
        assertFalse(fien.contains("Gesloten klusdag"));
        String mo = manager.get(offerPage).body();
        assertTrue(mo.contains("Open kookavond") && mo.contains("Gepauzeerde kookavond") && mo.contains("Gesloten klusdag"));
    }

    private static void assertNoProposals(Browser.Page page, String notice, String notShown) {
        assertEquals(200, page.status());
        assertTrue(page.body().contains(notice), page.body());
        assertFalse(page.body().contains(notShown));
        assertFalse(page.body().contains("action=\"/goodbusy/matches\""));
    }

    private static void assertOrder(String text, String... titles) {
        int last = -1;
        for (String title : titles) {
            int at = text.indexOf(title);
            assertTrue(at > last, title + " after the one before it in: " + text);
            last = at;
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
