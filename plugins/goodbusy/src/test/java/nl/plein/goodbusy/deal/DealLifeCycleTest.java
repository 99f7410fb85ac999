package nl.plein.goodbusy.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole deal, as the people in it take it over HTTP: the organisation proposes, the company accepts, they talk and
 * write an agreement (a confirmation of an older revision is refused), both confirm, the organisation plans shifts,
 * employees sign up (a full shift refuses), register their hours afterwards, the organisation approves them in bulk,
 * both sides evaluate and thank, and the match is done. Mail goes to the coordinators, never to the employees.
 */
@OnBothDatabases
class DealLifeCycleTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = DealScene.plein(greenMail);

    private final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void fromProposalToDone() {
        DealScene scene = new DealScene(plein);
        Browser eva = scene.employee("eva@stevig.test", "Eva Timmer");
        Browser joost = scene.employee("joost@stevig.test", "Joost Schaaf");

        // Propose: the company's coordinator hears of it, in English; the employees do not.
        String id = scene.propose();
        assertEquals("proposed", scene.status(id));
        assertEquals(100, scene.count("SELECT score FROM goodbusy_matches WHERE id = ?", id));
        plein.platform().sendMail();
        Mailbox.Mail proposal = mailbox.last(DealScene.BRAM);
        assertEquals("A new match proposal on Good Busy", proposal.subject());
        assertTrue(proposal.text().contains("Buurthuis De Linde proposes a match: the request “Tuindag bij De Linde” "
                + "with the offer “Teamdag Stevig”."), proposal.text());
        assertTrue(proposal.text().contains("Jullie team lijkt ons perfect voor de tuin."), proposal.text());
        assertEquals(DealScene.BASE_URL + "/goodbusy/matches/" + id, proposal.link());
        assertEquals(0, mailbox.to("eva@stevig.test").size());
        assertEquals(0, mailbox.to(DealScene.ILSE).size(), "the proposer is not mailed their own proposal");

        Browser.Page page = scene.bram.get("/goodbusy/matches/" + id);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("You answer this proposal"), "Bram reads his pages in English");
        assertEquals(403, eva.get("/goodbusy/matches/" + id).status(), "employees see a match once it is agreed");

        // Accept and talk.
        scene.accept(id);
        assertEquals("accepted", scene.status(id));
        plein.platform().sendMail();
        assertEquals("Je voorstel voor een match is aangenomen", mailbox.last(DealScene.ILSE).subject());
        assertEquals(303, scene.ilse.post("/goodbusy/matches/" + id + "/messages",
                Map.of("body", "Kunnen jullie ook snoeischaren meenemen?\nWij hebben er maar drie.")).status());
        plein.platform().sendMail();
        Mailbox.Mail message = mailbox.last(DealScene.BRAM);
        assertEquals("A new message about your match", message.subject());
        assertTrue(message.text().contains("Kunnen jullie ook snoeischaren meenemen?"), message.text());
        page = scene.bram.get("/goodbusy/matches/" + id);
        assertTrue(page.body().contains("Wij hebben er maar drie."), "both coordinators read the conversation");
        assertTrue(page.body().contains("Kunnen jullie ook snoeischaren meenemen?<br"), "line breaks kept");

        // The agreement: Ilse writes it, Bram confirms it, Ilse changes it: Bram's confirmation is gone, and a
        // confirmation of the revision he read before is refused.
        scene.writeAgreement(id, scene.ilse);
        assertEquals(1, scene.revision(id));
        scene.confirm(id, scene.bram, "company");
        plein.platform().sendMail();
        assertEquals("Bevestig de afspraak", mailbox.last(DealScene.ILSE).subject());
        assertEquals(303, scene.ilse.post("/goodbusy/matches/" + id + "/agreement",
                scene.agreement(Map.of("what", "Een tuindag: snoeien, bankjes schuren en soep koken."))).status());
        assertEquals(2, scene.revision(id));
        assertEquals(0, scene.count("SELECT COUNT(*) FROM goodbusy_agreements WHERE match_id = ? "
                + "AND company_confirmed_by IS NOT NULL", id), "a change clears the confirmations");
        Browser.Page stale = scene.bram.post("/goodbusy/matches/" + id + "/confirm",
                Map.of("side", "company", "revision", "1"));
        assertEquals(409, stale.status());
        assertTrue(stale.body().contains("The agreement changed after you opened it. Read it again"), stale.body());
        assertEquals("accepted", scene.status(id));
        scene.confirm(id, scene.ilse, "organisation");
        scene.confirm(id, scene.bram, "company");
        assertEquals("agreed", scene.status(id));
        plein.platform().sendMail();
        assertEquals("The agreement stands", mailbox.last(DealScene.BRAM).subject());
        assertEquals("De afspraak staat", mailbox.last(DealScene.ILSE).subject());

        // Employees now see the match, without the conversation.
        page = eva.get("/goodbusy/matches/" + id);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("snoeien, bankjes schuren en soep koken"), "the agreement is for everyone");
        assertFalse(page.body().contains("Wij hebben er maar drie."), "the conversation is not");
        assertTrue(eva.get("/goodbusy/matches").body().contains("Activiteiten van je bedrijf"));

        // Shifts; a shift of one place takes one person.
        String morning = scene.shift(id, "Ochtend: tuin", LocalDate.of(2026, 3, 10), "09:00", "13:00", 4);
        String soup = scene.shift(id, "Middag: soep", LocalDate.of(2026, 3, 10), "13:00", "16:00", 1);
        assertEquals(303, eva.post("/goodbusy/matches/" + id + "/shifts/" + morning + "/signup", Map.of()).status());
        assertEquals(303, joost.post("/goodbusy/matches/" + id + "/shifts/" + morning + "/signup", Map.of()).status());
        assertEquals(303, eva.post("/goodbusy/matches/" + id + "/shifts/" + soup + "/signup", Map.of()).status());
        Browser.Page full = joost.post("/goodbusy/matches/" + id + "/shifts/" + soup + "/signup", Map.of());
        assertEquals(409, full.status());
        assertTrue(full.body().contains("Deze dienst is vol"), full.body());
        assertEquals(2, scene.count("SELECT signed_up FROM goodbusy_shifts WHERE id = ?", morning));
        assertEquals(1, scene.count("SELECT signed_up FROM goodbusy_shifts WHERE id = ?", soup));
        assertTrue(scene.ilse.get("/goodbusy/matches/" + id).body().contains("Eva Timmer, Joost Schaaf"),
                "the coordinators see who comes");

        // After the day: hours, then the organisation approves them at once.
        plein.clock().advance(Duration.ofDays(9));
        scene.signInAgain();
        eva = plein.signedIn("eva@stevig.test");
        joost = plein.signedIn("joost@stevig.test");
        assertEquals(303, eva.post("/goodbusy/matches/" + id + "/hours", Map.of("workedOn", "2026-03-10",
                "hours", "4", "shift", morning, "note", "")).status());
        assertEquals(303, eva.post("/goodbusy/matches/" + id + "/hours", Map.of("workedOn", "2026-03-10",
                "hours", "2,5", "shift", soup, "note", "Soep voor veertig mensen")).status());
        assertEquals(303, joost.post("/goodbusy/matches/" + id + "/hours", Map.of("workedOn", "2026-03-10",
                "hours", "3.75", "shift", "", "note", "")).status());
        assertEquals(List.of("150", "225", "240"), scene.list(
                "SELECT minutes FROM goodbusy_hours WHERE match_id = ? ORDER BY minutes", id));
        page = joost.get("/goodbusy/matches/" + id);
        assertTrue(page.body().contains("3,75 uur"), "an employee sees their own hours");
        assertTrue(page.body().contains("Wacht op goedkeuring"));
        assertFalse(page.body().contains("Soep voor veertig mensen"), "not a colleague's");

        List<String> hours = scene.list("SELECT id FROM goodbusy_hours WHERE match_id = ?", id);
        Browser.Page decided = scene.postRepeated(scene.ilse, "/goodbusy/matches/" + id + "/hours/decide",
                List.of(Map.entry("hours", hours.get(0)), Map.entry("hours", hours.get(1)),
                        Map.entry("hours", hours.get(2)), Map.entry("decision", "approve"), Map.entry("reason", "")));
        assertEquals(303, decided.status(), decided.body());
        assertEquals(3, scene.count("SELECT COUNT(*) FROM goodbusy_hours WHERE match_id = ? AND status = 'approved' "
                + "AND decided_by = ?", id, scene.ilseId));
        assertTrue(scene.ilse.get(decided.location()).body().contains("3 urenregistraties besloten."));

        // Evaluate and thank, each side once; then done.
        assertEquals(303, scene.ilse.post("/goodbusy/matches/" + id + "/evaluation", Map.of("side", "organisation",
                "rating", "5", "wentWell", "Iedereen was op tijd.", "toImprove", "",
                "thanks", "Dank jullie wel, de tuin is prachtig!")).status());
        assertEquals(303, scene.bram.post("/goodbusy/matches/" + id + "/evaluation", Map.of("side", "company",
                "rating", "4", "wentWell", "Goede uitleg vooraf.", "toImprove", "Meer koffie.",
                "thanks", "Bedankt voor de gastvrijheid.")).status());
        Browser.Page again = scene.bram.post("/goodbusy/matches/" + id + "/evaluation", Map.of("side", "company",
                "rating", "1", "wentWell", "", "toImprove", "", "thanks", "Nog eens."));
        assertEquals(409, again.status(), "each side evaluates once");
        plein.platform().sendMail();
        Mailbox.Mail thanks = mailbox.last(DealScene.BRAM);
        assertEquals("Thank you from your match", thanks.subject());
        assertTrue(thanks.text().contains("Dank jullie wel, de tuin is prachtig!"), thanks.text());
        assertTrue(mailbox.last(DealScene.ILSE).text().contains("Bedankt voor de gastvrijheid."));

        assertEquals(303, scene.bram.post("/goodbusy/matches/" + id + "/done", Map.of()).status());
        assertEquals("done", scene.status(id));
        page = scene.ilse.get("/goodbusy/matches/" + id);
        assertTrue(page.body().contains("Afgerond. Bedankt allebei!"), page.body());
        assertTrue(scene.ilse.get("/goodbusy/matches").body().contains("Tuindag bij De Linde"));

        // Through all of it, not one mail to an employee.
        plein.platform().sendMail();
        assertEquals(0, mailbox.to("eva@stevig.test").size());
        assertEquals(0, mailbox.to("joost@stevig.test").size());
    }
}
