package nl.plein.networks.space;

import static nl.plein.networks.space.SpaceScene.front;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What each kind of visitor sees of an open, a members-only and a secret space: in the list of spaces and on a
 * space's front page. A secret space does not exist for outsiders; a members-only one shows only its name and
 * description.
 */
class SpaceVisibilityTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    @Test
    void theListShowsSecretSpacesOnlyToThoseInThemAndTheirRoleInEach() {
        SpaceScene scene = new SpaceScene(fixture);

        for (Browser outside : new Browser[] {fixture.anonymous(), scene.outsider()}) {
            Browser.Page list = outside.get("/networks");
            assertEquals(200, list.status());
            assertTrue(list.body().contains("Open Kring"), list.body());
            assertTrue(list.body().contains("Besloten Beraad"));
            assertTrue(list.body().contains("Besloten: zichtbaar in de lijst, inhoud alleen voor leden"));
            assertTrue(list.body().contains("De ruimte van Besloten Beraad."), "the description is shown");
            assertFalse(list.body().contains("Geheime Groep"), "a secret space is not listed to outsiders");
            assertFalse(list.body().contains("Jouw rol"));
            assertFalse(list.body().contains("/networks/spaces/new"), "only coordinators of networks create spaces");
        }
        Browser.Page member = scene.member().get("/networks");
        assertTrue(member.body().contains("Geheime Groep"), member.body());
        assertTrue(member.body().contains("Jouw rol: Lid"));
        Browser.Page guest = scene.guest().get("/networks");
        assertTrue(guest.body().contains("Geheime Groep"));
        assertTrue(guest.body().contains("Jouw rol: Gast (één vergadering)"));
        Browser.Page coordinator = scene.coordinator().get("/networks");
        assertTrue(coordinator.body().contains("Jouw rol: Coördinator"));
        Browser.Page administrator = scene.administrator().get("/networks");
        assertTrue(administrator.body().contains("Geheime Groep"), "administrators know every space");
        assertFalse(administrator.body().contains("Jouw rol"));
        assertTrue(administrator.body().contains("/networks/spaces/new"));
        Browser networksCoordinator = fixture.withRole("staf@netwerk.test", "Stef Staf",
                NetworksFixture.COORDINATOR_ROLE);
        assertTrue(networksCoordinator.get("/networks").body().contains("href=\"/networks/spaces/new\""));
    }

    @Test
    void theFrontPageShowsEachVisitorWhatTheyMaySee() {
        SpaceScene scene = new SpaceScene(fixture);
        Browser anonymous = fixture.anonymous();
        Browser outsider = scene.outsider();
        Browser member = scene.member();
        Browser guest = scene.guest();
        Browser administrator = scene.administrator();

        // Open: anyone reads; only members see what changed; signed-in outsiders may ask to join.
        Browser.Page openAnonymous = anonymous.get(front(scene.open));
        assertEquals(200, openAnonymous.status());
        assertTrue(openAnonymous.body().contains("/threads\""), openAnonymous.body());
        assertFalse(openAnonymous.body().contains("/members\""), "the directory is for members");
        assertTrue(openAnonymous.body().contains("href=\"/login?next="));
        Browser.Page openOutsider = outsider.get(front(scene.open));
        assertTrue(openOutsider.body().contains("/threads\""));
        assertTrue(openOutsider.body().contains("action=\"/networks/spaces/" + scene.open.id() + "/join\""));
        assertFalse(openOutsider.body().contains("Wat is er veranderd"));
        Browser.Page openMember = member.get(front(scene.open));
        assertTrue(openMember.body().contains("Wat is er veranderd sinds je vorige bezoek"), openMember.body());
        assertTrue(openMember.body().contains("/members\""));
        assertFalse(openMember.body().contains("/join\""));
        assertFalse(openMember.body().contains("/edit\""), "only coordinators edit");
        assertTrue(scene.coordinator().get(front(scene.open)).body().contains("/edit\""));

        // Members-only: name and description for everyone, nothing inside for outsiders.
        Browser.Page closedAnonymous = anonymous.get(front(scene.closed));
        assertEquals(200, closedAnonymous.status());
        assertTrue(closedAnonymous.body().contains("Besloten Beraad"));
        assertTrue(closedAnonymous.body().contains("De ruimte van Besloten Beraad."));
        assertFalse(closedAnonymous.body().contains("/threads\""), closedAnonymous.body());
        assertTrue(closedAnonymous.body().contains("href=\"/login?next=%2Fnetworks%2Fspaces%2F" + scene.closed.id()));
        Browser.Page closedOutsider = outsider.get(front(scene.closed));
        assertFalse(closedOutsider.body().contains("/threads\""));
        assertTrue(closedOutsider.body().contains("Verzoek versturen"));
        assertTrue(closedOutsider.body().contains("Deze ruimte is besloten: alleen leden zien wat erin staat."));
        Browser.Page closedMember = member.get(front(scene.closed));
        assertTrue(closedMember.body().contains("/threads\""));
        assertTrue(closedMember.body().contains("/documents\""));
        assertTrue(closedMember.body().contains("/decisions\""));
        assertFalse(closedMember.body().contains("/trajectories\""), "a network has no trajectories");
        Browser.Page closedGuest = guest.get(front(scene.closed));
        assertEquals(200, closedGuest.status());
        assertFalse(closedGuest.body().contains("/threads\""), closedGuest.body());
        assertTrue(closedGuest.body().contains("href=\"/networks/spaces/" + scene.closed.id() + "/meetings/"
                + SpaceScene.GUEST_MEETING + "\""));
        assertFalse(closedGuest.body().contains("Verzoek versturen"));
        Browser.Page closedAdministrator = administrator.get(front(scene.closed));
        assertFalse(closedAdministrator.body().contains("/threads\""), "administrators do not read spaces");
        assertTrue(closedAdministrator.body().contains("Leden beheren"));

        // Secret: a space that does not exist for outsiders.
        for (Browser outside : new Browser[] {anonymous, outsider}) {
            Browser.Page page = outside.get(front(scene.secret));
            assertEquals(404, page.status());
            assertFalse(page.body().contains("Geheime Groep"));
        }
        assertEquals(200, member.get(front(scene.secret)).status());
        Browser.Page secretGuest = guest.get(front(scene.secret));
        assertEquals(200, secretGuest.status());
        assertFalse(secretGuest.body().contains("/threads\""));
        Browser.Page secretAdministrator = administrator.get(front(scene.secret));
        assertEquals(200, secretAdministrator.status());
        assertFalse(secretAdministrator.body().contains("/threads\""));
        assertFalse(secretAdministrator.body().contains("Verzoek versturen"), "a secret space takes no requests");

        assertEquals(404, member.get("/networks/spaces/nonsense").status());
        assertEquals(404, member.get("/networks/spaces/01900000-0000-7000-8000-000000000000").status());
    }

    @Test
    void aProgrammeLinksToItsTrajectoriesAndTheDescriptionIsSanitisedMarkdown() {
        String coordinator = fixture.person("coordinator@netwerk.test", "Coby Coördinator");
        Space programme = fixture.spaces().create("Samen Verder", "**Tien partners**\n\n<script>alert(1)</script>",
                Visibility.OPEN, SpaceKind.PROGRAMME, coordinator);
        Browser.Page page = fixture.anonymous().get(front(programme));
        assertTrue(page.body().contains("<strong>Tien partners</strong>"), page.body());
        assertFalse(page.body().contains("<script>alert(1)</script>"));
        assertTrue(page.body().contains("/trajectories\""));
        assertTrue(page.body().contains("Programma met lokale trajecten"));
    }
}
