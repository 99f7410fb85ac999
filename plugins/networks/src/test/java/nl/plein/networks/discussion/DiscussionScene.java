package nl.plein.networks.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;

/**
 * The people of a discussion test and the steps they take over HTTP: a coordinator (Cor), two members of member
 * organisations (Mila and Noor) and someone outside (Olaf), in one space of the visibility the test asks for.
 */
final class DiscussionScene {

    static final Pattern THREAD = Pattern.compile("/threads/([0-9a-f-]{36})");
    static final Pattern POST = Pattern.compile("#post-([0-9a-f-]{36})");

    final PleinExtension plein;
    final NetworksFixture fixture;
    final String coordinatorId;
    final String milaId;
    final String noorId;
    final String outsiderId;
    final Space space;

    DiscussionScene(PleinExtension plein, Visibility visibility) {
        this.plein = plein;
        this.fixture = new NetworksFixture(plein);
        coordinatorId = fixture.person("cor@netwerk.test", "Cor Coördinator");
        milaId = fixture.person("mila@zorgkring.test", "Mila Lid");
        noorId = fixture.person("noor@buurtkracht.test", "Noor Lid", "en");
        outsiderId = fixture.person("olaf@elders.test", "Olaf Buiten");
        space = fixture.space("Landelijk Overleg Vrijwillige Zorg", visibility, coordinatorId);
        fixture.join(space, milaId, fixture.organisation("Zorgkring Oost", milaId), SpaceRole.MEMBER);
        fixture.join(space, noorId, fixture.organisation("Buurtkracht", noorId), SpaceRole.MEMBER);
    }

    Browser coordinator() {
        return fixture.signedIn("cor@netwerk.test");
    }

    Browser mila() {
        return fixture.signedIn("mila@zorgkring.test");
    }

    Browser noor() {
        return fixture.signedIn("noor@buurtkracht.test");
    }

    Browser outsider() {
        return fixture.signedIn("olaf@elders.test");
    }

    String base() {
        return base(space);
    }

    static String base(Space space) {
        return "/networks/spaces/" + space.id();
    }

    /** Starts a thread over HTTP; returns its id. */
    String start(Browser browser, String title, String body) {
        return start(browser, space, title, body);
    }

    static String start(Browser browser, Space space, String title, String body) {
        Browser.Page page = browser.post(base(space) + "/threads", Map.of("title", title, "body", body));
        assertEquals(303, page.status(), page.body());
        return group(THREAD, page.location());
    }

    /** Replies over HTTP; returns the new post's id. */
    String reply(Browser browser, String threadId, String body) {
        Browser.Page page = browser.post(base() + "/threads/" + threadId + "/posts", Map.of("body", body));
        assertEquals(303, page.status(), page.body());
        return group(POST, page.location());
    }

    /** The opening post of a thread. */
    String firstPost(String threadId) {
        return plein.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id FROM networks_posts WHERE thread_id = :t ORDER BY created_at, id LIMIT 1")
                .bind("t", threadId).mapTo(String.class).one());
    }

    /** The repository, for tests that need many posts without typing them. */
    Topics topics() {
        return new Topics(plein.jdbi(), () -> UUID.randomUUID().toString(), plein.clock(),
                fixture.searchIndex());
    }

    int count(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(Integer.class).one();
        });
    }

    List<String> strings(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(String.class).list();
        });
    }

    static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) throw new AssertionError(pattern + " not in " + text);
        return matcher.group(1);
    }
}
