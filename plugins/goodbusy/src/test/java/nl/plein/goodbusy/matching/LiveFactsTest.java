package nl.plein.goodbusy.matching;

import static nl.plein.goodbusy.matching.MatchingWorld.offer;
import static nl.plein.goodbusy.matching.MatchingWorld.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.TestPlein;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;
import org.junit.jupiter.api.Test;

/**
 * The suggestions pages rank from copies of the open items held in memory ({@link LiveFacts}); every change to the
 * items shows on the next view, also when another instance on the same database made it: a new offer, a paused one, a
 * changed group, a request posted, and an organisation's supervision capacity.
 */
@OnBothDatabases
class LiveFactsTest {

    @Test
    void changesMadeOnAnotherInstanceShowOnTheNextView() {
        try (TestPlein first = TestPlein.with().thisPlugin().start();
             TestPlein second = TestPlein.with().thisPlugin().sameDatabaseAs(first).start()) {
            GoodBusyFixture here = new GoodBusyFixture(first);
            GoodBusyFixture there = new GoodBusyFixture(second);
            String organisation = here.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht",
                    here.person("anna@linde.test", "Anna Coördinator"));
            String company = here.company("Bouwbedrijf Stevig", here.person("cees@stevig.test", "Cees MVO"));
            HelpRequest request = here.request(organisation, request("Tuindag"));
            Offer teamDay = here.offer(company, offer("Teamdag Stevig"));
            Browser anna = here.signedIn("anna@linde.test");
            Browser cees = here.signedIn("cees@stevig.test");
            String requestPage = "/goodbusy/requests/" + request.id() + "/suggestions";
            assertTrue(suggested(anna, requestPage, "Teamdag Stevig"));

            Offer newTeam = there.offer(company, offer("Nieuwe ploeg"));
            assertTrue(suggested(anna, requestPage, "Nieuwe ploeg"), "a new offer");
            there.offers().setStatus(teamDay.id(), ItemStatus.PAUSED);
            assertFalse(suggested(anna, requestPage, "Teamdag Stevig"), "a paused offer");
            // The request asks 6 to 10 people: a group of 4 is too small.
            there.offers().update(newTeam.id(), MatchingWorld.withGroup(offer("Nieuwe ploeg"), 4));
            assertFalse(suggested(anna, requestPage, "Nieuwe ploeg"), "an offer whose group changed");

            there.offers().update(newTeam.id(), offer("Nieuwe ploeg"));
            String offerPage = "/goodbusy/offers/" + newTeam.id() + "/suggestions";
            there.request(organisation, request("Schilderdag"));
            assertTrue(suggested(cees, offerPage, "Schilderdag"), "a new request");
            // An organisation that guides 4 at once cannot take the minimum of 6 on any day.
            there.profiles().saveOrganisation(organisation, "Missie", "buurtbewoners", "Utrecht", "Utrecht", 4);
            assertFalse(suggested(cees, offerPage, "Schilderdag"), "a supervision capacity below the minimum");
            there.profiles().saveOrganisation(organisation, "Missie", "buurtbewoners", "Utrecht", "Utrecht", 12);
            assertTrue(suggested(cees, offerPage, "Schilderdag"));
        }
    }

    /** Whether the title heads a suggestion card (a card's heading links to the item). */
    private static boolean suggested(Browser browser, String path, String title) {
        Browser.Page page = browser.get(path);
        assertEquals(200, page.status());
        return page.body().contains("\">" + title + "</a></h3>");
    }
}
