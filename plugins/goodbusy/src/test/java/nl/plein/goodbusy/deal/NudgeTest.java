package nl.plein.goodbusy.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nobody is left waiting in silence: a proposal without an answer is nudged after the answer days (5), and expires
 * after twice as many with a mail to the proposer pointing to other suggestions; hours that wait for approval remind
 * the organisation once a week. Each mail goes once — also when the jobs run twice and after a restart — and only to
 * coordinators. An answer in time stops both.
 */
class NudgeTest {

    private static final String NUDGE = "A match proposal waits for your answer";
    private static final String EXPIRED = "Er kwam geen antwoord op je voorstel voor een match";
    private static final String HOURS = "Uren wachten op jullie goedkeuring";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = DealScene.plein(greenMail);

    private final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void anUnansweredProposalIsNudgedOnceThenExpiresAndTheProposerHearsOnce() {
        DealScene scene = new DealScene(plein);
        scene.employee("eva@stevig.test", "Eva Timmer");
        String id = scene.propose();
        runJobsAndMail();
        assertEquals(0, mails(DealScene.BRAM, NUDGE), "not before the answer days have passed");

        plein.clock().advance(Duration.ofDays(5).plusMinutes(1));
        runJobsAndMail();
        assertEquals(1, mails(DealScene.BRAM, NUDGE));
        Mailbox.Mail nudge = mailbox.to(DealScene.BRAM).stream().filter(m -> m.subject().equals(NUDGE)).findFirst()
                .orElseThrow();
        assertTrue(nudge.text().contains("Please accept or decline it (with a reason) by March 12, 2026."),
                nudge.text());
        assertEquals(1, scene.count("SELECT nudges FROM goodbusy_matches WHERE id = ?", id));
        assertEquals("proposed", scene.status(id));
        runJobsAndMail();
        plein.testPlein().restart();
        runJobsAndMail();
        assertEquals(1, mails(DealScene.BRAM, NUDGE), "nudged once, also after a rerun and a restart");
        assertEquals(1, scene.count("SELECT nudges FROM goodbusy_matches WHERE id = ?", id));

        plein.clock().advance(Duration.ofDays(5));
        runJobsAndMail();
        assertEquals("expired", scene.status(id));
        assertEquals(1, mails(DealScene.ILSE, EXPIRED));
        Mailbox.Mail expired = mailbox.to(DealScene.ILSE).stream().filter(m -> m.subject().equals(EXPIRED))
                .findFirst().orElseThrow();
        assertTrue(expired.text().contains("Bouwbedrijf Stevig heeft je voorstel van de hulpvraag „Tuindag bij De "
                + "Linde” met het aanbod „Teamdag Stevig” niet op tijd beantwoord"), expired.text());
        assertTrue(expired.text().contains(DealScene.BASE_URL + "/goodbusy/requests/" + scene.request.id()
                + "/suggestions"), expired.text());
        runJobsAndMail();
        plein.testPlein().restart();
        runJobsAndMail();
        assertEquals(1, mails(DealScene.ILSE, EXPIRED), "told once");
        assertEquals(0, mails(DealScene.BRAM, EXPIRED));
        assertEquals(0, mailbox.to("eva@stevig.test").size(), "employees get none of it");

        Browser bram = plein.signedIn(DealScene.BRAM);
        assertEquals(409, bram.post("/goodbusy/matches/" + id + "/accept", Map.of()).status());
        assertTrue(plein.signedIn(DealScene.ILSE).get("/goodbusy/matches/" + id).body()
                .contains("Er kwam niet op tijd een antwoord"));
    }

    @Test
    void anAnswerInTimeStopsTheReminders() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        plein.clock().advance(Duration.ofDays(2));
        scene.signInAgain();
        scene.accept(id);
        plein.clock().advance(Duration.ofDays(11));
        runJobsAndMail();
        assertEquals(0, mails(DealScene.BRAM, NUDGE));
        assertEquals(0, mails(DealScene.ILSE, EXPIRED));
        assertEquals("accepted", scene.status(id));
        assertEquals(List.of("cancelled", "cancelled"), scene.list("SELECT status FROM plein_jobs WHERE owner = 'goodbusy' "
                + "AND kind IN ('goodbusy.nudge', 'goodbusy.expire')"));
    }

    @Test
    void hoursThatWaitRemindTheOrganisationOnceAWeek() {
        DealScene scene = new DealScene(plein);
        String id = scene.agreedMatch();
        scene.employee("eva@stevig.test", "Eva Timmer");
        plein.clock().advance(Duration.ofDays(9));                                       // Wednesday 11 March
        Browser eva = plein.signedIn("eva@stevig.test");
        assertEquals(303, eva.post("/goodbusy/matches/" + id + "/hours", Map.of("workedOn", "2026-03-10",
                "hours", "4", "shift", "", "note", "")).status());
        runJobsAndMail();
        assertEquals(0, mails(DealScene.ILSE, HOURS));

        plein.clock().advance(Duration.ofDays(5).plusMinutes(1));                        // Monday 16 March
        runJobsAndMail();
        assertEquals(1, mails(DealScene.ILSE, HOURS));
        assertEquals(DealScene.BASE_URL + "/goodbusy/matches/" + id + "#hours", mailbox.to(DealScene.ILSE).stream()
                .filter(m -> m.subject().equals(HOURS)).findFirst().orElseThrow().link());
        runJobsAndMail();
        plein.testPlein().restart();
        runJobsAndMail();
        assertEquals(1, mails(DealScene.ILSE, HOURS), "once in a week, also after a restart");
        assertEquals(0, mailbox.to(DealScene.BRAM).stream().filter(m -> m.subject().contains("Hours")).count());
        assertEquals(0, mailbox.to("eva@stevig.test").size());

        plein.clock().advance(Duration.ofDays(7));                                       // a week later
        runJobsAndMail();
        assertEquals(2, mails(DealScene.ILSE, HOURS), "still waiting: one more the next week");

        Browser ilse = plein.signedIn(DealScene.ILSE);
        String hours = scene.single("SELECT id FROM goodbusy_hours");
        assertEquals(303, scene.postRepeated(ilse, "/goodbusy/matches/" + id + "/hours/decide", List.of(
                Map.entry("hours", hours), Map.entry("decision", "approve"), Map.entry("reason", ""))).status());
        plein.clock().advance(Duration.ofDays(7));
        runJobsAndMail();
        assertEquals(2, mails(DealScene.ILSE, HOURS), "nothing waits any more");
    }

    private void runJobsAndMail() {
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
    }

    private long mails(String to, String subject) {
        return mailbox.to(to).stream().filter(m -> m.subject().equals(subject)).count();
    }
}
