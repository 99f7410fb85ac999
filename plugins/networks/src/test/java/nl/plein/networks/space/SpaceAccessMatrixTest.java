package nl.plein.networks.space;

import static nl.plein.networks.space.SpaceScene.front;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages of this part for every kind of visitor in an open, a members-only and a secret space: the status each
 * gets, and that nothing inside a space reaches those who may not see it.
 */
class SpaceAccessMatrixTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    @Test
    void everyPageAnswersEachVisitorAsThePrivacyRulesSay() {
        SpaceScene scene = new SpaceScene(fixture);
        fixture.person("voorzitter@netwerk.test", "Vera Voorzitter");
        for (Space space : new Space[] {scene.open, scene.closed, scene.secret}) {
            fixture.join(space, fixture.personId("voorzitter@netwerk.test"), null, SpaceRole.CHAIR);
        }
        Map<String, Browser> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", fixture.anonymous());
        visitors.put("outsider", scene.outsider());
        visitors.put("guest", scene.guest());
        visitors.put("member", scene.member());
        visitors.put("chair", fixture.signedIn("voorzitter@netwerk.test"));
        visitors.put("coordinator", scene.coordinator());
        visitors.put("administrator", scene.administrator());

        // visitor -> expected status for the open, members-only and secret space
        Map<String, int[]> frontPage = Map.of("anonymous", new int[] {200, 200, 404},
                "outsider", new int[] {200, 200, 404}, "guest", new int[] {200, 200, 200},
                "member", new int[] {200, 200, 200}, "chair", new int[] {200, 200, 200},
                "coordinator", new int[] {200, 200, 200}, "administrator", new int[] {200, 200, 200});
        Map<String, int[]> directory = Map.of("anonymous", new int[] {303, 303, 303},
                "outsider", new int[] {403, 403, 404}, "guest", new int[] {403, 403, 403},
                "member", new int[] {200, 200, 200}, "chair", new int[] {200, 200, 200},
                "coordinator", new int[] {200, 200, 200}, "administrator", new int[] {200, 200, 200});
        Map<String, int[]> edit = Map.of("anonymous", new int[] {303, 303, 303},
                "outsider", new int[] {403, 403, 404}, "guest", new int[] {403, 403, 403},
                "member", new int[] {403, 403, 403}, "chair", new int[] {403, 403, 403},
                "coordinator", new int[] {200, 200, 200}, "administrator", new int[] {403, 403, 403});

        Space[] spaces = {scene.open, scene.closed, scene.secret};
        visitors.forEach((who, browser) -> {
            for (int i = 0; i < spaces.length; i++) {
                Space space = spaces[i];
                check(browser, front(space), frontPage.get(who)[i], who, space);
                check(browser, front(space) + "/members", directory.get(who)[i], who, space);
                check(browser, front(space) + "/edit", edit.get(who)[i], who, space);
                Browser.Page page = browser.get(front(space));
                boolean reads = space == scene.open || who.equals("member") || who.equals("chair")
                        || who.equals("coordinator");
                assertEquals(reads, page.body().contains("/threads\""), who + " reading " + space.name());
                boolean member = who.equals("member") || who.equals("chair") || who.equals("coordinator");
                assertEquals(member, page.body().contains("Wat is er veranderd"), who + " in " + space.name());
            }
        });
    }

    private static void check(Browser browser, String path, int expected, String who, Space space) {
        Browser.Page page = browser.get(path);
        assertEquals(expected, page.status(), who + " " + path + " (" + space.name() + ")");
        if (expected != 200) {
            assertFalse(page.body().contains(space.description()), who + " " + path);
            assertFalse(page.body().contains("Lotte Lid"), who + " " + path);
        }
    }
}
