package nl.plein.networks.space;

import static nl.plein.networks.space.SpaceScene.front;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Leaving, removing and changing roles. A removed member loses access with their next request; a space keeps at
 * least one coordinator; an organisation stays a member only while someone represents it.
 */
@OnBothDatabases
class MembershipTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    @Test
    void aRemovedMemberLosesAccessAtOnce() {
        SpaceScene scene = new SpaceScene(fixture);
        Browser member = scene.member();
        assertEquals(200, member.get(front(scene.secret)).status());
        assertEquals(200, member.get(front(scene.closed) + "/members").status());
        Browser coordinator = scene.coordinator();

        Browser.Page removed = coordinator.post(front(scene.secret) + "/members/" + scene.memberId + "/remove",
                Map.of());
        assertEquals(303, removed.status());
        assertEquals(front(scene.secret) + "/members?removed=1", removed.location());
        assertTrue(coordinator.get(removed.location()).body().contains("Die persoon is uit de ruimte gehaald."));
        assertEquals(303, coordinator.post(front(scene.closed) + "/members/" + scene.memberId + "/remove", Map.of())
                .status());

        // The same browser, still signed in: the next request already sees an outsider.
        Browser.Page secret = member.get(front(scene.secret));
        assertEquals(404, secret.status());
        assertFalse(secret.body().contains("Geheime Groep"));
        assertFalse(member.get("/networks").body().contains("Geheime Groep"));
        assertEquals(403, member.get(front(scene.closed) + "/members").status());
        Browser.Page closed = member.get(front(scene.closed));
        assertFalse(closed.body().contains("/threads\""), closed.body());
        assertTrue(closed.body().contains("Verzoek versturen"), "an outsider again, who may ask to join");

        // Nobody represents Stichting Zorgzaam in those spaces any more; in the open one the member still does.
        assertFalse(fixture.spaces().organisations(scene.secret.id()).contains(scene.organisationId));
        assertFalse(fixture.spaces().organisations(scene.closed.id()).contains(scene.organisationId));
        assertTrue(fixture.spaces().organisations(scene.open.id()).contains(scene.organisationId));
    }

    @Test
    void anOrganisationStaysWhileSomeoneElseRepresentsIt() {
        SpaceScene scene = new SpaceScene(fixture);
        String colleague = fixture.person("collega@netwerk.test", "Cor Collega");
        fixture.join(scene.closed, colleague, scene.organisationId, SpaceRole.MEMBER);
        Browser coordinator = scene.coordinator();

        assertEquals(303, coordinator.post(front(scene.closed) + "/members/" + scene.memberId + "/remove", Map.of())
                .status());
        assertTrue(fixture.spaces().organisations(scene.closed.id()).contains(scene.organisationId));
        assertEquals(303, coordinator.post(front(scene.closed) + "/members/" + colleague + "/remove", Map.of())
                .status());
        assertFalse(fixture.spaces().organisations(scene.closed.id()).contains(scene.organisationId));
    }

    @Test
    void theLastCoordinatorCannotLeaveOrBeRemovedOrDemoted() {
        SpaceScene scene = new SpaceScene(fixture);
        Browser coordinator = scene.coordinator();
        String space = front(scene.closed);

        Browser.Page leave = coordinator.post(space + "/leave", Map.of());
        assertEquals(409, leave.status());
        assertTrue(leave.body().contains("Je bent de laatste coördinator van deze ruimte. Maak eerst iemand anders "
                + "coördinator"), leave.body());
        Browser.Page remove = coordinator.post(space + "/members/" + scene.coordinatorId + "/remove", Map.of());
        assertEquals(409, remove.status());
        assertTrue(remove.body().contains("Dit is de laatste coördinator van deze ruimte."));
        Browser.Page demote = coordinator.post(space + "/members/" + scene.coordinatorId + "/role",
                Map.of("role", "member"));
        assertEquals(409, demote.status());
        assertEquals(SpaceRole.COORDINATOR, role(scene.closed, scene.coordinatorId));

        // With a second coordinator, the first may go.
        assertEquals(303, coordinator.post(space + "/members/" + scene.memberId + "/role",
                Map.of("role", "coordinator")).status());
        assertEquals(SpaceRole.COORDINATOR, role(scene.closed, scene.memberId));
        Browser.Page left = coordinator.post(space + "/leave", Map.of());
        assertEquals(303, left.status());
        assertEquals("/networks?left=1", left.location());
        assertTrue(coordinator.get(left.location()).body().contains("Je hebt de ruimte verlaten."));
        assertTrue(fixture.spaces().member(scene.closed.id(), scene.coordinatorId).isEmpty());
        assertEquals(403, coordinator.post(space + "/members/" + scene.memberId + "/remove", Map.of()).status(),
                "no longer a coordinator");
    }

    @Test
    void twoCoordinatorsLeavingAtTheSameMomentLeaveOneBehind() throws Exception {
        SpaceScene scene = new SpaceScene(fixture);
        String space = front(scene.closed);
        Browser coordinator = scene.coordinator();
        assertEquals(303, coordinator.post(space + "/members/" + scene.memberId + "/role",
                Map.of("role", "coordinator")).status());
        List<Browser> both = List.of(coordinator, scene.member());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(both.size());
        List<Future<Integer>> answers = new ArrayList<>();
        for (Browser browser : both) {
            answers.add(pool.submit(() -> {
                start.await();
                return browser.post(space + "/leave", Map.of()).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) statuses.add(answer.get());
        pool.shutdown();
        assertEquals(List.of(303, 409), statuses.stream().sorted().toList());
        int coordinators = plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM networks_members WHERE space_id = :space AND role = 'coordinator'""")
                .bind("space", scene.closed.id()).mapTo(Integer.class).one());
        assertEquals(1, coordinators);
    }

    @Test
    void membersAndGuestsLeaveAndOutsidersCannot() {
        SpaceScene scene = new SpaceScene(fixture);
        assertEquals(303, scene.member().post(front(scene.open) + "/leave", Map.of()).status());
        assertTrue(fixture.spaces().member(scene.open.id(), scene.memberId).isEmpty());
        assertEquals(303, scene.guest().post(front(scene.secret) + "/leave", Map.of()).status());
        assertEquals(404, scene.guest().get(front(scene.secret)).status());

        Browser.Page notIn = scene.outsider().post(front(scene.closed) + "/leave", Map.of());
        assertEquals(409, notIn.status());
        assertTrue(notIn.body().contains("Je zit niet in deze ruimte."));
        assertEquals(404, scene.outsider().post(front(scene.secret) + "/leave", Map.of()).status());
        assertEquals(403, fixture.anonymous().post(front(scene.closed) + "/leave", Map.of()).status());
    }

    @Test
    void coordinatorsChangeRolesAndNoOneElseDoes() {
        SpaceScene scene = new SpaceScene(fixture);
        Browser coordinator = scene.coordinator();
        String member = front(scene.closed) + "/members/" + scene.memberId;

        assertEquals(303, coordinator.post(member + "/role", Map.of("role", "chair")).status());
        assertEquals(SpaceRole.CHAIR, role(scene.closed, scene.memberId));
        assertTrue(coordinator.get(front(scene.closed) + "/members").body().contains("Lotte Lid — Voorzitter"));

        Browser.Page unknown = coordinator.post(member + "/role", Map.of("role", "king"));
        assertEquals(422, unknown.status());
        assertTrue(unknown.body().contains("Kies een rol: lid, voorzitter of coördinator."), unknown.body());
        assertEquals(422, coordinator.post(member + "/role", Map.of("role", "guest")).status(),
                "guests are invited to a meeting, not appointed");
        assertEquals(422, coordinator.post(member + "/role", Map.of()).status());
        assertEquals(404, coordinator.post(front(scene.closed) + "/members/" + scene.outsiderId + "/role",
                Map.of("role", "member")).status(), "not in the space");
        assertEquals(404, coordinator.post(front(scene.closed) + "/members/nonsense/remove", Map.of()).status());

        Browser lid = scene.member();
        assertEquals(403, lid.post(front(scene.closed) + "/members/" + scene.coordinatorId + "/role",
                Map.of("role", "member")).status(), "a chair does not manage members");
        assertEquals(403, lid.post(front(scene.closed) + "/members/" + scene.guestId + "/remove", Map.of())
                .status());
        assertEquals(404, scene.outsider().post(front(scene.secret) + "/members/" + scene.memberId + "/remove",
                Map.of()).status());
        assertEquals(403, fixture.anonymous().post(member + "/role", Map.of("role", "member")).status());

        // A guest appointed member sees the whole space, not just their meeting.
        assertEquals(303, coordinator.post(front(scene.closed) + "/members/" + scene.guestId + "/role",
                Map.of("role", "member")).status());
        Member former = fixture.spaces().member(scene.closed.id(), scene.guestId).orElseThrow();
        assertEquals(SpaceRole.MEMBER, former.role());
        assertEquals(null, former.guestMeetingId());
        assertTrue(scene.guest().get(front(scene.closed)).body().contains("/threads\""));
        assertEquals(SpaceRole.CHAIR, role(scene.closed, scene.memberId));
    }

    @Test
    void anAdministratorRescuesASpaceWhoseCoordinatorIsGone() {
        SpaceScene scene = new SpaceScene(fixture);
        // The coordinator's account was erased: the space has no one to run it.
        plein.jdbi().useHandle(h -> h.createUpdate("DELETE FROM networks_members WHERE person_id = :p")
                .bind("p", scene.coordinatorId).execute());
        Browser administrator = scene.administrator();

        Browser.Page members = administrator.get(front(scene.secret) + "/members");
        assertEquals(200, members.status());
        assertTrue(members.body().contains("Lotte Lid"), members.body());
        assertEquals(303, administrator.post(front(scene.secret) + "/members/" + scene.memberId + "/role",
                Map.of("role", "coordinator")).status());
        assertEquals(SpaceRole.COORDINATOR, role(scene.secret, scene.memberId));
        assertTrue(fixture.spaces().member(scene.secret.id(), fixture.personId("beheer@netwerk.test")).isEmpty(),
                "the administrator stays outside");
        assertEquals(403, administrator.get(front(scene.secret) + "/edit").status(), "and does not run it");
        assertEquals(List.of(), plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT person_id FROM networks_members WHERE role = 'coordinator' AND space_id = :s AND person_id <> :m")
                .bind("s", scene.secret.id()).bind("m", scene.memberId).mapTo(String.class).list()));
    }

    private SpaceRole role(Space space, String personId) {
        return fixture.spaces().member(space.id(), personId).orElseThrow().role();
    }
}
