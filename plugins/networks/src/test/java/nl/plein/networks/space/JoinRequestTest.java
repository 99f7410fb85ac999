package nl.plein.networks.space;

import static nl.plein.networks.space.SpaceScene.front;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Asking to join: a signed-in outsider of an open or members-only space asks, the coordinators hear of it and decide,
 * and the person hears either way. A secret space takes no requests: for an outsider it does not exist.
 */
@OnBothDatabases
class JoinRequestTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_SMTP_HOST", "127.0.0.1")
            .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));
    final NetworksFixture fixture = new NetworksFixture(plein);
    final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void aCoordinatorApprovesARequestAndThePersonIsInAtOnce() {
        SpaceScene scene = new SpaceScene(fixture);
        String organisation = fixture.organisation("Buurtkracht", scene.outsiderId);
        Browser outsider = scene.outsider();
        String join = front(scene.closed) + "/join";

        Browser.Page asked = outsider.post(join, Map.of("organisation", organisation,
                "message", "Wij werken ook met mantelzorgers."));
        assertEquals(303, asked.status(), asked.body());
        Browser.Page waiting = outsider.get(asked.location());
        assertTrue(waiting.body().contains("Je verzoek is verstuurd."), waiting.body());
        assertTrue(waiting.body().contains("De coördinatoren hebben nog niet beslist."));
        assertEquals(303, outsider.post(join, Map.of("organisation", "", "message", "Nog een keer")).status());
        assertEquals(1, count("SELECT COUNT(*) FROM networks_join_requests"), "asking twice adds nothing");

        plein.platform().sendMail();
        Mailbox.Mail toCoordinator = mailbox.last("coordinator@netwerk.test");
        assertEquals("Iemand wil lid worden van je netwerkruimte", toCoordinator.subject());
        assertTrue(toCoordinator.text().contains("Bas Buitenstaander vraagt of hij of zij namens Buurtkracht lid mag "
                + "worden van Besloten Beraad."), toCoordinator.text());
        assertTrue(toCoordinator.text().contains("Wij werken ook met mantelzorgers."));
        assertTrue(mailbox.to("lid@netwerk.test").isEmpty(), "only coordinators hear of requests");

        Browser coordinator = scene.coordinator();
        Browser.Page members = coordinator.get(front(scene.closed) + "/members");
        assertTrue(members.body().contains("Bas Buitenstaander (Buurtkracht)"), members.body());
        assertTrue(members.body().contains("Wij werken ook met mantelzorgers."));
        Browser.Page list = coordinator.get("/networks");
        assertTrue(list.body().contains("Eén verzoek om lid te worden wacht op je besluit"), list.body());
        assertFalse(scene.member().get(front(scene.closed) + "/members").body().contains("mantelzorgers"),
                "members do not see requests");

        String id = single("SELECT id FROM networks_join_requests");
        String approve = front(scene.closed) + "/join-requests/" + id + "/approve";
        assertEquals(403, scene.member().post(approve, Map.of()).status(), "members do not decide");
        assertEquals(403, outsider.post(approve, Map.of()).status());
        assertEquals(404, coordinator.post(front(scene.open) + "/join-requests/" + id + "/approve", Map.of())
                .status(), "a request of another space is not found");
        assertEquals(404, coordinator.post(front(scene.closed) + "/join-requests/nonsense/approve", Map.of())
                .status());

        Browser.Page approved = coordinator.post(approve, Map.of());
        assertEquals(303, approved.status());
        Member member = fixture.spaces().member(scene.closed.id(), scene.outsiderId).orElseThrow();
        assertEquals(SpaceRole.MEMBER, member.role());
        assertEquals(organisation, member.organisationId());
        assertTrue(fixture.spaces().organisations(scene.closed.id()).contains(organisation));
        assertTrue(outsider.get(front(scene.closed)).body().contains("/threads\""), "in at once");
        assertEquals(200, outsider.get(front(scene.closed) + "/members").status());

        plein.platform().sendMail();
        Mailbox.Mail welcome = mailbox.last("buiten@netwerk.test");
        assertEquals("Je bent lid van de netwerkruimte", welcome.subject());
        assertTrue(welcome.text().contains("Je verzoek om lid te worden van Besloten Beraad is aangenomen."));
        assertTrue(welcome.linkPath().endsWith(front(scene.closed)), welcome.link());

        Browser.Page twice = coordinator.post(front(scene.closed) + "/join-requests/" + id + "/decline", Map.of());
        assertEquals(409, twice.status());
        assertTrue(twice.body().contains("Over dit verzoek is al beslist."), twice.body());
        assertEquals(1, mailbox.to("buiten@netwerk.test").size());
    }

    @Test
    void aDeclinedPersonHearsItAndStaysOutside() {
        SpaceScene scene = new SpaceScene(fixture);
        Browser outsider = scene.outsider();
        assertEquals(303, outsider.post(front(scene.open) + "/join", Map.of("organisation", "", "message", ""))
                .status());
        String id = single("SELECT id FROM networks_join_requests");
        assertEquals(null, single("SELECT organisation_id FROM networks_join_requests"));

        assertEquals(303, scene.coordinator().post(front(scene.open) + "/join-requests/" + id + "/decline",
                Map.of()).status());
        assertEquals("declined", single("SELECT status FROM networks_join_requests"));
        assertTrue(fixture.spaces().member(scene.open.id(), scene.outsiderId).isEmpty());
        plein.platform().sendMail();
        Mailbox.Mail declined = mailbox.last("buiten@netwerk.test");
        assertEquals("Je verzoek om lid te worden is afgewezen", declined.subject());
        assertTrue(declined.text().contains("Je verzoek om lid te worden van Open Kring is afgewezen."));

        // They may ask again later.
        assertTrue(outsider.get(front(scene.open)).body().contains("Verzoek versturen"));
    }

    @Test
    void aRequestIsRefusedWhereItCannotBeMade() {
        SpaceScene scene = new SpaceScene(fixture);
        Browser outsider = scene.outsider();
        Map<String, String> form = Map.of("organisation", "", "message", "");

        assertEquals(404, outsider.post(front(scene.secret) + "/join", form).status(), "secret: not there");
        assertEquals(404, scene.administrator().post(front(scene.secret) + "/join", form).status());
        assertEquals(404, outsider.post("/networks/spaces/nonsense/join", form).status());
        assertEquals(403, fixture.anonymous().post(front(scene.closed) + "/join", form).status());
        Browser.Page already = scene.member().post(front(scene.closed) + "/join", form);
        assertEquals(409, already.status());
        assertTrue(already.body().contains("Je zit al in deze ruimte."));

        String notHers = fixture.organisation("Andermans Stichting", scene.memberId);
        Browser.Page wrong = outsider.post(front(scene.closed) + "/join", Map.of("organisation", notHers,
                "message", "m".repeat(2001)));
        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("Kies een organisatie waarvoor je zelf werkt"), wrong.body());
        assertTrue(wrong.body().contains("Het bericht mag hooguit 2000 tekens lang zijn."));
        assertTrue(wrong.body().contains("m".repeat(2001) + "</textarea>"), "what was typed is kept");
        assertFalse(wrong.body().contains("/threads\""), "still nothing of the inside");
        assertEquals(0, count("SELECT COUNT(*) FROM networks_join_requests"));
    }

    private int count(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private String single(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }
}
