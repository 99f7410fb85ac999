package nl.plein.networks.space;

import static nl.plein.networks.space.SpaceScene.front;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.Activity;
import nl.plein.networks.NetworksFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What changed since your last visit" on a space's front page: for members, newest first, and only what the visitor
 * may see — what is for coordinators stays out of a member's list, and nothing reaches an outsider.
 */
class ActivityTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    Activity activity() {
        return new Activity(plein.jdbi(), () -> UUID.randomUUID().toString(), plein.clock());
    }

    @Test
    void membersSeeWhatChangedAndOnlyCoordinatorsSeeWhatIsForCoordinators() {
        SpaceScene scene = new SpaceScene(fixture);
        Activity activity = activity();
        activity.record(scene.open.id(), "thread", "thread-1", "Jaarplanning 2026", scene.memberId, false);
        plein.clock().advance(Duration.ofMinutes(5));
        activity.record(scene.open.id(), "document", "doc-1", "Concept begroting (coördinatoren)",
                scene.coordinatorId, true);
        plein.clock().advance(Duration.ofMinutes(5));
        activity.record(scene.open.id(), "minutes-approved", "meeting-1", "Notulen van maart", scene.coordinatorId,
                false);
        activity.record(scene.closed.id(), "thread", "thread-2", "Elders besproken", scene.memberId, false);

        Browser.Page member = scene.member().get(front(scene.open));
        String body = member.body();
        int minutes = body.indexOf("Notulen van maart");
        int thread = body.indexOf("Jaarplanning 2026");
        assertTrue(minutes > 0 && thread > minutes, "newest first: " + body);
        assertTrue(body.contains("Notulen vastgesteld: <a href=\"/networks/spaces/" + scene.open.id()
                + "/meetings/meeting-1\">Notulen van maart</a> · Coby Coördinator"), body);
        assertTrue(body.contains("Nieuwe discussie: <a href=\"/networks/spaces/" + scene.open.id()
                + "/threads/thread-1\">"));
        assertFalse(body.contains("Concept begroting"), "for coordinators only");
        assertFalse(body.contains("Elders besproken"), "another space's activity");

        Browser.Page coordinator = scene.coordinator().get(front(scene.open));
        assertTrue(coordinator.body().contains("Concept begroting (coördinatoren)"), coordinator.body());

        // The open space is readable by anyone, but the list of changes is for its members.
        for (Browser outside : new Browser[] {fixture.anonymous(), scene.outsider(), scene.guest(),
                scene.administrator()}) {
            String page = outside.get(front(scene.open)).body();
            assertFalse(page.contains("Jaarplanning 2026"), page);
            assertFalse(page.contains("Concept begroting"));
        }
        String closedGuest = scene.guest().get(front(scene.closed)).body();
        assertFalse(closedGuest.contains("Elders besproken"), "a guest sees their meeting only");
    }

    @Test
    void theListStartsAtThePreviousVisitOrTwoWeeksBackAndHoldsThirty() {
        SpaceScene scene = new SpaceScene(fixture);
        Activity activity = activity();
        activity.record(scene.closed.id(), "decision", "d-old", "Oud besluit", null, false);
        plein.clock().advance(Duration.ofDays(15));
        activity.record(scene.closed.id(), "action", "a-1", "Begroting rondsturen", null, false);

        Browser member = scene.member();
        String first = member.get(front(scene.closed)).body();
        assertTrue(first.contains("Begroting rondsturen"), first);
        assertTrue(first.contains("href=\"/networks/spaces/" + scene.closed.id() + "/actions\""));
        assertFalse(first.contains("Oud besluit"), "a first visit looks back two weeks");

        plein.clock().advance(Duration.ofHours(1));
        String again = member.get(front(scene.closed)).body();
        assertFalse(again.contains("Begroting rondsturen"), "seen at the previous visit");
        assertTrue(again.contains("Er is sindsdien niets veranderd."));

        plein.clock().advance(Duration.ofMinutes(1));
        for (int i = 1; i <= 35; i++) {
            activity.record(scene.closed.id(), "post", "t-" + i, "Reactie nummer " + i + ".", scene.coordinatorId,
                    false);
            plein.clock().advance(Duration.ofSeconds(1));
        }
        String busy = member.get(front(scene.closed)).body();
        assertTrue(busy.contains("Reactie nummer 35."), busy);
        assertTrue(busy.contains("Reactie nummer 6."));
        assertFalse(busy.contains("Reactie nummer 5."), "at most thirty, the newest");
    }

    @Test
    void everyKindThePartsRecordIsNamedInWordsAndLeadsToItsPage() {
        SpaceScene scene = new SpaceScene(fixture);
        Activity activity = activity();
        String space = scene.closed.id();
        String base = "/networks/spaces/" + space;
        activity.record(space, "post", "thread-1", "Werving in de winter", scene.coordinatorId, false);
        activity.record(space, "document-version", "doc-1", "Jaarplan", scene.coordinatorId, false);
        activity.record(space, "trajectory-changed", "traj-1", "Lindeburg: eenzaamheid", scene.coordinatorId, false);
        activity.record(space, "monitoring-note", "traj-1", "Lindeburg: eenzaamheid", scene.coordinatorId, false);
        activity.record(space, "report", "thread-1", "Werving in de winter", scene.memberId, true);

        String member = scene.member().get(front(scene.closed)).body();
        assertTrue(member.contains("Nieuwe reactie: <a href=\"" + base + "/threads/thread-1\">"), member);
        assertTrue(member.contains("Nieuwe versie van een document: <a href=\"" + base + "/documents/doc-1\">"));
        assertTrue(member.contains("Lokaal traject bijgewerkt: <a href=\"" + base + "/trajectories/traj-1\">"));
        assertTrue(member.contains("Monitoringnotitie: <a href=\"" + base + "/trajectories/traj-1#notes\">"));
        assertFalse(member.contains("Gewijzigd:"), "every kind is named");
        assertFalse(member.contains("gemeld"), "a report is for the coordinators");

        String coordinator = scene.coordinator().get(front(scene.closed)).body();
        assertTrue(coordinator.contains("Reactie gemeld: <a href=\"" + base + "/reports\">Werving in de winter</a>"),
                coordinator);
    }
}
