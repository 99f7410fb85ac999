package nl.plein.networks.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Creating and editing a space: who may, what is checked, and that a wrong form keeps what was typed. */
class SpaceFormTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    @Test
    void aCoordinatorOfNetworksCreatesASpaceAndBecomesItsCoordinator() {
        Browser staff = fixture.withRole("staf@netwerk.test", "Stef Staf", NetworksFixture.COORDINATOR_ROLE);
        assertEquals(200, staff.get("/networks/spaces/new").status());

        Browser.Page created = staff.post("/networks/spaces/new", Map.of("name", "  Landelijk Overleg  ",
                "description", "Vier keer per jaar **samen**.", "visibility", "members", "kind", "network"));
        assertEquals(303, created.status(), created.body());
        String id = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM networks_spaces").mapTo(String.class)
                .one());
        assertEquals("/networks/spaces/" + id + "?created=1", created.location());
        Space space = fixture.spaces().find(id).orElseThrow();
        assertEquals("Landelijk Overleg", space.name());
        assertEquals(Visibility.MEMBERS, space.visibility());
        assertEquals(SpaceRole.COORDINATOR, fixture.spaces().member(id, fixture.personId("staf@netwerk.test"))
                .orElseThrow().role());
        Browser.Page front = staff.get(created.location());
        assertTrue(front.body().contains("De ruimte is aangemaakt"), front.body());
        assertTrue(front.body().contains("Vier keer per jaar <strong>samen</strong>."));
    }

    @Test
    void onlyHoldersOfThePermissionMayCreateASpace() {
        assertEquals(303, fixture.anonymous().get("/networks/spaces/new").status(), "sign in first");
        fixture.person("lid@netwerk.test", "Lotte Lid");
        Browser member = fixture.signedIn("lid@netwerk.test");
        assertEquals(403, member.get("/networks/spaces/new").status());
        assertEquals(403, member.post("/networks/spaces/new", Map.of("name", "Eigen club", "description", "",
                "visibility", "open", "kind", "network")).status());
        assertEquals(403, fixture.anonymous().post("/networks/spaces/new", Map.of("name", "x")).status());
        assertEquals(0, count());
    }

    @Test
    void aWrongFormIsShownAgainWithTheProblemsAndWhatWasTyped() {
        Browser staff = fixture.withRole("staf@netwerk.test", "Stef Staf", NetworksFixture.COORDINATOR_ROLE);

        Browser.Page empty = staff.post("/networks/spaces/new", Map.of("name", "   ", "description", "Iets",
                "visibility", "nonsense", "kind", "club"));
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("Vul een naam in."), empty.body());
        assertTrue(empty.body().contains("Kies wie de ruimte mag zien."));
        assertTrue(empty.body().contains("Kies de soort ruimte."));
        assertTrue(empty.body().contains(">Iets</textarea>"), "the description is kept");

        Browser.Page tooLong = staff.post("/networks/spaces/new", Map.of("name", "N".repeat(121),
                "description", "d".repeat(5001), "visibility", "secret", "kind", "programme"));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("De naam mag hooguit 120 tekens lang zijn."), tooLong.body());
        assertTrue(tooLong.body().contains("De beschrijving mag hooguit 5000 tekens lang zijn."));
        assertTrue(tooLong.body().contains("value=\"" + "N".repeat(121) + "\""));
        assertTrue(tooLong.body().contains("value=\"secret\" checked"), "the choice is kept");
        assertTrue(tooLong.body().contains("value=\"programme\" checked"));

        Browser.Page noFields = staff.post("/networks/spaces/new", Map.of());
        assertEquals(422, noFields.status());
        assertEquals(0, count());

        Browser.Page atTheLimit = staff.post("/networks/spaces/new", Map.of("name", "N".repeat(120),
                "description", "d".repeat(5000), "visibility", "open", "kind", "network"));
        assertEquals(303, atTheLimit.status());
        assertEquals(1, count());
    }

    @Test
    void coordinatorsEditTheirSpaceAndNoOneElseDoes() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Coby Coördinator");
        String memberId = fixture.person("lid@netwerk.test", "Lotte Lid");
        fixture.person("buiten@netwerk.test", "Bas Buitenstaander");
        Space space = fixture.space("Kring", Visibility.SECRET, coordinatorId);
        fixture.join(space, memberId, null, SpaceRole.MEMBER);
        String edit = "/networks/spaces/" + space.id() + "/edit";
        Browser coordinator = fixture.signedIn("coordinator@netwerk.test");

        Browser.Page form = coordinator.get(edit);
        assertEquals(200, form.status());
        assertTrue(form.body().contains("value=\"Kring\""), form.body());
        assertTrue(form.body().contains("value=\"secret\" checked"));

        Browser.Page wrong = coordinator.post(edit, Map.of("name", "", "description", "Nieuw", "visibility",
                "members", "kind", "programme"));
        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("Vul een naam in."));
        assertTrue(wrong.body().contains("value=\"members\" checked"), "what was chosen is kept");
        assertEquals("Kring", fixture.spaces().find(space.id()).orElseThrow().name());

        Browser.Page saved = coordinator.post(edit, Map.of("name", "Kring Noord", "description", "Nieuw",
                "visibility", "members", "kind", "programme"));
        assertEquals(303, saved.status());
        Space edited = fixture.spaces().find(space.id()).orElseThrow();
        assertEquals("Kring Noord", edited.name());
        assertEquals(Visibility.MEMBERS, edited.visibility());
        assertEquals(SpaceKind.PROGRAMME, edited.kind());

        Map<String, String> change = Map.of("name", "Overgenomen", "description", "", "visibility", "open",
                "kind", "network");
        assertEquals(403, fixture.signedIn("lid@netwerk.test").get(edit).status());
        assertEquals(403, fixture.signedIn("lid@netwerk.test").post(edit, change).status());
        assertEquals(403, fixture.signedIn("buiten@netwerk.test").post(edit, change).status(),
                "now members-only, the outsider knows of it but may not edit it");
        assertEquals(303, fixture.anonymous().get(edit).status());
        assertEquals("Kring Noord", fixture.spaces().find(space.id()).orElseThrow().name());

        fixture.spaces().update(space.id(), "Kring Noord", "", Visibility.SECRET);
        assertEquals(404, fixture.signedIn("buiten@netwerk.test").get(edit).status(), "secret: not there");
        assertEquals(404, coordinator.get("/networks/spaces/nonsense/edit").status());
    }

    private int count() {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM networks_spaces").mapTo(Integer.class)
                .one());
    }
}
