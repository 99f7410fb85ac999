package nl.plein.goodbusy.deal;

import static nl.plein.goodbusy.GoodBusyFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.request.RequestDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conversation, the agreement and the end of a match: every form checked on the server, a mistake shown beside
 * its field with what was typed kept; a VOG the request needs must be arranged before anyone confirms; a match is
 * done only when the work is over; each side evaluates once.
 */
class AgreementTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = DealScene.plein(greenMail);

    @Test
    void theAgreementFormIsCheckedOnTheServer() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        scene.accept(id);
        String stranger = scene.fixture.person("vreemde@plein.test", "Vera Vreemd");

        assertError(scene, id, Map.of("what", ""), "Zeg wat er is afgesproken.");
        assertError(scene, id, Map.of("what", "x".repeat(5000)), "Gebruik hooguit 4.000 tekens.");
        assertError(scene, id, Map.of("startsOn", TODAY.minusDays(1).toString()), "De begindatum is vandaag of later");
        assertError(scene, id, Map.of("startsOn", "2029-01-01", "endsOn", "2029-02-01"),
                "De begindatum is vandaag of later, en hooguit twee jaar vooruit.");
        assertError(scene, id, Map.of("endsOn", "2026-03-08"), "De einddatum valt op of na de begindatum");
        assertError(scene, id, Map.of("endsOn", "2028-03-10"), "De einddatum valt op of na de begindatum");
        assertError(scene, id, Map.of("endsOn", "morgen"), "Vul een datum in zoals 2026-03-16.");
        String notOurs = "Kies iemand die bij deze organisatie hoort.";
        assertError(scene, id, Map.of("organisationContact", stranger), notOurs);
        assertError(scene, id, Map.of("organisationContact", scene.bramId), notOurs);
        assertError(scene, id, Map.of("organisationContact", "x".repeat(36)), notOurs);
        assertError(scene, id, Map.of("organisationContact", ""), "Kies een contactpersoon.");
        Browser.Page wrongCompanyContact = scene.bram.post("/goodbusy/matches/" + id + "/agreement",
                scene.agreement(Map.of("companyContact", scene.ilseId)));
        assertEquals(422, wrongCompanyContact.status());
        assertTrue(wrongCompanyContact.body().contains("Choose someone who belongs to this organisation."));
        Browser.Page kept = scene.ilse.post("/goodbusy/matches/" + id + "/agreement",
                scene.agreement(Map.of("what", "", "briefing", "Neem laarzen mee.")));
        assertTrue(kept.body().contains("Neem laarzen mee.") && kept.body().contains("value=\"" + scene.ilseId
                + "\" selected") && kept.body().contains("name=\"vogArranged\" value=\"yes\" checked"),
                "what was typed, chosen and ticked is kept");
        assertEquals(0, scene.count("SELECT COUNT(*) FROM goodbusy_agreements"));

        assertEquals(403, scene.employee("eva@stevig.test", "Eva").post("/goodbusy/matches/" + id + "/agreement",
                scene.agreement(Map.of())).status());
        scene.writeAgreement(id, scene.bram);
        // Bram chose the company's contact; Ilse adds hers: a change.
        scene.writeAgreement(id, scene.ilse);
        assertEquals(2, scene.revision(id));
        Browser.Page same = scene.ilse.post("/goodbusy/matches/" + id + "/agreement", scene.agreement(Map.of()));
        assertEquals(303, same.status());
        assertTrue(same.location().contains("notice=agreement-unchanged"));
        assertEquals(2, scene.revision(id), "saving the same text is not a change");

        scene.confirm(id, scene.ilse, "organisation");
        Browser.Page twice = scene.ilse.post("/goodbusy/matches/" + id + "/confirm",
                Map.of("side", "organisation", "revision", "2"));
        assertEquals(303, twice.status());
        assertTrue(twice.location().contains("notice=already-confirmed"));
        assertEquals(409, scene.bram.post("/goodbusy/matches/" + id + "/confirm",
                Map.of("side", "company", "revision", "many")).status());
        assertEquals(403, plein.signedInMember().post("/goodbusy/matches/" + id + "/confirm",
                Map.of("side", "company", "revision", "2")).status());
        // Bram cannot confirm for the organisation: he speaks for his own side only.
        scene.confirm(id, scene.bram, "organisation");
        assertEquals("agreed", scene.status(id));
        assertEquals(scene.bramId, scene.single("SELECT company_confirmed_by FROM goodbusy_agreements"));
        assertEquals(409, scene.ilse.post("/goodbusy/matches/" + id + "/agreement",
                scene.agreement(Map.of("what", "Toch anders"))).status(), "an agreed text stays as agreed");
    }

    @Test
    void eachSideChoosesOnlyItsOwnContactPersonAndNeverSeesTheOtherSidesPeople() {
        DealScene scene = new DealScene(plein);
        String vince = scene.fixture.person("vince@linde.test", "Vince Vrijwilliger");
        scene.fixture.join(scene.organisationId, vince, "member");
        scene.employee("eva@stevig.test", "Eva Timmer");
        String eva = scene.fixture.personId("eva@stevig.test");
        String id = scene.propose();
        scene.accept(id);
        String path = "/goodbusy/matches/" + id;

        Browser.Page ilsePage = scene.ilse.get(path);
        assertTrue(ilsePage.body().contains("id=\"f-organisationContact\"")
                && ilsePage.body().contains("value=\"" + vince + "\""), "her own people to choose from");
        assertFalse(ilsePage.body().contains("f-companyContact"), "not the company's choice");
        assertFalse(ilsePage.body().contains(eva) || ilsePage.body().contains("Eva Timmer"),
                "nor the company's staff list");
        assertTrue(ilsePage.body().contains("Bouwbedrijf Stevig kiest zelf een contactpersoon."), ilsePage.body());
        Browser.Page bramPage = scene.bram.get(path);
        assertTrue(bramPage.body().contains("id=\"f-companyContact\"") && bramPage.body().contains("value=\"" + eva
                + "\""));
        assertFalse(bramPage.body().contains("f-organisationContact"));
        assertFalse(bramPage.body().contains(vince) || bramPage.body().contains("Vince Vrijwilliger"),
                "nor the organisation's members");

        // Ilse writes it; what she sends for the company's contact is not hers to choose and is left alone.
        assertEquals(303, scene.ilse.post(path + "/agreement", scene.agreement(Map.of("organisationContact", vince,
                "companyContact", scene.ilseId))).status());
        assertEquals(vince, scene.single("SELECT organisation_contact_id FROM goodbusy_agreements"));
        assertNull(scene.single("SELECT company_contact_id FROM goodbusy_agreements"));
        assertTrue(scene.bram.get(path).body().contains("Bouwbedrijf Stevig has not chosen a contact person yet."));

        // Bram chooses Eva for the company; the organisation's contact stays Vince, whatever his form says.
        Browser.Page notHis = scene.bram.post(path + "/agreement", scene.agreement(Map.of("companyContact", vince)));
        assertEquals(422, notHis.status());
        assertTrue(notHis.body().contains("Choose someone who belongs to this organisation."), notHis.body());
        assertFalse(notHis.body().contains("value=\"" + vince + "\""), "not even on the page that explains it");
        assertEquals(303, scene.bram.post(path + "/agreement", scene.agreement(Map.of("companyContact", eva,
                "organisationContact", scene.bramId))).status());
        assertEquals(vince, scene.single("SELECT organisation_contact_id FROM goodbusy_agreements"));
        assertEquals(eva, scene.single("SELECT company_contact_id FROM goodbusy_agreements"));
        assertEquals(2, scene.revision(id));

        ilsePage = scene.ilse.get(path);
        assertTrue(ilsePage.body().contains("Nu: Eva Timmer."), "the other side's choice, by name only");
        assertFalse(ilsePage.body().contains("value=\"" + eva + "\""), "and never as something to choose");
        Browser.Page same = scene.ilse.post(path + "/agreement", scene.agreement(Map.of("organisationContact", vince,
                "companyContact", "")));
        assertTrue(same.location().contains("notice=agreement-unchanged"), "Eva stays the company's contact");
        assertEquals(eva, scene.single("SELECT company_contact_id FROM goodbusy_agreements"));
    }

    @Test
    void aMessageSentBackForAMistakeKeepsTheSideItSpeaksFor() {
        DealScene scene = new DealScene(plein);
        scene.fixture.join(scene.companyId, scene.ilseId, "admin");
        String id = scene.propose();
        scene.accept(id);
        Browser.Page page = scene.ilse.post("/goodbusy/matches/" + id + "/messages",
                Map.of("side", "company", "body", ""));
        assertEquals(422, page.status());
        assertTrue(page.body().contains("<option value=\"company\" selected>"), page.body());
        assertFalse(page.body().contains("<option value=\"organisation\" selected>"));
        assertEquals(303, scene.ilse.post("/goodbusy/matches/" + id + "/messages",
                Map.of("side", "company", "body", "Namens Stevig.")).status());
        assertEquals("company", scene.single("SELECT side FROM goodbusy_messages"));
    }

    @Test
    void bothSidesConfirmingAtTheSameMomentAgreeOnce() throws Exception {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        scene.accept(id);
        scene.writeAgreement(id, scene.ilse);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Browser.Page> organisation = pool.submit(() -> scene.ilse.post("/goodbusy/matches/" + id + "/confirm",
                Map.of("side", "organisation", "revision", "1")));
        Future<Browser.Page> company = pool.submit(() -> scene.bram.post("/goodbusy/matches/" + id + "/confirm",
                Map.of("side", "company", "revision", "1")));
        List<String> notices = List.of(organisation.get().location(), company.get().location());
        pool.shutdown();
        assertEquals("agreed", scene.status(id), "whichever came second made it agreed");
        assertEquals(1, notices.stream().filter(l -> l.contains("notice=agreed")).count(), notices.toString());
        assertEquals(1, notices.stream().filter(l -> l.contains("notice=confirmed")).count(), notices.toString());
        assertEquals(1, scene.count("SELECT COUNT(*) FROM goodbusy_agreements WHERE organisation_confirmed_by IS NOT "
                + "NULL AND company_confirmed_by IS NOT NULL AND revision = 1"));
    }

    @Test
    void aRequestThatNeedsAVogIsConfirmedOnlyWithTheVogArranged() {
        RequestDraft vog = new RequestDraft("Voorlezen in het verpleeghuis", "Voorlezen aan bewoners.", "service-day",
                "elderly", List.of("hands-on", "cooking"), 6, 10, DateKind.PERIOD, TODAY.plusDays(7),
                TODAY.plusDays(37), "", false, "Utrecht", "Utrecht", true, "");
        DealScene scene = new DealScene(plein, vog, GoodBusyFixture.offerDraft("Teamdag Stevig"));
        String id = scene.propose();
        scene.accept(id);
        assertEquals(303, scene.ilse.post("/goodbusy/matches/" + id + "/agreement",
                scene.agreement(Map.of("vogArranged", ""))).status());
        Browser.Page refused = scene.bram.post("/goodbusy/matches/" + id + "/confirm",
                Map.of("side", "company", "revision", "1"));
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("certificate of conduct (VOG)"), refused.body());
        assertEquals(303, scene.bram.post("/goodbusy/matches/" + id + "/agreement", scene.agreement(Map.of()))
                .status());
        scene.confirm(id, scene.bram, "company");
        scene.confirm(id, scene.ilse, "organisation");
        assertEquals("agreed", scene.status(id));
    }

    @Test
    void messagesEvaluationsAndTheEnd() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        String path = "/goodbusy/matches/" + id;
        assertEquals(409, scene.ilse.post(path + "/messages", Map.of("body", "Hallo?")).status(),
                "no conversation before the proposal is accepted");
        scene.agree(id);

        Browser.Page empty = scene.ilse.post(path + "/messages", Map.of("body", "   "));
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("Schrijf een bericht."));
        assertEquals(422, scene.ilse.post(path + "/messages", Map.of("body", "x".repeat(4001))).status());
        assertEquals(303, scene.ilse.post(path + "/messages", Map.of("body", "Tot dinsdag!")).status(),
                "an agreed match can still be talked about");

        // Evaluating and thanking is for work that happened: not before the agreement's last day (20 March).
        Map<String, String> evaluation = Map.of("side", "organisation", "rating", "4", "wentWell", "",
                "toImprove", "", "thanks", "Dank!");
        Browser.Page tooEarly = scene.ilse.post(path + "/evaluation", evaluation);
        assertEquals(409, tooEarly.status());
        assertTrue(tooEarly.body().contains("Evalueren en bedanken kan als het werk klaar is"), tooEarly.body());
        assertFalse(scene.ilse.get(path).body().contains(path + "/evaluation\""), "no evaluation form yet");

        // Without shifts a match is done from the agreement's last day (20 March), not before.
        Browser.Page early = scene.ilse.post(path + "/done", Map.of());
        assertEquals(409, early.status());
        assertTrue(early.body().contains("Het werk is nog niet klaar"), early.body());
        plein.clock().advance(Duration.ofDays(18));
        scene.signInAgain();
        assertEquals(LocalDate.of(2026, 3, 20), LocalDate.ofInstant(plein.clock().instant(), Texts.AMSTERDAM));

        assertTrue(scene.ilse.get(path).body().contains(path + "/evaluation\""), "the work is over: evaluate");
        Browser.Page rating = scene.ilse.post(path + "/evaluation", Map.of("side", "organisation", "rating", "6",
                "wentWell", "", "toImprove", "", "thanks", "Dank!"));
        assertEquals(422, rating.status());
        assertTrue(rating.body().contains("Kies een waardering van 1 tot 5."));
        assertEquals(422, scene.ilse.post(path + "/evaluation", Map.of("side", "organisation", "rating", "x",
                "wentWell", "", "toImprove", "", "thanks", "Dank!")).status());
        Browser.Page noThanks = scene.ilse.post(path + "/evaluation", Map.of("side", "organisation", "rating", "4",
                "wentWell", "Fijn", "toImprove", "", "thanks", ""));
        assertEquals(422, noThanks.status());
        assertTrue(noThanks.body().contains("Schrijf een bedankje aan de andere kant.")
                && noThanks.body().contains("value=\"4\" checked"), noThanks.body());
        assertEquals(303, scene.ilse.post(path + "/evaluation", evaluation).status(), "from the last day on");

        assertEquals(303, scene.ilse.post(path + "/done", Map.of()).status());
        assertEquals("done", scene.status(id));
        assertEquals(409, scene.bram.post(path + "/done", Map.of()).status(), "done once");
        assertEquals(303, scene.bram.post(path + "/evaluation", Map.of("side", "company", "rating", "5",
                "wentWell", "", "toImprove", "", "thanks", "Top!")).status(), "evaluating after done");
    }

    private static void assertError(DealScene scene, String id, Map<String, String> changes, String message) {
        Browser.Page page = scene.ilse.post("/goodbusy/matches/" + id + "/agreement", scene.agreement(changes));
        assertEquals(422, page.status(), page.body());
        assertTrue(page.body().contains(message), page.body());
    }
}
