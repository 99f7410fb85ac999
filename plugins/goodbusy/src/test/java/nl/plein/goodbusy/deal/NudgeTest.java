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
 * the organisation once a week; an agreement that waits for a side's confirmation reminds that side once per
 * version. Each mail goes once — also when the jobs run twice and after a restart — and only to coordinators. An
 * answer in time stops both; a paused item is not nudged about; a start plans the jobs a proposal is missing.
 */
class NudgeTest {

    private static final String NUDGE = "A match proposal waits for your answer";
    private static final String EXPIRED = "Er kwam geen antwoord op je voorstel voor een match";
    private static final String HOURS = "Uren wachten op jullie goedkeuring";
    private static final String CONFIRM_EN = "The agreement waits for your confirmation";
    private static final String CONFIRM_NL = "De afspraak wacht op jullie bevestiging";

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
    void aNudgeRunAgainIsNeitherCountedNorSentAgain() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        plein.clock().advance(Duration.ofDays(5).plusMinutes(1));
        runJobsAndMail();
        assertEquals(1, mails(DealScene.BRAM, NUDGE));
        // As core does with a job whose instance died before marking it done: it runs again.
        scene.plein.jdbi().useHandle(h -> h.execute("UPDATE plein_jobs SET status = 'pending' WHERE kind = ?",
                Nudges.NUDGE));
        runJobsAndMail();
        assertEquals("done", scene.single("SELECT status FROM plein_jobs WHERE kind = ?", Nudges.NUDGE));
        assertEquals(1, scene.count("SELECT nudges FROM goodbusy_matches WHERE id = ?", id), "counted once");
        assertEquals(1, mails(DealScene.BRAM, NUDGE), "sent once");
    }

    @Test
    void aProposalOnAPausedItemIsNotNudgedButStillExpiresWithAMail() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        assertEquals(303, scene.bram.post("/goodbusy/offers/" + scene.offer.id() + "/status",
                Map.of("status", "paused")).status());
        plein.clock().advance(Duration.ofDays(5).plusMinutes(1));
        runJobsAndMail();
        assertEquals(0, mails(DealScene.BRAM, NUDGE), "it cannot be accepted while paused: no reminder to");
        assertEquals(0, scene.count("SELECT nudges FROM goodbusy_matches WHERE id = ?", id));
        plein.clock().advance(Duration.ofDays(5));
        runJobsAndMail();
        assertEquals("expired", scene.status(id));
        assertEquals(1, mails(DealScene.ILSE, EXPIRED), "the proposer is still told");
    }

    @Test
    void aStartPlansTheJobsOfAProposalWhoseJobsWereNeverPlanned() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        // As if the platform stopped right after storing the proposal, before planning its reminder and expiry.
        scene.plein.jdbi().useHandle(h -> h.execute("DELETE FROM plein_jobs WHERE kind IN (?, ?)", Nudges.NUDGE,
                Nudges.EXPIRE));
        plein.testPlein().restart();
        plein.testPlein().restart();
        assertEquals(List.of(Nudges.NUDGE, Nudges.EXPIRE), scene.list("SELECT kind FROM plein_jobs WHERE kind IN "
                + "(?, ?) AND status = 'pending' ORDER BY run_at", Nudges.NUDGE, Nudges.EXPIRE), "planned once");
        assertEquals(List.of(Nudges.answerKey(id), Nudges.expireKey(id)), scene.list("SELECT job_key FROM plein_jobs "
                + "WHERE kind IN (?, ?) ORDER BY run_at", Nudges.NUDGE, Nudges.EXPIRE));

        plein.clock().advance(Duration.ofDays(5).plusMinutes(1));
        runJobsAndMail();
        assertEquals(1, mails(DealScene.BRAM, NUDGE));
        plein.testPlein().restart();
        assertEquals(1, scene.count("SELECT COUNT(*) FROM plein_jobs WHERE kind = ?", Nudges.NUDGE),
                "a start plans nothing that ran already");
        plein.clock().advance(Duration.ofDays(5));
        runJobsAndMail();
        assertEquals("expired", scene.status(id));
        assertEquals(1, mails(DealScene.ILSE, EXPIRED));
    }

    @Test
    void anUnconfirmedAgreementRemindsTheSideThatHasNotConfirmedOncePerVersion() {
        DealScene scene = new DealScene(plein);
        scene.employee("eva@stevig.test", "Eva Timmer");
        String id = scene.propose();
        scene.accept(id);
        scene.writeAgreement(id, scene.ilse);                                             // version 1, Monday
        plein.clock().advance(Duration.ofDays(2));
        scene.signInAgain();
        scene.confirm(id, scene.ilse, "organisation");                                    // Wednesday
        plein.clock().advance(Duration.ofDays(3).plusMinutes(1));
        runJobsAndMail();
        assertEquals(0, mails(DealScene.BRAM, CONFIRM_EN), "the days count from Ilse's confirmation");

        plein.clock().advance(Duration.ofDays(2));                                        // Monday 9 March
        runJobsAndMail();
        assertEquals(1, mails(DealScene.BRAM, CONFIRM_EN));
        Mailbox.Mail reminder = mailbox.to(DealScene.BRAM).stream().filter(m -> m.subject().equals(CONFIRM_EN))
                .findFirst().orElseThrow();
        assertTrue(reminder.text().contains("The agreement about “Tuindag bij De Linde” with “Teamdag Stevig” "
                + "still waits for the confirmation of Bouwbedrijf Stevig."), reminder.text());
        assertEquals(DealScene.BASE_URL + "/goodbusy/matches/" + id + "#agreement", reminder.link());
        assertEquals(0, mails(DealScene.ILSE, CONFIRM_NL), "Ilse confirmed this version");
        runJobsAndMail();
        plein.testPlein().restart();
        runJobsAndMail();
        assertEquals(1, mails(DealScene.BRAM, CONFIRM_EN), "once, also after a rerun and a restart");

        // Bram changes it: version 2 waits for both, and the reminder of version 1 is of no concern any more.
        scene.signInAgain();
        scene.writeAgreement(id, scene.bram);
        assertEquals(2, scene.revision(id));
        plein.clock().advance(Duration.ofDays(5).plusMinutes(1));
        runJobsAndMail();
        assertEquals(2, mails(DealScene.BRAM, CONFIRM_EN));
        assertEquals(1, mails(DealScene.ILSE, CONFIRM_NL));
        assertEquals(0, mailbox.to("eva@stevig.test").size(), "only coordinators");

        // Version 3, confirmed by both at once: agreed, nothing more to remind anyone of.
        scene.signInAgain();
        assertEquals(303, scene.ilse.post("/goodbusy/matches/" + id + "/agreement",
                scene.agreement(Map.of("startsOn", "2026-03-16", "endsOn", "2026-03-27"))).status());
        scene.confirm(id, scene.ilse, "organisation");
        scene.confirm(id, scene.bram, "company");
        assertEquals("agreed", scene.status(id));
        assertEquals("cancelled", scene.single("SELECT status FROM plein_jobs WHERE job_key = ?",
                Nudges.confirmKey(id, 3)));
        plein.clock().advance(Duration.ofDays(10));
        runJobsAndMail();
        assertEquals(2, mails(DealScene.BRAM, CONFIRM_EN));
        assertEquals(1, mails(DealScene.ILSE, CONFIRM_NL));
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
