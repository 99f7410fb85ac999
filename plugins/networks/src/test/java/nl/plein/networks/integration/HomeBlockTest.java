package nl.plein.networks.integration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The menu leads to the networks, and the home page shows a signed-in person the spaces they are in with what changed
 * since their last visit — counting only what they may see, and not what they did themselves.
 */
class HomeBlockTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    @Test
    void everyoneSeesTheirOwnSpacesWithWhatIsNewForThemSinceTheirLastVisit() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        String memberId = fixture.person("lid@netwerk.test", "Lotte Lid");
        String newcomerId = fixture.person("nieuw@netwerk.test", "Nina Nieuw");
        String guestId = fixture.person("gast@netwerk.test", "Gert Gast");
        fixture.person("buiten@netwerk.test", "Bo Buiten");
        Space network = fixture.space("Netwerk Zorgvrijwilligers", Visibility.MEMBERS, coordinatorId);
        Space secret = fixture.space("Geheime kring", Visibility.SECRET, coordinatorId);
        fixture.join(network, memberId, null, SpaceRole.MEMBER);
        String colleagueId = fixture.person("collega@netwerk.test", "Cas Collega");
        fixture.join(network, colleagueId, null, SpaceRole.COORDINATOR);
        String meeting = UUID.randomUUID().toString();
        fixture.guest(network, guestId, meeting);
        ContentRows rows = new ContentRows(plein);
        long now = plein.clock().millis();
        long lastVisit = now - 86_400_000L;
        rows.execute("UPDATE networks_members SET last_visit_at = ? WHERE person_id IN (?, ?)", lastVisit,
                coordinatorId, memberId);
        // Joined after most of the activity: counts only what came after joining.
        fixture.join(network, newcomerId, null, SpaceRole.MEMBER);
        rows.execute("UPDATE networks_members SET joined_at = ? WHERE person_id = ?", now - 3_600_000L, newcomerId);
        activity(rows, network, colleagueId, "members", lastVisit - 1000);   // before the last visit
        activity(rows, network, colleagueId, "members", now - 7_200_000L);   // new
        activity(rows, network, colleagueId, "members", now - 60_000L);      // new
        activity(rows, network, colleagueId, "coordinators", now - 60_000L); // new, for coordinators only
        activity(rows, network, memberId, "members", now - 30_000L);           // new, but the member's own
        activity(rows, secret, coordinatorId, "members", now - 30_000L);       // in a space the member is not in

        String member = fixture.signedIn("lid@netwerk.test").get("/").body();
        assertTrue(member.contains("<a href=\"/networks/spaces/" + network.id() + "\">Netwerk Zorgvrijwilligers</a>"));
        assertTrue(member.contains("Lid · <strong>2 wijzigingen sinds je laatste bezoek</strong>"), member);
        assertFalse(member.contains("Geheime kring"));

        String coordinator = fixture.signedIn("coordinator@netwerk.test").get("/").body();
        assertTrue(coordinator.contains("Coördinator · <strong>4 wijzigingen sinds je laatste bezoek</strong>"),
                "coordinators count what is for them too, and the member's doing");
        assertTrue(coordinator.contains(">Geheime kring</a>"));
        assertTrue(coordinator.contains("Coördinator · niets nieuws sinds je laatste bezoek"),
                "their own doing in the secret space is not news to them");

        String newcomer = fixture.signedIn("nieuw@netwerk.test").get("/").body();
        assertTrue(newcomer.contains("<strong>2 wijzigingen sinds je laatste bezoek</strong>"),
                "before a first visit: since joining (one by the other coordinator, one by the member)");

        String guest = fixture.signedIn("gast@netwerk.test").get("/").body();
        assertTrue(guest.contains("<a href=\"/networks/spaces/" + network.id() + "/meetings/" + meeting
                + "\">Netwerk Zorgvrijwilligers</a>"), "a guest is led to their meeting");
        assertTrue(guest.contains("Gast bij één vergadering"));
        assertFalse(guest.contains("wijziging"), "a guest sees no activity of the space, not even a number");

        String outsider = fixture.signedIn("buiten@netwerk.test").get("/").body();
        assertTrue(outsider.contains("Je bent nog in geen enkele netwerkruimte"));
        assertFalse(outsider.contains("Netwerk Zorgvrijwilligers"));

        String anonymous = fixture.anonymous().get("/").body();
        assertTrue(anonymous.contains("<a href=\"/networks\">Netwerken</a>"), "menu entry and block heading");
        assertTrue(anonymous.contains("Besloten ruimtes waarin landelijke netwerken"));
        assertFalse(anonymous.contains("Netwerk Zorgvrijwilligers"));

        rows.execute("UPDATE plein_people SET locale = 'en' WHERE id = ?", memberId);
        String english = fixture.signedIn("lid@netwerk.test").acceptLanguage("en").get("/").body();
        assertTrue(english.contains("2 changes since your last visit"), english);
    }

    private static void activity(ContentRows rows, Space space, String actorId, String access, long at) {
        rows.execute("""
                INSERT INTO networks_activity (id, space_id, kind, subject_id, title, actor_id, access, created_at)
                VALUES (?, ?, 'post', ?, 'Iets nieuws', ?, ?, ?)""", UUID.randomUUID().toString(), space.id(),
                UUID.randomUUID().toString(), actorId, access, at);
    }
}
