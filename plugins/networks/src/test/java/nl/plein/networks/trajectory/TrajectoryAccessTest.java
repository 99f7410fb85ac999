package nl.plein.networks.trajectory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.api.Role;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every trajectory route × every kind of visitor × an open, a members-only and a secret programme. Reading follows the
 * space (anyone for an open programme); creating is for coordinators; editing and monitoring notes for coordinators
 * and the trajectory's own officer; a secret programme does not exist for outsiders (404, never 403); a platform
 * administrator who is not in the space does not read it. Monitoring notes are for members only, also in an open
 * programme.
 */
class TrajectoryAccessTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    private enum Who { ANONYMOUS, OUTSIDER, GUEST, MEMBER, OFFICER, COORDINATOR, ADMINISTRATOR }

    private enum Needs { READ, COORDINATE, EDIT }

    private record Route(String method, String path, Needs needs) {
    }

    @Test
    void everyRouteAnswersEveryVisitorOfEveryKindOfProgrammeAsTheRulesSay() {
        String coordinatorId = fixture.person("coordinator@programma.test", "Cora Coördinator");
        String memberId = fixture.person("lid@programma.test", "Lotte Lid");
        String officerId = fixture.person("officer@programma.test", "Olle Officer");
        String guestId = fixture.person("gast@programma.test", "Gert Gast");
        fixture.person("buiten@programma.test", "Bo Buiten");
        String lead = fixture.organisation("Stichting Ouder en Wijzer", officerId);
        Trajectories trajectories = new Trajectories(plein.jdbi(), () -> UUID.randomUUID().toString(), plein.clock());

        Map<Who, Browser> browsers = new LinkedHashMap<>();
        browsers.put(Who.ANONYMOUS, fixture.anonymous());
        browsers.put(Who.OUTSIDER, fixture.signedIn("buiten@programma.test"));
        browsers.put(Who.GUEST, fixture.signedIn("gast@programma.test"));
        browsers.put(Who.MEMBER, fixture.signedIn("lid@programma.test"));
        browsers.put(Who.OFFICER, fixture.signedIn("officer@programma.test"));
        browsers.put(Who.COORDINATOR, fixture.signedIn("coordinator@programma.test"));
        browsers.put(Who.ADMINISTRATOR, fixture.withRole("beheerder@programma.test", "Bea Beheer", Role.ADMINISTRATOR));

        List<String> wrong = new ArrayList<>();
        String openTrajectory = null;
        for (Visibility visibility : Visibility.values()) {
            Space space = fixture.programme("Programma " + visibility.code(), visibility, coordinatorId);
            fixture.join(space, memberId, null, SpaceRole.MEMBER);
            fixture.join(space, officerId, lead, SpaceRole.MEMBER);
            fixture.guest(space, guestId, UUID.randomUUID().toString());
            Trajectory trajectory = trajectories.create(space.id(), new TrajectoryDraft("Lindeburg", "Gelderland", lead,
                    officerId, "Eenzaamheid", "", TrajectoryStatus.RUNNING));
            trajectories.addNote(space.id(), trajectory.id(), officerId, "Geheime monitoringsnotitie");
            String base = "/networks/spaces/" + space.id() + "/trajectories";
            String one = base + "/" + trajectory.id();
            if (visibility == Visibility.OPEN) openTrajectory = one;
            List<Route> routes = List.of(new Route("GET", base, Needs.READ), new Route("GET", one, Needs.READ),
                    new Route("GET", base + "/new", Needs.COORDINATE), new Route("POST", base, Needs.COORDINATE),
                    new Route("GET", one + "/edit", Needs.EDIT), new Route("POST", one + "/edit", Needs.EDIT),
                    new Route("POST", one + "/notes", Needs.EDIT));
            for (Route route : routes) {
                for (var entry : browsers.entrySet()) {
                    Who who = entry.getKey();
                    Browser.Page page = route.method().equals("GET") ? entry.getValue().get(route.path())
                            : entry.getValue().post(route.path(), form(route, lead, officerId));
                    int expected = expected(who, visibility, route);
                    boolean ok = page.status() == expected
                            && (expected != 303 || !route.method().equals("GET") || page.location().startsWith("/login?next="));
                    if (!ok) wrong.add(visibility.code() + " " + route.method() + " " + route.path().replace(space.id(), "{s}")
                            + " as " + who + ": " + page.status() + " (expected " + expected + ")");
                    if (page.status() == 200 || page.status() == 422) {
                        boolean showsNote = page.body().contains("Geheime monitoringsnotitie");
                        boolean mayReadNotes = who == Who.MEMBER || who == Who.OFFICER || who == Who.COORDINATOR;
                        if (showsNote && !mayReadNotes) wrong.add(visibility.code() + " " + route.path() + " shows a note to " + who);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        // In an open programme everyone reads the trajectory, but only members see the monitoring notes.
        String anonymousView = browsers.get(Who.ANONYMOUS).get(openTrajectory).body();
        assertTrue(anonymousView.contains("<h1>Heideveen"), "as the last edit left it");
        assertFalse(anonymousView.contains("Monitoringsnotities"));
        assertFalse(anonymousView.contains("Olle Officer"), "people's names are for members");
        assertFalse(browsers.get(Who.OUTSIDER).get(openTrajectory.substring(0, openTrajectory.lastIndexOf('/')))
                .body().contains("Olle Officer"));
        assertTrue(browsers.get(Who.MEMBER).get(openTrajectory).body().contains("Olle Officer"));
        assertTrue(browsers.get(Who.MEMBER).get(openTrajectory).body().contains("Geheime monitoringsnotitie"));
    }

    private static int expected(Who who, Visibility visibility, Route route) {
        boolean post = route.method().equals("POST");
        if (visibility == Visibility.SECRET && (who == Who.ANONYMOUS || who == Who.OUTSIDER)) return 404;
        boolean insider = who == Who.MEMBER || who == Who.OFFICER || who == Who.COORDINATOR;
        boolean allowed = switch (route.needs()) {
            case READ -> insider || visibility == Visibility.OPEN;
            case COORDINATE -> who == Who.COORDINATOR;
            case EDIT -> who == Who.COORDINATOR || who == Who.OFFICER;
        };
        if (allowed) return post ? 303 : 200;
        return who == Who.ANONYMOUS && !post ? 303 : 403;
    }

    private static Map<String, String> form(Route route, String lead, String officerId) {
        if (route.path().endsWith("/notes")) return Map.of("body", "Nieuwe notitie");
        return TrajectoryTest.trajectory("Heideveen", "Utrecht", lead, officerId, "Samen eten", "running");
    }
}
