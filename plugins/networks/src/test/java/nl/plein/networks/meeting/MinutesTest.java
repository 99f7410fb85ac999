package nl.plein.networks.meeting;

import static nl.plein.networks.meeting.MeetingFixture.meeting;
import static nl.plein.networks.meeting.MeetingFixture.meetingForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Minutes from draft to approval: the coordinator writes, members comment, the chair approves the revision they read
 * (a stale one is refused), and approved minutes are read-only. Only members see a draft.
 */
@OnBothDatabases
class MinutesTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    MeetingFixture fixture = new MeetingFixture(plein);
    NetworksFixture networks = fixture.networks;

    @Test
    void draftIsCommentedOnAndTheChairApprovesTheRevisionTheyRead() {
        String cora = networks.person("cora@lovz.test", "Cora Coördinator");
        String chris = networks.person("chris@lovz.test", "Chris Voorzitter");
        String mila = networks.person("mila@lovz.test", "Mila Meulenbelt");
        networks.person("otto@buiten.test", "Otto Buiten");
        // Open: anyone reads the space, but a draft is still only for its members.
        Space space = networks.space("Open Overleg Mantelzorg", Visibility.OPEN, cora);
        networks.join(space, chris, null, SpaceRole.CHAIR);
        networks.join(space, mila, null, SpaceRole.MEMBER);
        Browser coordinator = networks.signedIn("cora@lovz.test");
        Browser chair = networks.signedIn("chris@lovz.test");
        Browser member = networks.signedIn("mila@lovz.test");
        Browser outsider = networks.signedIn("otto@buiten.test");
        String id = fixture.plan(coordinator, space, meetingForm("Voorjaarsoverleg", "2026-03-10", "14:00", "16:00"));
        String minutes = meeting(space, id) + "/minutes";

        assertTrue(member.get(minutes).body().contains("Er zijn nog geen notulen."));
        assertEquals(403, member.post(minutes, Map.of("body", "Mijn versie", "revision", "0")).status());
        assertEquals(409, chair.post(minutes + "/approve", Map.of("revision", "0")).status(), "nothing to approve");
        Browser.Page tooLong = coordinator.post(minutes, Map.of("body", "x".repeat(100_001), "revision", "0"));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("hoogstens 100.000 tekens"));
        assertEquals(303, coordinator.post(minutes, Map.of("body", "## Besluiten\n\nHet jaarplan is besproken.",
                "revision", "0")).status());
        assertEquals("1", fixture.single("SELECT revision FROM networks_minutes WHERE meeting_id = ?", id));

        // The draft: members read and comment; an outsider of the open space sees that it is not approved yet.
        Browser.Page read = member.get(minutes);
        assertTrue(read.body().contains("Het jaarplan is besproken."));
        assertTrue(read.body().contains("Concept, versie 1"));
        assertFalse(read.body().contains("action=\"" + minutes + "\""), "members comment, they do not edit");
        Browser.Page hidden = outsider.get(minutes);
        assertEquals(200, hidden.status());
        assertFalse(hidden.body().contains("Het jaarplan is besproken."));
        assertTrue(hidden.body().contains("De notulen zijn nog niet vastgesteld."));
        assertFalse(plein.browser().get(minutes).body().contains("Het jaarplan is besproken."), "nor anonymous");
        assertEquals(403, outsider.post(minutes + "/comments", Map.of("comment", "Mag ik ook?")).status());
        assertEquals(422, member.post(minutes + "/comments", Map.of("comment", "")).status());
        assertEquals(303, member.post(minutes + "/comments",
                Map.of("comment", "Graag ook de *begroting* noemen.")).status());
        Browser.Page commented = chair.get(minutes);
        assertTrue(commented.body().contains("Mila Meulenbelt"));
        assertTrue(commented.body().contains("<em>begroting</em>"));
        assertFalse(outsider.get(minutes).body().contains("begroting"), "comments are for members");

        // The chair read revision 1; meanwhile the coordinator saves revision 2. Approving 1 approves nothing.
        String readRevision = "1";
        assertEquals(303, coordinator.post(minutes, Map.of("body",
                "## Besluiten\n\nHet jaarplan en de begroting zijn besproken.", "revision", "1")).status());
        Browser.Page stale = chair.post(minutes + "/approve", Map.of("revision", readRevision));
        assertEquals(409, stale.status());
        assertTrue(stale.body().contains("De notulen zijn gewijzigd nadat je ze opende."), stale.body());
        assertTrue(stale.body().contains("de begroting zijn besproken"), "the current version to read");
        assertEquals("draft", fixture.single("SELECT status FROM networks_minutes WHERE meeting_id = ?", id));
        assertEquals(403, coordinator.post(minutes + "/approve", Map.of("revision", "2")).status(), "the chair's");
        assertEquals(403, member.post(minutes + "/approve", Map.of("revision", "2")).status());
        assertEquals(409, chair.post(minutes + "/approve", Map.of("revision", "twee")).status());

        // A second writer who started from revision 1 gets their text back, with the current version above it.
        Browser.Page conflict = chair.post(minutes, Map.of("body", "Mijn eigen aanvulling", "revision", "1"));
        assertEquals(409, conflict.status());
        assertTrue(conflict.body().contains("Iemand anders heeft de notulen intussen opgeslagen."));
        assertTrue(conflict.body().contains(">Mijn eigen aanvulling</textarea>"));
        assertTrue(conflict.body().contains("name=\"revision\" value=\"2\""), "saving again is deliberate now");
        assertEquals("2", fixture.single("SELECT revision FROM networks_minutes WHERE meeting_id = ?", id));

        assertEquals(303, chair.post(minutes + "/approve", Map.of("revision", "2")).status());
        assertEquals("approved", fixture.single("SELECT status FROM networks_minutes WHERE meeting_id = ?", id));
        assertEquals(chris, fixture.single("SELECT approved_by FROM networks_minutes WHERE meeting_id = ?", id));
        assertEquals(1, fixture.count(
                "SELECT COUNT(*) FROM networks_activity WHERE kind = 'minutes-approved' AND subject_id = ?", id));

        // Approved: read-only, and readable by everyone who reads the meeting.
        Browser.Page approved = outsider.get(minutes);
        assertTrue(approved.body().contains("Het jaarplan en de begroting zijn besproken."));
        assertTrue(approved.body().contains("Vastgesteld op"));
        Browser.Page late = coordinator.post(minutes, Map.of("body", "Nog een wijziging", "revision", "2"));
        assertEquals(409, late.status());
        assertTrue(late.body().contains("Nog een wijziging"), "the text typed is kept");
        assertEquals(422, member.post(minutes + "/comments", Map.of("comment", "Te laat?")).status());
        assertFalse(coordinator.get(minutes).body().contains("Concept opslaan"), "no edit form any more");
        assertEquals(303, chair.post(minutes + "/approve", Map.of("revision", "2")).status(), "twice is harmless");
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM networks_activity WHERE kind = 'minutes-approved'"));
    }
}
