package nl.plein.goodbusy.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.plein.api.Role;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;
import nl.plein.goodbusy.impact.DealRows;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.RequestDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Good Busy in the menu, on the home page and in the platform search: open requests only, never offers, found by
 * their own title and description in one bounded statement.
 */
@OnBothDatabases
class HomeAndSearchTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();

    final GoodBusyFixture fixture = new GoodBusyFixture(plein);
    final DealRows rows = new DealRows(plein);

    @Test
    void homeShowsTheNewestOpenRequestsToEveryoneAndACoordinatorTheProposalsWaitingForTheirAnswer() {
        String olga = fixture.person("olga@linde.test", "Olga Ontvanger");
        String linde = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht", olga);
        String cora = fixture.person("cora@rekenhuis.test", "Cora Coördinator");
        String rekenhuis = fixture.company("Rekenhuis", cora);
        fixture.join(rekenhuis, fixture.person("ann@rekenhuis.test", "Ann Aanpakker"), "member");
        HelpRequest oldest = fixture.request(linde, GoodBusyFixture.requestDraft("Oudste vraag"));
        plein.clock().advance(Duration.ofMinutes(1));
        HelpRequest second = fixture.request(linde, GoodBusyFixture.requestDraft("Tweede vraag"));
        plein.clock().advance(Duration.ofMinutes(1));
        HelpRequest third = fixture.request(linde, GoodBusyFixture.requestDraft("Derde vraag"));
        plein.clock().advance(Duration.ofMinutes(1));
        HelpRequest fourth = fixture.request(linde, GoodBusyFixture.requestDraft("Vierde vraag"));
        plein.clock().advance(Duration.ofMinutes(1));
        HelpRequest paused = fixture.request(linde, GoodBusyFixture.requestDraft("Gepauzeerde vraag"));
        fixture.requests().setStatus(paused.id(), ItemStatus.PAUSED);
        HelpRequest closed = fixture.request(linde, GoodBusyFixture.requestDraft("Gesloten vraag"));
        fixture.requests().setStatus(closed.id(), ItemStatus.CLOSED);
        fixture.request(linde, dates(GoodBusyFixture.requestDraft("Verlopen vraag"), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1)));

        String home = plein.browser().get("/").body();
        assertTrue(home.contains("<a href=\"/goodbusy\">Good Busy</a>"), "menu entry and block heading");
        assertTrue(home.contains("href=\"/goodbusy/requests/" + fourth.id() + "\">Vierde vraag</a>"));
        assertTrue(home.indexOf("Vierde vraag") < home.indexOf("Derde vraag")
                && home.indexOf("Derde vraag") < home.indexOf("Tweede vraag"), "newest first");
        assertFalse(home.contains(oldest.title()), "three at most");
        assertFalse(home.contains("Gepauzeerde vraag") || home.contains("Gesloten vraag"), "open requests only");
        assertFalse(home.contains("Verlopen vraag"), "dates passed");
        assertTrue(home.contains("Buurthuis De Linde · Utrecht · vanaf 9 maart 2026"));
        assertTrue(home.contains("href=\"/goodbusy/requests\">Alle hulpvragen</a>"));
        assertFalse(home.contains("wacht op je antwoord") || home.contains("wachten op je antwoord"));

        Offer teamDay = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Teamdag"));
        Offer monthly = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Maanddienst"));
        Offer cooking = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Kookteam"));
        rows.match(second, teamDay, MatchStatus.PROPOSED);
        rows.match(third, teamDay, MatchStatus.PROPOSED);
        rows.match(fourth, teamDay, MatchStatus.ACCEPTED);
        rows.match(fourth, monthly, MatchStatus.PROPOSED, Side.ORGANISATION, plein.clock().instant(), null);
        rows.match(third, cooking, MatchStatus.DECLINED);

        assertTrue(fixture.signedIn("olga@linde.test").get("/").body().contains(
                "<a href=\"/goodbusy/matches\">2 voorstellen wachten op je antwoord</a>"), "the company's two proposals");
        assertTrue(fixture.signedIn("cora@rekenhuis.test").get("/").body().contains(
                "<a href=\"/goodbusy/matches\">1 voorstel wacht op je antwoord</a>"), "De Linde's proposal");
        assertFalse(fixture.signedIn("ann@rekenhuis.test").get("/").body().contains("op je antwoord"),
                "an employee answers nothing");
        fixture.person("lid@plein.test", "Lid");
        String member = fixture.signedIn("lid@plein.test").get("/").body();
        assertTrue(member.contains("Vierde vraag") && !member.contains("op je antwoord"));
    }

    /**
     * The broker page is found from the menu and from the start page, by brokers, community managers (whose role
     * carries the broker's permission too) and administrators (who hold every permission): once each.
     */
    @Test
    void brokersAndManagersFindTheBrokerPageOthersDoNot() {
        String menuEntry = "<a href=\"/goodbusy/broker\">Good Busy-makelaar</a>";
        String startLink = "<a href=\"/goodbusy/broker\">Bekijk de matches in je regio</a>";
        String olga = fixture.person("olga@linde.test", "Olga Ontvanger");
        fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht", olga);
        fixture.person("lid@plein.test", "Lid");
        Browser broker = fixture.withRole("makelaar@vc.test", "Makelaar", GoodBusyFixture.BROKER_ROLE);
        Browser manager = fixture.withRole("manager@plein.test", "Manager", GoodBusyFixture.MANAGER_ROLE);
        Browser administrator = fixture.withRole("ada@plein.test", "Ada Beheer", Role.ADMINISTRATOR);

        for (Browser finds : List.of(broker, manager, administrator)) {
            String start = finds.get("/goodbusy").body();
            assertTrue(start.contains(startLink), start);
            assertTrue(start.contains("<h2 id=\"broker-title\">Matches volgen</h2>"));
            assertEquals(200, finds.get("/goodbusy/broker").status());
        }
        assertEquals(1, count(broker.get("/").body(), menuEntry), "the broker's menu entry");
        assertEquals(1, count(administrator.get("/").body(), menuEntry), "once, though administrators hold MANAGE too");
        assertEquals(1, count(manager.get("/").body(), menuEntry), "the manager's menu entry");
        assertTrue(broker.get("/goodbusy/broker").body().contains(
                "<a href=\"/goodbusy/broker\" aria-current=\"page\">Good Busy-makelaar</a>"), "marked on the page itself");

        for (Browser other : List.of(plein.browser(), fixture.signedIn("olga@linde.test"),
                fixture.signedIn("lid@plein.test"))) {
            assertFalse(other.get("/").body().contains("/goodbusy/broker"));
            String start = other.get("/goodbusy").body();
            assertFalse(start.contains("/goodbusy/broker") || start.contains("broker-title"), start);
        }
        assertTrue(plein.browser().get("/").body().contains("<a href=\"/goodbusy\">Good Busy</a>"));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void searchFindsOpenRequestsByTitleAndDescriptionButNeverPausedClosedOrOffers() {
        String olga = fixture.person("olga@linde.test", "Olga Ontvanger");
        String linde = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht", olga);
        String other = fixture.socialOrganisation("Sportclub Vlietzicht", "Arnhem", "Gelderland",
                fixture.person("sam@sport.test", "Sam Sport"));
        String rekenhuis = fixture.company("Rekenhuis", fixture.person("cora@rekenhuis.test", "Cora"));
        HelpRequest garden = fixture.request(linde, GoodBusyFixture.requestDraft("Tuindag"));
        HelpRequest paused = fixture.request(linde, GoodBusyFixture.requestDraft("Tuinklus gepauzeerd"));
        fixture.requests().setStatus(paused.id(), ItemStatus.PAUSED);
        HelpRequest closed = fixture.request(linde, GoodBusyFixture.requestDraft("Tuinklus gesloten"));
        fixture.requests().setStatus(closed.id(), ItemStatus.CLOSED);
        fixture.request(linde, dates(GoodBusyFixture.requestDraft("Tuinklus voorbij"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 1)));
        HelpRequest sport = fixture.request(other, GoodBusyFixture.requestDraft("Sportdag"));
        fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Tuindag geheim aanbod"));

        String byTitle = plein.browser().get("/search?q=TUINDAG").body();
        assertTrue(byTitle.contains("href=\"/goodbusy/requests/" + garden.id() + "\">Tuindag</a>"), byTitle);
        assertTrue(byTitle.contains("Buurthuis De Linde · Utrecht · Ouderen · 9 maart 2026 – 8 april 2026 — Wij zoeken "
                + "handen voor Tuindag."), "organisation, place, cause, dates and the description");
        assertFalse(byTitle.contains("geheim aanbod"), "offers never appear, not even their titles");

        String byDescription = plein.browser().get("/search?q=handen+voor+sport").body();
        assertTrue(byDescription.contains("href=\"/goodbusy/requests/" + sport.id() + "\">Sportdag</a>"));
        assertTrue(byDescription.contains("Sportclub Vlietzicht · Utrecht · Ouderen"), "the organisation's name in the snippet");
        assertFalse(byDescription.contains(">Tuindag</a>"));

        // Core cannot look organisations up by name, so a name only finds requests that mention it themselves.
        assertFalse(plein.browser().get("/search?q=de+linde").body().contains("/goodbusy/requests/"));
        HelpRequest mentions = fixture.request(other, GoodBusyFixture.requestDraft("Clubhuis Vlietzicht schilderen"));
        String byName = plein.browser().get("/search?q=vlietzicht").body();
        assertTrue(byName.contains("/goodbusy/requests/" + mentions.id()));
        assertFalse(byName.contains("/goodbusy/requests/" + sport.id()), "not by the organisation's name alone");

        for (Browser visitor : List.of(plein.browser(), fixture.signedIn("olga@linde.test"),
                fixture.signedIn("cora@rekenhuis.test"))) {
            String tuin = visitor.get("/search?q=tuin").body();
            assertTrue(tuin.contains(">Tuindag</a>"));
            assertFalse(tuin.contains("gepauzeerd"), "paused requests stay out, also for their coordinator");
            assertFalse(tuin.contains("gesloten"));
            assertFalse(tuin.contains("voorbij"), "dates passed");
            assertFalse(tuin.contains("geheim aanbod"), "offers stay out, also for signed-in people");
        }
        assertFalse(plein.browser().get("/search?q=%25").body().contains("/goodbusy/requests/"),
                "wildcards are taken literally");
        assertFalse(plein.browser().get("/search?q=_").body().contains("/goodbusy/requests/"));
    }

    @Test
    void theSearchStatementIsBoundedAndReturnsTheNewestMatches() {
        String linde = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht",
                fixture.person("olga@linde.test", "Olga Ontvanger"));
        for (int i = 1; i <= 4; i++) {
            fixture.request(linde, GoodBusyFixture.requestDraft("Klusdag " + i));
            plein.clock().advance(Duration.ofMinutes(1));
        }
        fixture.request(linde, GoodBusyFixture.requestDraft("Voorleesochtend"));
        OpenRequests openRequests = new OpenRequests(plein.jdbi());
        List<String> found = openRequests.search("KLUS", GoodBusyFixture.TODAY, 3).stream()
                .map(OpenRequests.OpenRequest::title).toList();
        assertEquals(List.of("Klusdag 4", "Klusdag 3", "Klusdag 2"), found, "newest first, at most the limit");
        assertEquals(List.of(), openRequests.search("100%", GoodBusyFixture.TODAY, 3));
    }

    private static RequestDraft dates(RequestDraft d, LocalDate from, LocalDate until) {
        return new RequestDraft(d.title(), d.description(), d.form(), d.cause(), d.skills(), d.minGroup(),
                d.maxGroup(), d.dateKind(), from, until, d.recurrence(), d.remote(), d.municipality(), d.province(),
                d.vogRequired(), d.accessibility());
    }
}
