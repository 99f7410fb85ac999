package nl.plein.networks.space;

import static nl.plein.networks.space.SpaceScene.front;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The member directory: organisations with their representatives and roles, for members only — also in an open
 * space, where anyone reads the content but not who is in it.
 */
class DirectoryTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    @Test
    void onlyMembersSeeTheDirectoryAlsoOfAnOpenSpace() {
        SpaceScene scene = new SpaceScene(fixture);
        Browser outsider = scene.outsider();
        Browser guest = scene.guest();
        for (Space space : new Space[] {scene.open, scene.closed}) {
            Browser.Page anonymous = fixture.anonymous().get(front(space) + "/members");
            assertEquals(303, anonymous.status());
            assertTrue(anonymous.location().startsWith("/login?next="), anonymous.location());
            assertEquals(403, outsider.get(front(space) + "/members").status());
            assertEquals(403, guest.get(front(space) + "/members").status(), "a guest sees their meeting only");
        }
        Browser.Page secretOutsider = outsider.get(front(scene.secret) + "/members");
        assertEquals(404, secretOutsider.status());
        assertFalse(secretOutsider.body().contains("Lotte Lid"));
        assertEquals(404, outsider.get("/networks/spaces/nonsense/members").status());

        Browser.Page member = scene.member().get(front(scene.open) + "/members");
        assertEquals(200, member.status());
        assertTrue(member.body().contains("<h3>Stichting Zorgzaam</h3>"), member.body());
        assertTrue(member.body().contains("Lotte Lid — Lid (jij)"));
        assertTrue(member.body().contains("Coby Coördinator — Coördinator"));
        assertFalse(member.body().contains("Gijs Gast"), "guests are listed for coordinators only");
        assertFalse(member.body().contains("Rol wijzigen"), "members do not manage");
        assertFalse(member.body().contains("Iemand uitnodigen"));
        assertFalse(member.body().contains("Verzoeken om lid te worden"));

        Browser.Page coordinator = scene.coordinator().get(front(scene.open) + "/members");
        assertTrue(coordinator.body().contains("Gijs Gast — Gast (één vergadering)"), coordinator.body());
        assertTrue(coordinator.body().contains("Rol wijzigen"));
        assertTrue(coordinator.body().contains("Iemand uitnodigen"));
        assertTrue(coordinator.body().contains("Er wachten geen verzoeken."));
    }

    @Test
    void organisationsAreListedByNameWithTheirRepresentatives() {
        SpaceScene scene = new SpaceScene(fixture);
        String colleague = fixture.person("collega@netwerk.test", "Cor Collega");
        fixture.join(scene.closed, colleague, scene.organisationId, SpaceRole.CHAIR);
        String other = fixture.person("ander@netwerk.test", "Anna Ander");
        String alpha = fixture.organisation("Alfa Vrijwilligers", other);
        fixture.join(scene.closed, other, alpha, SpaceRole.MEMBER);
        // An organisation recorded as member that no one represents at the moment.
        String quiet = fixture.organisation("Zwijgzaam", other);
        plein.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_organisations (space_id, organisation_id, joined_at) VALUES (:s, :o, :t)""")
                .bind("s", scene.closed.id()).bind("o", quiet).bind("t", Instant.parse("2026-03-01T09:00:00Z"))
                .execute());

        String page = scene.member().get(front(scene.closed) + "/members").body();
        int alfa = page.indexOf("<h3>Alfa Vrijwilligers</h3>");
        int zorgzaam = page.indexOf("<h3>Stichting Zorgzaam</h3>");
        int zwijgzaam = page.indexOf("<h3>Zwijgzaam</h3>");
        assertTrue(alfa > 0 && alfa < zorgzaam && zorgzaam < zwijgzaam, page);
        assertTrue(page.indexOf("Cor Collega — Voorzitter") > zorgzaam, "the chair under their organisation");
        assertTrue(page.indexOf("Lotte Lid — Lid") > zorgzaam);
        assertTrue(page.contains("Niemand vertegenwoordigt deze organisatie op dit moment."));
        assertTrue(page.indexOf("Zonder organisatie") > zwijgzaam);

        String englishId = fixture.person("engels@netwerk.test", "Emma English", "en");
        fixture.join(scene.closed, englishId, alpha, SpaceRole.MEMBER);
        String inEnglish = fixture.signedIn("engels@netwerk.test").get(front(scene.closed) + "/members").body();
        assertTrue(inEnglish.contains("<h1>Members of Besloten Beraad</h1>"), inEnglish);
        assertTrue(inEnglish.contains("Emma English — Member (you)"));
        assertTrue(inEnglish.contains("No one represents this organisation at the moment."));
    }
}
