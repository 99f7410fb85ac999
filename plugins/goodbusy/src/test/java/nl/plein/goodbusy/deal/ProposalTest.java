package nl.plein.goodbusy.deal;

import static nl.plein.goodbusy.GoodBusyFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.offer.OfferDraft;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.RequestDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proposing and answering, and every way they are refused: with a clear message and the right status, never a 500.
 */
class ProposalTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = DealScene.plein(greenMail);

    private final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void aProposalIsRefusedWhenItCannotBeMade() {
        DealScene scene = new DealScene(plein);
        String request = scene.request.id();
        String offer = scene.offer.id();

        assertEquals(404, propose(scene.ilse, "nonsense", offer).status());
        assertEquals(404, propose(scene.ilse, request, "00000000-0000-0000-0000-000000000000").status());
        assertEquals(403, propose(plein.signedInMember(), request, offer).status(), "acts for neither side");
        assertEquals(403, propose(scene.employee("eva@stevig.test", "Eva Timmer"), request, offer).status(),
                "an employee does not propose for the company");
        assertEquals(403, plein.browser().post("/goodbusy/matches", Map.of("request", request, "offer", offer))
                .status());

        scene.fixture.requests().setStatus(request, ItemStatus.PAUSED);
        Browser.Page paused = propose(scene.ilse, request, offer);
        assertEquals(409, paused.status());
        assertTrue(paused.body().contains("De hulpvraag „Tuindag bij De Linde” is gepauzeerd: er kunnen geen nieuwe "
                + "voorstellen bij."), paused.body());
        scene.fixture.requests().setStatus(request, ItemStatus.OPEN);
        scene.fixture.offers().setStatus(offer, ItemStatus.CLOSED);
        // A closed offer is hidden from the organisation (its page is 404), so a proposal on it is too.
        Browser.Page closed = propose(scene.ilse, request, offer);
        assertEquals(404, closed.status());
        assertFalse(closed.body().contains("Teamdag Stevig"), closed.body());

        HelpRequest past = scene.fixture.request(scene.organisationId, draft("Vorige maand", TODAY.minusDays(40),
                TODAY.minusDays(10), false, false));
        var open = scene.fixture.offer(scene.companyId, GoodBusyFixture.offerDraft("Nog een teamdag"));
        Browser.Page passed = propose(scene.ilse, past.id(), open.id());
        assertEquals(409, passed.status());
        assertTrue(passed.body().contains("De data van de hulpvraag „Vorige maand” zijn voorbij"), passed.body());

        // The hard filters, each said in words: a remote request and an offer that only comes on site; a VOG.
        HelpRequest remote = scene.fixture.request(scene.organisationId, draft("Website bouwen", TODAY.plusDays(7),
                TODAY.plusDays(30), true, false));
        Browser.Page filtered = propose(scene.ilse, remote.id(), open.id());
        assertEquals(422, filtered.status());
        assertTrue(filtered.body().contains("Het aanbod „Nog een teamdag” past niet bij de hulpvraag „Website bouwen”"),
                filtered.body());
        assertTrue(filtered.body().contains("de hulp is op afstand en het aanbod niet"), filtered.body());
        assertTrue(filtered.body().contains("/goodbusy/requests/" + remote.id() + "/suggestions"));
        HelpRequest vog = scene.fixture.request(scene.organisationId, draft("Voorlezen", TODAY.plusDays(7),
                TODAY.plusDays(30), false, true));
        var noVog = scene.fixture.offer(scene.companyId, new OfferDraft("Zonder VOG", "",
                "service-day", List.of("elderly"), List.of("hands-on"), 8, TODAY.plusDays(1), TODAY.plusDays(90),
                false, true, List.of("Utrecht"), false));
        Browser.Page noVogPage = propose(scene.ilse, vog.id(), noVog.id());
        assertEquals(422, noVogPage.status());
        assertTrue(noVogPage.body().contains("een VOG is nodig en het bedrijf regelt die niet"), noVogPage.body());

        Browser.Page tooLong = scene.ilse.post("/goodbusy/matches",
                Map.of("request", request, "offer", open.id(), "proposal", "x".repeat(4001)));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("Gebruik hooguit 4.000 tekens."), tooLong.body());
        assertTrue(tooLong.body().contains("xxxxxxxxxx"), "what was typed is kept");

        assertEquals(0, scene.count("SELECT COUNT(*) FROM goodbusy_matches"));
    }

    @Test
    void anOfferWhoseAvailabilityEndedTakesNoProposalAndOnlyDaysAheadCount() {
        DealScene scene = new DealScene(plein);
        HelpRequest running = scene.fixture.request(scene.organisationId, draft("Loopt al", TODAY.minusDays(30),
                TODAY.plusDays(30), false, false));
        var over = scene.fixture.offer(scene.companyId, offer("Vorige maand beschikbaar", TODAY.minusDays(60),
                TODAY.minusDays(1)));
        Browser.Page passed = propose(scene.ilse, running.id(), over.id());
        assertEquals(409, passed.status());
        assertTrue(passed.body().contains("De beschikbaarheid van het aanbod „Vorige maand beschikbaar” is voorbij "
                + "(het liep tot en met 1 maart 2026)."), passed.body());
        assertEquals(0, scene.count("SELECT COUNT(*) FROM goodbusy_matches"));
        plein.platform().sendMail();
        assertEquals(0, mailbox.to(DealScene.BRAM).size(), "nobody is asked to answer it");

        // Both began in the past: the dates that fit are those from today on, when proposing and on the match page.
        var ongoing = scene.fixture.offer(scene.companyId, offer("Al even beschikbaar", TODAY.minusDays(60),
                TODAY.plusDays(30)));
        Browser.Page proposed = propose(scene.ilse, running.id(), ongoing.id());
        assertEquals(303, proposed.status(), proposed.body());
        Browser.Page page = scene.ilse.get(proposed.location());
        assertTrue(page.body().contains("datum past (2 maart 2026 tot en met 1 april 2026)"), page.body());
        assertFalse(page.body().contains("31 januari 2026"), "not the days that are gone");
    }

    @Test
    void aProposalOnAPausedItemIsNotAcceptedAndAClosedItemEndsItsProposalsWithAMail() {
        DealScene scene = new DealScene(plein);
        String waiting = scene.propose();
        String path = "/goodbusy/matches/" + waiting;

        assertEquals(303, scene.ilse.post("/goodbusy/requests/" + scene.request.id() + "/status",
                Map.of("status", "paused")).status());
        Browser.Page refused = scene.bram.post(path + "/accept", Map.of());
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("The request “Tuindag bij De Linde” is paused: the proposal cannot be "
                + "accepted now."), refused.body());
        assertEquals("proposed", scene.status(waiting));
        assertEquals(303, scene.ilse.post("/goodbusy/requests/" + scene.request.id() + "/status",
                Map.of("status", "open")).status());

        // Three matches on the request: one in conversation, one proposed by each side.
        var second = scene.fixture.offer(scene.companyId, GoodBusyFixture.offerDraft("Klusteam Stevig"));
        var third = scene.fixture.offer(scene.companyId, GoodBusyFixture.offerDraft("Kookteam Stevig"));
        String byCompany = propose(scene.bram, scene.request.id(), second.id()).location()
                .replaceAll("^/goodbusy/matches/([^?#]+).*$", "$1");
        String talking = propose(scene.ilse, scene.request.id(), third.id()).location()
                .replaceAll("^/goodbusy/matches/([^?#]+).*$", "$1");
        scene.accept(talking);
        plein.platform().sendMail();
        int before = mailbox.to(DealScene.BRAM).size();

        assertEquals(303, scene.ilse.post("/goodbusy/requests/" + scene.request.id() + "/status",
                Map.of("status", "closed")).status());
        assertEquals("withdrawn", scene.status(waiting));
        assertEquals("withdrawn", scene.status(byCompany));
        assertEquals("accepted", scene.status(talking), "a conversation that started is left to the two sides");
        assertEquals(scene.ilseId, scene.single("SELECT answered_by FROM goodbusy_matches WHERE id = ?", waiting));
        assertEquals(List.of("cancelled", "cancelled"), scene.list("SELECT status FROM plein_jobs WHERE job_key IN "
                + "(?, ?)", Nudges.answerKey(waiting), Nudges.expireKey(waiting)));
        assertEquals(409, scene.bram.post(path + "/accept", Map.of()).status());

        plein.platform().sendMail();
        List<Mailbox.Mail> ended = mailbox.to(DealScene.BRAM).subList(before, mailbox.to(DealScene.BRAM).size());
        assertEquals(2, ended.size(), "the company hears it once for each proposal");
        Mailbox.Mail asked = ended.stream().filter(m -> m.text().contains("“Teamdag Stevig”")).findFirst()
                .orElseThrow();
        assertEquals("A match proposal has ended", asked.subject());
        assertTrue(asked.text().contains("Buurthuis De Linde closed the request “Tuindag bij De Linde”, so the "
                + "proposal of that request with the offer “Teamdag Stevig” has ended."), asked.text());
        assertTrue(asked.text().contains("You need not answer the proposal any more."), asked.text());
        Mailbox.Mail own = ended.stream().filter(m -> m.text().contains("“Klusteam Stevig”")).findFirst()
                .orElseThrow();
        assertTrue(own.text().contains(DealScene.BASE_URL + "/goodbusy/offers/" + second.id() + "/suggestions"),
                "the company proposed it: the way to its other suggestions");
        assertEquals(0, mailbox.to(DealScene.ILSE).stream().filter(m -> m.subject().contains("vervallen")).count(),
                "the side that closed it knows");
        assertTrue(scene.bram.get(path).body().contains("The request “Tuindag bij De Linde” was closed, so this "
                + "proposal has ended."));

        // The same from the company's side: closing its offer ends the proposal on it, and the organisation hears.
        HelpRequest other = scene.fixture.request(scene.organisationId, GoodBusyFixture.requestDraft("Schilderdag"));
        String onOffer = propose(scene.ilse, other.id(), second.id()).location()
                .replaceAll("^/goodbusy/matches/([^?#]+).*$", "$1");
        assertEquals(303, scene.bram.post("/goodbusy/offers/" + second.id() + "/status",
                Map.of("status", "closed")).status());
        assertEquals("withdrawn", scene.status(onOffer));
        plein.platform().sendMail();
        Mailbox.Mail told = mailbox.last(DealScene.ILSE);
        assertEquals("Een voorstel voor een match is vervallen", told.subject());
        assertTrue(told.text().contains("Bouwbedrijf Stevig heeft het aanbod „Klusteam Stevig” gesloten. Daarom is "
                + "het voorstel van de hulpvraag „Schilderdag” met dat aanbod vervallen."), told.text());
        assertTrue(told.text().contains("/goodbusy/requests/" + other.id() + "/suggestions"), told.text());
    }

    @Test
    void theAnswerGoesToWhoCoordinatesTheProposingSideNowNotToAFormerProposer() {
        DealScene scene = new DealScene(plein);
        String olga = scene.fixture.person("olga@linde.test", "Olga Opvolger");
        scene.fixture.join(scene.organisationId, olga, "admin");
        String id = scene.propose();
        scene.fixture.organisations().remove(scene.organisationId, scene.ilseId);
        assertEquals(303, scene.bram.post("/goodbusy/matches/" + id + "/decline",
                Map.of("reason", "We are fully booked.")).status());
        plein.platform().sendMail();
        assertEquals("Je voorstel voor een match is afgewezen", mailbox.last("olga@linde.test").subject());
        assertEquals(0, mailbox.to(DealScene.ILSE).size(), "Ilse no longer acts for De Linde");
    }

    @Test
    void aPairIsProposedOnceAlsoWhenBothSidesPressAtTheSameTime() throws Exception {
        DealScene scene = new DealScene(plein);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Browser who = i % 2 == 0 ? scene.ilse : scene.bram;
            clicks.add(() -> propose(who, scene.request.id(), scene.offer.id()).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(clicks)) statuses.add(f.get());
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 303).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, scene.count("SELECT COUNT(*) FROM goodbusy_matches"));

        String id = scene.single("SELECT id FROM goodbusy_matches");
        Browser.Page again = propose(scene.bram, scene.request.id(), scene.offer.id());
        assertEquals(409, again.status());
        assertTrue(again.body().contains("href=\"/goodbusy/matches/" + id + "\""), "a link to the existing match");
    }

    @Test
    void theCompanyProposesAndAPersonActingForBothSidesProposesForTheOrganisation() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose(scene.bram, "We would love to help.");
        assertEquals("company", scene.single("SELECT proposed_by FROM goodbusy_matches WHERE id = ?", id));
        assertEquals(scene.bramId, scene.single("SELECT proposer_id FROM goodbusy_matches WHERE id = ?", id));
        plein.platform().sendMail();
        assertEquals("Een nieuw voorstel voor een match op Good Busy", mailbox.last(DealScene.ILSE).subject());
        assertEquals(0, mailbox.to(DealScene.BRAM).size());

        scene.fixture.join(scene.companyId, scene.ilseId, "admin");
        var second = scene.fixture.offer(scene.companyId, GoodBusyFixture.offerDraft("Tweede team"));
        Browser.Page page = scene.ilse.post("/goodbusy/matches",
                Map.of("request", scene.request.id(), "offer", second.id(), "proposal", ""));
        assertEquals(303, page.status());
        assertEquals("organisation", scene.single("SELECT proposed_by FROM goodbusy_matches WHERE offer_id = ?",
                second.id()));
    }

    @Test
    void onlyTheOtherSideAnswersAndADeclineSaysWhy() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        String path = "/goodbusy/matches/" + id;

        Browser.Page own = scene.ilse.post(path + "/accept", Map.of());
        assertEquals(403, own.status());
        assertTrue(own.body().contains("Alleen de kant die niet voorstelde, beantwoordt een voorstel."), own.body());
        assertEquals(403, plein.signedInMember().post(path + "/accept", Map.of()).status());
        assertEquals(403, scene.employee("eva@stevig.test", "Eva Timmer").post(path + "/decline",
                Map.of("reason", "Nee")).status());
        assertEquals(404, scene.bram.post("/goodbusy/matches/nonsense/accept", Map.of()).status());
        assertEquals(403, scene.bram.post(path + "/withdraw", Map.of()).status(), "only the proposer withdraws");

        Browser.Page empty = scene.bram.post(path + "/decline", Map.of("reason", "  "));
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("Say why you decline: the proposer reads it."), empty.body());
        assertEquals("proposed", scene.status(id));

        assertEquals(303, scene.bram.post(path + "/decline",
                Map.of("reason", "We are fully booked until summer.")).status());
        assertEquals("declined", scene.status(id));
        plein.platform().sendMail();
        Mailbox.Mail declined = mailbox.last(DealScene.ILSE);
        assertEquals("Je voorstel voor een match is afgewezen", declined.subject());
        assertTrue(declined.text().contains("We are fully booked until summer."), declined.text());
        assertTrue(declined.text().contains(DealScene.BASE_URL + "/goodbusy/requests/" + scene.request.id()
                + "/suggestions"), declined.text());
        assertTrue(scene.ilse.get(path).body().contains("We are fully booked until summer."),
                "the proposer reads the reason on the match page");

        Browser.Page late = scene.bram.post(path + "/accept", Map.of());
        assertEquals(409, late.status());
        assertTrue(late.body().contains("This match is now “Declined”, so that can no longer be done."), late.body());
        assertEquals(409, scene.ilse.post(path + "/withdraw", Map.of()).status());
        assertEquals(409, scene.ilse.post(path + "/messages", Map.of("body", "Jammer!")).status());
    }

    @Test
    void twoAnswersAtOnceCannotBothWin() throws Exception {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        Browser other = plein.signedIn(DealScene.BRAM);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> accept = pool.submit(() -> scene.bram.post("/goodbusy/matches/" + id + "/accept", Map.of())
                .status());
        Future<Integer> decline = pool.submit(() -> other.post("/goodbusy/matches/" + id + "/decline",
                Map.of("reason", "Toch niet")).status());
        List<Integer> statuses = List.of(accept.get(), decline.get());
        pool.shutdown();
        assertTrue(statuses.contains(303) && statuses.contains(409), statuses.toString());
        assertEquals(statuses.get(0) == 303 ? "accepted" : "declined", scene.status(id));
    }

    @Test
    void withdrawingTellsTheSideThatWasAsked() {
        DealScene scene = new DealScene(plein);
        String id = scene.propose();
        assertEquals(303, scene.ilse.post("/goodbusy/matches/" + id + "/withdraw", Map.of()).status());
        assertEquals("withdrawn", scene.status(id));
        plein.platform().sendMail();
        Mailbox.Mail mail = mailbox.last(DealScene.BRAM);
        assertEquals("A match proposal was withdrawn", mail.subject());
        assertEquals(409, scene.bram.post("/goodbusy/matches/" + id + "/accept", Map.of()).status());
        assertEquals("cancelled", scene.single("SELECT status FROM plein_jobs WHERE kind = 'goodbusy.nudge'"),
                "no reminder about a proposal that is gone");
        assertFalse(scene.bram.get("/goodbusy/matches/" + id).body().contains("Neem het voorstel aan"));
    }

    private static Browser.Page propose(Browser who, String request, String offer) {
        return who.post("/goodbusy/matches", Map.of("request", request, "offer", offer, "proposal", "Zullen we?"));
    }

    private static OfferDraft offer(String title, LocalDate from, LocalDate until) {
        return new OfferDraft(title, "", "service-day", List.of("elderly"), List.of("hands-on"), 8, from, until,
                false, true, List.of("Utrecht"), true);
    }

    private static RequestDraft draft(String title, LocalDate from, LocalDate until,
                                      boolean remote, boolean vog) {
        return new RequestDraft(title, "Wij zoeken hulp.", "service-day", "elderly", List.of("hands-on"), 6, 10,
                DateKind.PERIOD, from, until, "", remote, "Utrecht", "Utrecht", vog, "");
    }
}
