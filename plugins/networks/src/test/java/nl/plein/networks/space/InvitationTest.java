package nl.plein.networks.space;

import static nl.plein.networks.space.SpaceScene.front;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.api.SecretTokens;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations by mail: a coordinator invites an address, the person opens the link, signs in, chooses the
 * organisation they represent and is in. A link works once and for 14 days; any other link gets a page that says so.
 */
@OnBothDatabases
class InvitationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_SMTP_HOST", "127.0.0.1")
            .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));
    final NetworksFixture fixture = new NetworksFixture(plein);
    final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void anInvitedPersonJoinsForTheirOrganisationOnceWithTheLinkFromTheMail() {
        SpaceScene scene = new SpaceScene(fixture);
        Browser coordinator = scene.coordinator();
        String members = front(scene.secret) + "/members";

        Browser.Page invited = coordinator.post(front(scene.secret) + "/invitations",
                Map.of("email", " Nina.Nieuw@Netwerk.test ", "role", "chair"));
        assertEquals(303, invited.status(), invited.body());
        assertEquals(members + "?invited=1#invitations", invited.location());
        Browser.Page list = coordinator.get(members);
        assertTrue(list.body().contains("nina.nieuw@netwerk.test — Voorzitter"), list.body());

        plein.platform().sendMail();
        Mailbox.Mail mail = mailbox.last("nina.nieuw@netwerk.test");
        assertEquals("Uitnodiging voor Geheime Groep", mail.subject());
        assertTrue(mail.text().contains("Coby Coördinator nodigt je uit voor de ruimte Geheime Groep op Plein, als "
                + "Voorzitter."), mail.text());
        assertTrue(mail.text().contains("tot 16 maart 2026 10:00"), mail.text());
        String link = mail.linkPath();
        assertTrue(link.startsWith("/networks/invitations/"), link);
        String token = link.substring("/networks/invitations/".length());
        // Only the token's hash is kept: a copy of the database holds no working link.
        List<String> stored = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT token_hash FROM networks_invitations").mapTo(String.class).list());
        assertEquals(List.of(SecretTokens.hash(token)), stored);

        Browser.Page anonymous = fixture.anonymous().get(link);
        assertEquals(200, anonymous.status());
        assertTrue(anonymous.body().contains("Coby Coördinator nodigt je uit voor de ruimte Geheime Groep, als "
                + "Voorzitter."), anonymous.body());
        assertTrue(anonymous.body().contains("/login?next=%2Fnetworks%2Finvitations%2F" + token));
        assertFalse(anonymous.body().contains("Uitnodiging aannemen"));
        assertEquals(403, fixture.anonymous().post(link, Map.of("organisation", "")).status());

        String ninaId = fixture.person("nina.nieuw@netwerk.test", "Nina Nieuw");
        String ownOrganisation = fixture.organisation("Vereniging Samen", ninaId);
        String otherOrganisation = fixture.organisation("Andermans Stichting", scene.outsiderId);
        Browser nina = fixture.signedIn("nina.nieuw@netwerk.test");
        Browser.Page choose = nina.get(link);
        assertTrue(choose.body().contains("Vereniging Samen"), choose.body());
        assertFalse(choose.body().contains("Andermans Stichting"));
        assertEquals(404, nina.get(front(scene.secret)).status(), "not in it until accepted");

        Browser.Page notHers = nina.post(link, Map.of("organisation", otherOrganisation));
        assertEquals(422, notHers.status());
        assertTrue(notHers.body().contains("Kies een organisatie waarvoor je zelf werkt"), notHers.body());
        assertTrue(notHers.body().contains("Uitnodiging aannemen"), "still usable");

        Browser.Page accepted = nina.post(link, Map.of("organisation", ownOrganisation));
        assertEquals(303, accepted.status(), accepted.body());
        assertEquals(front(scene.secret) + "?joined=1", accepted.location());
        Member member = fixture.spaces().member(scene.secret.id(), ninaId).orElseThrow();
        assertEquals(SpaceRole.CHAIR, member.role());
        assertEquals(ownOrganisation, member.organisationId());
        assertTrue(fixture.spaces().organisations(scene.secret.id()).contains(ownOrganisation));
        Browser.Page welcome = nina.get(accepted.location());
        assertEquals(200, welcome.status());
        assertTrue(welcome.body().contains("Welkom! Je bent nu lid van deze ruimte."));
        assertFalse(coordinator.get(members).body().contains("nina.nieuw@netwerk.test"), "no longer open");

        // The link worked once.
        Browser.Page again = nina.get(link);
        assertEquals(410, again.status());
        assertTrue(again.body().contains("Deze uitnodiging is al gebruikt."), again.body());
        assertFalse(again.body().contains("Geheime Groep"));
        Browser.Page someoneElse = scene.outsider().post(link, Map.of("organisation", ""));
        assertEquals(410, someoneElse.status());
        assertTrue(fixture.spaces().member(scene.secret.id(), scene.outsiderId).isEmpty());
    }

    @Test
    void anExpiredOrUnknownLinkGetsAClearPageNeverAnError() {
        SpaceScene scene = new SpaceScene(fixture);
        scene.coordinator().post(front(scene.closed) + "/invitations", Map.of("email", "laat@netwerk.test",
                "role", "member"));
        plein.platform().sendMail();
        String link = mailbox.last("laat@netwerk.test").linkPath();

        plein.clock().advance(Duration.ofDays(14).plusMinutes(1));
        Browser outsider = scene.outsider();
        Browser.Page expired = outsider.get(link);
        assertEquals(410, expired.status());
        assertTrue(expired.body().contains("Deze uitnodiging is verlopen. Vraag de coördinator"), expired.body());
        assertEquals(410, outsider.post(link, Map.of("organisation", "")).status());
        assertTrue(fixture.spaces().member(scene.closed.id(), scene.outsiderId).isEmpty());

        String wellFormed = "/networks/invitations/" + SecretTokens.newToken();
        for (String path : List.of(wellFormed, "/networks/invitations/abc", "/networks/invitations/"
                + "x".repeat(500), "/networks/invitations/%27%3B--")) {
            Browser.Page unknown = outsider.get(path);
            assertEquals(404, unknown.status(), path);
            assertTrue(unknown.body().contains("Deze uitnodigingslink werkt niet."), unknown.body());
            assertEquals(404, outsider.post(path, Map.of("organisation", "")).status(), path);
        }
    }

    @Test
    void onlyThoseWhoManageTheMembersInviteAndAWrongFormKeepsWhatWasTyped() {
        SpaceScene scene = new SpaceScene(fixture);
        Map<String, String> form = Map.of("email", "iemand@netwerk.test", "role", "member");

        assertEquals(403, scene.member().post(front(scene.closed) + "/invitations", form).status());
        assertEquals(403, scene.outsider().post(front(scene.closed) + "/invitations", form).status());
        assertEquals(404, scene.outsider().post(front(scene.secret) + "/invitations", form).status());
        assertEquals(403, fixture.anonymous().post(front(scene.closed) + "/invitations", form).status());
        assertEquals(0, invitations());

        Browser coordinator = scene.coordinator();
        Browser.Page wrong = coordinator.post(front(scene.closed) + "/invitations",
                Map.of("email", "geen-adres", "role", "guest"));
        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("Vul een geldig e-mailadres in"), wrong.body());
        assertTrue(wrong.body().contains("Kies een rol: lid, voorzitter of coördinator."));
        assertTrue(wrong.body().contains("value=\"geen-adres\""), "what was typed is kept");
        Browser.Page tooLong = coordinator.post(front(scene.closed) + "/invitations",
                Map.of("email", "a".repeat(250) + "@x.nl", "role", "coordinator"));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("<option value=\"coordinator\" selected>"), tooLong.body());
        assertEquals(422, coordinator.post(front(scene.closed) + "/invitations", Map.of()).status());
        assertEquals(0, invitations());

        // A platform administrator may bring in a coordinator, e.g. when a space lost its last one.
        assertEquals(303, scene.administrator().post(front(scene.secret) + "/invitations",
                Map.of("email", "redder@netwerk.test", "role", "coordinator")).status());
        assertEquals(1, invitations());
    }

    @Test
    void acceptingNeverLowersARoleAndAGuestBecomesAMember() {
        SpaceScene scene = new SpaceScene(fixture);
        Browser coordinator = scene.coordinator();
        coordinator.post(front(scene.closed) + "/invitations", Map.of("email", "coordinator@netwerk.test",
                "role", "member"));
        coordinator.post(front(scene.closed) + "/invitations", Map.of("email", "gast@netwerk.test", "role",
                "member"));
        plein.platform().sendMail();

        Browser.Page own = coordinator.get(mailbox.last("coordinator@netwerk.test").linkPath());
        assertTrue(own.body().contains("Je zit al in deze ruimte, als Coördinator."), own.body());
        assertEquals(303, coordinator.post(mailbox.last("coordinator@netwerk.test").linkPath(),
                Map.of("organisation", "")).status());
        assertEquals(SpaceRole.COORDINATOR, fixture.spaces().member(scene.closed.id(), scene.coordinatorId)
                .orElseThrow().role(), "an invitation as member does not take a coordinator's role away");

        assertEquals(303, scene.guest().post(mailbox.last("gast@netwerk.test").linkPath(),
                Map.of("organisation", "")).status());
        Member former = fixture.spaces().member(scene.closed.id(), scene.guestId).orElseThrow();
        assertEquals(SpaceRole.MEMBER, former.role());
        assertEquals(null, former.guestMeetingId());
    }

    @Test
    void aLinkOpenedTwiceAtTheSameMomentLetsOnePersonIn() throws Exception {
        SpaceScene scene = new SpaceScene(fixture);
        scene.coordinator().post(front(scene.closed) + "/invitations", Map.of("email", "twee@netwerk.test",
                "role", "member"));
        plein.platform().sendMail();
        String link = mailbox.last("twee@netwerk.test").linkPath();
        fixture.person("een@netwerk.test", "Eef Een");
        fixture.person("ander@netwerk.test", "Ad Ander");
        List<Browser> browsers = List.of(fixture.signedIn("een@netwerk.test"), fixture.signedIn("ander@netwerk.test"),
                fixture.signedIn("een@netwerk.test"), fixture.signedIn("ander@netwerk.test"));
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        List<Future<Integer>> answers = new ArrayList<>();
        for (Browser browser : browsers) {
            answers.add(pool.submit(() -> browser.post(link, Map.of("organisation", "")).status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) statuses.add(answer.get());
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 303).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 410).count(), statuses.toString());
        int joined = plein.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM networks_members WHERE space_id = :s AND person_id IN (:a, :b)")
                .bind("s", scene.closed.id()).bind("a", fixture.personId("een@netwerk.test"))
                .bind("b", fixture.personId("ander@netwerk.test")).mapTo(Integer.class).one());
        assertEquals(1, joined);
    }

    private int invitations() {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM networks_invitations")
                .mapTo(Integer.class).one());
    }
}
