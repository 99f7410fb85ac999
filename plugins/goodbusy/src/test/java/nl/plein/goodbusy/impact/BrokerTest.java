package nl.plein.goodbusy.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.plein.core.organisation.OrganisationForm;
import nl.plein.core.organisation.OrganisationKind;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.RequestDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The broker's view of what is stuck in their provinces (nothing answered within the answer days, five by default)
 * and the reminder that goes to the coordinators of the side that has to act, once a day.
 */
class BrokerTest {

    private static final String BASE_URL = "http://plein.goodbusy.test";
    private static final String SUBJECT = "Een herinnering over een Good Busy-match";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL)
            .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));

    final Mailbox mailbox = new Mailbox(greenMail);
    GoodBusyFixture fixture;
    DealRows rows;
    String linde;
    String rekenhuis;
    String unanswered;
    String fresh;
    String withoutAgreement;
    String hoursPending;
    String inGelderland;
    String declined;
    HelpRequest reading;

    /**
     * Buurthuis De Linde (Utrecht; coordinators Olga and Otto, member Mia) and Voedselbank Oost (Gelderland, Vera);
     * Rekenhuis (coordinator Cora, employee Ann). In Utrecht: a proposal unanswered for six days, one of two days, an
     * accepted match whose agreement only De Linde confirmed (seven days), an agreed match with hours pending for six
     * days, and a reading request whose only proposal was declined. In Gelderland a proposal unanswered for ten days.
     */
    @BeforeEach
    void world() {
        fixture = new GoodBusyFixture(plein);
        rows = new DealRows(plein);
        String olga = fixture.person("olga@linde.test", "Olga Ontvanger");
        linde = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht", olga);
        fixture.join(linde, fixture.person("otto@linde.test", "Otto Ook"), "admin");
        fixture.join(linde, fixture.person("mia@linde.test", "Mia Medewerker"), "member");
        String voedselbank = fixture.socialOrganisation("Voedselbank Oost", "Arnhem", "Gelderland",
                fixture.person("vera@voedselbank.test", "Vera Voorraad"));
        rekenhuis = fixture.company("Rekenhuis", fixture.person("cora@rekenhuis.test", "Cora Coördinator"));
        String ann = fixture.person("ann@rekenhuis.test", "Ann Aanpakker");
        fixture.join(rekenhuis, ann, "member");

        HelpRequest garden = fixture.request(linde, GoodBusyFixture.requestDraft("Tuindag"));
        reading = fixture.request(linde, GoodBusyFixture.requestDraft("Voorleesochtend"));
        fixture.request(linde, GoodBusyFixture.requestDraft("Kerstmarkt"));
        HelpRequest parcels = fixture.request(voedselbank, ImpactWorld.draft("Pakketten", "poverty", "Arnhem",
                "Gelderland"));
        Offer a = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Teamdag"));
        Offer b = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Maanddienst"));
        Offer c = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Klusteam"));
        Offer d = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Kookteam"));

        Instant now = plein.clock().instant();
        unanswered = rows.match(garden, a, MatchStatus.PROPOSED, Side.COMPANY, daysAgo(6), null);
        fresh = rows.match(garden, b, MatchStatus.PROPOSED, Side.COMPANY, daysAgo(2), null);
        withoutAgreement = rows.match(garden, c, MatchStatus.ACCEPTED, Side.ORGANISATION, daysAgo(9), daysAgo(7));
        rows.agreement(withoutAgreement, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), daysAgo(6), null);
        hoursPending = rows.match(garden, d, MatchStatus.AGREED, Side.ORGANISATION, daysAgo(30), daysAgo(28));
        rows.agreement(hoursPending, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 20));
        rows.hours(hoursPending, ann, LocalDate.of(2026, 2, 20), 180, "pending", daysAgo(6));
        rows.hours(hoursPending, ann, LocalDate.of(2026, 2, 21), 60, "approved", daysAgo(6));
        declined = rows.match(reading, a, MatchStatus.DECLINED, Side.COMPANY, daysAgo(20), daysAgo(19));
        inGelderland = rows.match(parcels, a, MatchStatus.PROPOSED, Side.COMPANY, daysAgo(10), null);
        rows.match(fixture.requests().find(reading.id()).orElseThrow(), b, MatchStatus.EXPIRED, Side.COMPANY,
                daysAgo(30), null);
        assertTrue(now.isAfter(daysAgo(1)));
    }

    @Test
    void brokerSeesWhatIsStuckInTheirProvincesByWhatItWaitsOnAndManagersSeeTheCountry() {
        Browser utrecht = broker("utrecht@vc.test", "Utrecht");
        Browser.Page page = utrecht.get("/goodbusy/broker");
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains("Je regio: Utrecht."));
        String proposals = section(html, "unanswered-title");
        assertTrue(proposals.contains("Voorstellen zonder antwoord (1)"));
        assertTrue(proposals.contains("/goodbusy/matches/" + unanswered + "\""));
        assertTrue(proposals.contains("Aan zet: Maatschappelijke organisatie"), "the company proposed");
        assertTrue(proposals.contains("6 dagen"));
        assertFalse(html.contains(fresh), "two days is not stuck yet");
        String agreement = section(html, "agreement-title");
        assertTrue(agreement.contains("/goodbusy/matches/" + withoutAgreement + "\""));
        assertTrue(agreement.contains("Aan zet: Bedrijf"), "De Linde confirmed, the company did not");
        String hours = section(html, "hours-title");
        assertTrue(hours.contains("/goodbusy/matches/" + hoursPending + "\""));
        assertTrue(hours.contains("1 urenregistratie"), "the approved entry does not wait");
        assertTrue(hours.contains("Aan zet: Maatschappelijke organisatie"));
        String silent = section(html, "silent-title");
        assertTrue(silent.contains(">Voorleesochtend</a>"), "its only proposals were declined and expired");
        assertTrue(silent.contains(">Kerstmarkt</a>"), "nobody proposed");
        assertFalse(silent.contains(">Tuindag</a>"), "has live proposals");
        assertTrue(silent.contains("/goodbusy/requests/" + reading.id() + "/suggestions"));
        assertFalse(html.contains(inGelderland), "another province");
        assertFalse(html.contains("Pakketten"));
        assertFalse(html.contains(declined), "ended matches are not stuck");

        String gelderland = broker("gelderland@vc.test", "Gelderland").get("/goodbusy/broker").body();
        assertTrue(gelderland.contains(inGelderland));
        assertFalse(gelderland.contains(unanswered));

        String manager = fixture.withRole("manager@plein.test", "Manager", GoodBusyFixture.MANAGER_ROLE)
                .get("/goodbusy/broker").body();
        assertTrue(manager.contains("Als communitymanager zie je alle provincies."));
        assertTrue(manager.contains(inGelderland) && manager.contains(unanswered));
        assertTrue(section(manager, "unanswered-title").contains("Voorstellen zonder antwoord (2)"));

        Browser nowhere = fixture.withRole("los@plein.test", "Losse Makelaar", GoodBusyFixture.BROKER_ROLE);
        String none = nowhere.get("/goodbusy/broker").body();
        assertTrue(none.contains("je hebt nog geen regio"));
        assertFalse(none.contains(unanswered) || none.contains(inGelderland));
    }

    /**
     * Remote requests may be stored without a province. They belong to no broker's region: not to a broker who has
     * no region at all (who is shown nothing), nor to one who has; the community manager still sees them.
     */
    @Test
    void requestsWithoutAProvinceAreInNoBrokersRegionAndABrokerWithoutARegionSeesNothing() {
        String onlineId = fixture.socialOrganisation("Taalhuis Online", "Utrecht", "Utrecht",
                fixture.person("tom@taalhuis.test", "Tom Taal"));
        HelpRequest online = fixture.request(onlineId, remote("Remote zonder provincie"));
        fixture.request(onlineId, remote("Stille vraag zonder provincie"));
        assertEquals("", fixture.requests().find(online.id()).orElseThrow().province());
        Offer lessons = fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Taallessen"));
        String remoteMatch = rows.match(online, lessons, MatchStatus.PROPOSED, Side.COMPANY, daysAgo(6), null);

        Browser nowhere = fixture.withRole("los@plein.test", "Losse Makelaar", GoodBusyFixture.BROKER_ROLE);
        Browser.Page page = nowhere.get("/goodbusy/broker");
        assertEquals(200, page.status());
        String none = page.body();
        assertTrue(none.contains("je hebt nog geen regio"));
        assertTrue(section(none, "unanswered-title").contains("Voorstellen zonder antwoord (0)"), none);
        assertTrue(section(none, "silent-title").contains("Open hulpvragen zonder voorstel (0)"));
        assertFalse(none.contains("zonder provincie") || none.contains(remoteMatch));
        assertFalse(none.contains(unanswered) || none.contains(inGelderland) || none.contains("Kerstmarkt"));
        assertEquals(403, nowhere.post("/goodbusy/broker/matches/" + remoteMatch + "/nudge", Map.of()).status(),
                "the page and the nudge agree");

        String utrecht = broker("utrecht@vc.test", "Utrecht").get("/goodbusy/broker").body();
        assertTrue(utrecht.contains(unanswered) && utrecht.contains(">Kerstmarkt</a>"));
        assertFalse(utrecht.contains("zonder provincie") || utrecht.contains(remoteMatch),
                "a request without a province is not in Utrecht either");

        String manager = fixture.withRole("manager@plein.test", "Manager", GoodBusyFixture.MANAGER_ROLE)
                .get("/goodbusy/broker").body();
        assertTrue(section(manager, "unanswered-title").contains("/goodbusy/matches/" + remoteMatch + "\""));
        assertTrue(section(manager, "silent-title").contains(">Stille vraag zonder provincie</a>"));
    }

    @Test
    void aNudgeMailsTheCoordinatorsOfTheSideToActAtMostOnceADay() {
        Browser utrecht = broker("utrecht@vc.test", "Utrecht");
        Browser.Page nudged = utrecht.post("/goodbusy/broker/matches/" + unanswered + "/nudge", Map.of());
        assertEquals(303, nudged.status());
        assertEquals("/goodbusy/broker?nudge=sent", nudged.location());
        assertTrue(utrecht.get(nudged.location()).body().contains("De herinnering is verstuurd"));
        assertEquals(303, utrecht.post("/goodbusy/broker/matches/" + unanswered + "/nudge", Map.of()).status());
        plein.platform().sendMail();

        assertEquals(1, mailbox.to("olga@linde.test").size(), "twice on one day: one mail");
        assertEquals(1, mailbox.to("otto@linde.test").size(), "every coordinator of the side");
        assertEquals(0, mailbox.to("mia@linde.test").size(), "not a member who does not coordinate");
        assertEquals(0, mailbox.to("cora@rekenhuis.test").size(), "the company proposed: nothing to do for it");
        Mailbox.Mail mail = mailbox.last("olga@linde.test");
        assertEquals(SUBJECT, mail.subject());
        assertTrue(mail.text().contains("Makelaar Utrecht van de vrijwilligerscentrale vraagt je aandacht voor de match "
                + "„Tuindag” tussen Buurthuis De Linde en Rekenhuis."), mail.text());
        assertTrue(mail.text().contains("Er ligt een voorstel dat op jullie antwoord wacht."));
        assertEquals(BASE_URL + "/goodbusy/matches/" + unanswered, mail.link());

        plein.clock().advance(Duration.ofDays(1));
        utrecht = fixture.signedIn("utrecht@vc.test");
        assertEquals(303, utrecht.post("/goodbusy/broker/matches/" + unanswered + "/nudge", Map.of()).status());
        plein.platform().sendMail();
        assertEquals(2, mailbox.to("olga@linde.test").size(), "the next day, again");

        assertEquals(303, utrecht.post("/goodbusy/broker/matches/" + withoutAgreement + "/nudge", Map.of()).status());
        assertEquals(303, utrecht.post("/goodbusy/broker/matches/" + hoursPending + "/nudge", Map.of()).status());
        plein.platform().sendMail();
        Mailbox.Mail company = mailbox.last("cora@rekenhuis.test");
        assertTrue(company.text().contains("De afspraak is nog niet door beide kanten bevestigd."));
        assertEquals(0, mailbox.to("ann@rekenhuis.test").size(), "employees are not mailed about the company's matches");
        assertEquals(3, mailbox.to("olga@linde.test").size(), "the hours are De Linde's to approve");
        assertTrue(mailbox.last("olga@linde.test").text().contains("Er staan uren van medewerkers klaar"));

        Browser.Page nothing = utrecht.post("/goodbusy/broker/matches/" + declined + "/nudge", Map.of());
        assertEquals("/goodbusy/broker?nudge=nothing", nothing.location());
        assertTrue(utrecht.get(nothing.location()).body().contains("Bij deze match is niemand meer aan zet"));
    }

    @Test
    void onlyBrokersOfTheRegionAndCommunityManagersSeeAndNudge() {
        Browser.Page anonymous = fixture.anonymous().get("/goodbusy/broker");
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/login"));
        assertEquals(403, fixture.anonymous().post("/goodbusy/broker/matches/" + unanswered + "/nudge", Map.of())
                .status());
        Browser member = fixture.signedIn("mia@linde.test");
        Browser coordinator = fixture.signedIn("olga@linde.test");
        Browser employee = fixture.signedIn("ann@rekenhuis.test");
        for (Browser refused : new Browser[] {member, coordinator, employee}) {
            assertEquals(403, refused.get("/goodbusy/broker").status());
            assertEquals(403, refused.post("/goodbusy/broker/matches/" + unanswered + "/nudge", Map.of()).status());
        }
        Browser gelderland = broker("gelderland@vc.test", "Gelderland");
        assertEquals(200, gelderland.get("/goodbusy/broker").status());
        assertEquals(403, gelderland.post("/goodbusy/broker/matches/" + unanswered + "/nudge", Map.of()).status(),
                "a match outside the broker's provinces");
        assertEquals(404, gelderland.post("/goodbusy/broker/matches/00000000-0000-0000-0000-000000000000/nudge",
                Map.of()).status());
        assertEquals(404, gelderland.post("/goodbusy/broker/matches/x/nudge", Map.of()).status());
        Browser manager = fixture.withRole("manager@plein.test", "Manager", GoodBusyFixture.MANAGER_ROLE);
        assertEquals(303, manager.post("/goodbusy/broker/matches/" + unanswered + "/nudge", Map.of()).status());
        assertEquals(403, broker("utrecht@vc.test", "Utrecht").postRaw(
                "/goodbusy/broker/matches/" + unanswered + "/nudge", Map.of()).status(), "without a CSRF token");
        plein.platform().sendMail();
        assertEquals(1, mailbox.to("olga@linde.test").size());
    }

    /** A broker who belongs to a volunteer centre in the province. */
    private Browser broker(String email, String province) {
        String head = fixture.person("hoofd-" + email, "Hoofd " + province);
        String centre = fixture.organisations().create(new OrganisationForm("Vrijwilligerscentrale " + province,
                OrganisationKind.VOLUNTEER_CENTRE, province, province, "", ""), head).id();
        Browser browser = fixture.withRole(email, "Makelaar " + province, GoodBusyFixture.BROKER_ROLE);
        fixture.join(centre, fixture.personId(email), "member");
        return browser;
    }

    /** A remote request whose province was left empty, as the request form stores it. */
    private static RequestDraft remote(String title) {
        RequestDraft d = GoodBusyFixture.requestDraft(title);
        return new RequestDraft(d.title(), d.description(), d.form(), d.cause(), d.skills(), d.minGroup(), d.maxGroup(),
                d.dateKind(), d.startsOn(), d.endsOn(), d.recurrence(), true, "", "", d.vogRequired(),
                d.accessibility());
    }

    private Instant daysAgo(int days) {
        return plein.clock().instant().minus(Duration.ofDays(days));
    }

    /** The part of the page from a section's heading to the next section. */
    private static String section(String html, String headingId) {
        int start = html.indexOf("id=\"" + headingId + "\"");
        assertTrue(start >= 0, "no section " + headingId);
        int end = html.indexOf("<section", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
