package nl.plein.networks.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What people type wrong, and ids nobody should send: empty and too long texts come back with the message beside the
 * field and the text kept (422); bad ids, ids of another space and unknown ids are 404; nothing is a 500.
 */
class DiscussionInputTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();

    @Test
    void emptyAndTooLongTextsComeBackWithTheMessageAndWhatWasTyped() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        Browser mila = scene.mila();
        String threads = scene.base() + "/threads";

        Browser.Page empty = mila.post(threads, Map.of("title", "  ", "body", ""));
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("Geef de discussie een onderwerp."));
        assertTrue(empty.body().contains("Schrijf een bericht."));
        assertTrue(empty.body().contains("aria-invalid=\"true\""));

        String longTitle = "Overleg ".repeat(26);
        Browser.Page titled = mila.post(threads, Map.of("title", longTitle, "body", "Kort & goed"));
        assertEquals(422, titled.status());
        assertTrue(titled.body().contains("Het onderwerp is te lang"));
        assertTrue(titled.body().contains("value=\"" + longTitle.strip() + "\""));
        assertTrue(titled.body().contains("Kort &amp; goed</textarea>"));

        String longBody = "Een lang verhaal. ".repeat(1200);
        Browser.Page tooLong = mila.post(threads, Map.of("title", "Verslag", "body", longBody));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("Het bericht is te lang"));
        assertTrue(tooLong.body().contains(longBody + "</textarea>"), "the whole text is kept to shorten");

        // 600 kB as sent (characters of several bytes): refused the same way, not a server error.
        Browser.Page huge = mila.post(threads, Map.of("title", "Groot", "body", "é".repeat(100_000)));
        assertEquals(422, huge.status());
        assertEquals(0, scene.count("SELECT COUNT(*) FROM networks_threads"));

        // A reply, an edit and a report with mistakes come back the same way.
        String thread = scene.start(mila, "Verslag", "Het verslag van maart.");
        String post = scene.firstPost(thread);
        Browser.Page reply = mila.post(threads + "/" + thread + "/posts", Map.of("body", " \r\n "));
        assertEquals(422, reply.status());
        assertTrue(reply.body().contains("Schrijf een bericht."));
        assertTrue(reply.body().contains("Het verslag van maart."), "the thread is shown with the form");
        Browser.Page edit = mila.post(threads + "/" + thread + "/posts/" + post + "/edit", Map.of("body", longBody));
        assertEquals(422, edit.status());
        assertTrue(edit.body().contains(longBody + "</textarea>"));
        Browser.Page report = scene.noor().post(threads + "/" + thread + "/posts/" + post + "/report",
                Map.of("reason", ""));
        assertEquals(422, report.status());
        assertTrue(report.body().contains("Write why you report this post."), "in Noor's language");
        Browser.Page mode = mila.post(scene.base() + "/notifications", Map.of("mode", "hourly"));
        assertEquals(422, mode.status());
        assertTrue(mode.body().contains("Kies een van de mogelijkheden."));
        assertEquals(1, scene.count("SELECT COUNT(*) FROM networks_posts"));
        assertEquals(0, scene.count("SELECT COUNT(*) FROM networks_reports"));
    }

    @Test
    void badUnknownAndOtherSpacesIdsAreNotFound() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        Browser mila = scene.mila();
        String thread = scene.start(mila, "Hier", "In deze ruimte.");
        String post = scene.firstPost(thread);
        Space other = scene.fixture.space("Andere ruimte", Visibility.MEMBERS, scene.coordinatorId);
        scene.fixture.join(other, scene.milaId, null, SpaceRole.MEMBER);
        String elsewhere = DiscussionScene.start(mila, other, "Elders", "In de andere ruimte.");
        String elsewherePost = scene.firstPost(elsewhere);
        String base = scene.base();
        String unknown = UUID.randomUUID().toString();

        for (String path : new String[] {
                "/threads/" + elsewhere, "/threads/" + unknown, "/threads/...", "/threads/' OR 1=1 --",
                "/threads/" + "x".repeat(300), "/threads/" + thread + "/posts/" + elsewherePost + "/edit",
                "/threads/" + thread + "/posts/" + unknown + "/report", "/threads/" + elsewhere + "/posts/" + post
                        + "/edit"}) {
            assertEquals(404, mila.get(base + path.replace(" ", "%20").replace("'", "%27")).status(), path);
        }
        assertEquals(404, mila.post(base + "/threads/" + elsewhere + "/posts", Map.of("body", "Hallo")).status());
        assertEquals(404, mila.post(base + "/threads/" + thread + "/posts/" + elsewherePost + "/delete", Map.of())
                .status());
        assertEquals(404, scene.coordinator().post(base + "/reports/" + unknown + "/handled", Map.of()).status());
        assertEquals(404, scene.coordinator().post(base + "/reports/nonsense/handled", Map.of()).status());
        assertEquals(404, mila.get("/networks/spaces/" + unknown + "/threads").status());
        assertEquals(404, mila.get("/networks/spaces/nonsense/threads").status());
        assertEquals(1, scene.count("SELECT posts FROM networks_threads WHERE id = ?", elsewhere));

        // Odd page numbers are page 1; a page past the end is empty, not an error.
        assertEquals(200, mila.get(base + "/threads?page=-3").status());
        assertEquals(200, mila.get(base + "/threads?page=abc").status());
        assertTrue(mila.get(base + "/threads?page=999999").body().contains("Hier staat niets meer."));
        assertEquals(200, mila.get(base + "/threads/" + thread + "?page=99999999999999999999").status());
    }
}
