package nl.plein.networks.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A thread from start to removal, as the members of a members-only space see it: starting and replying (counted in
 * the list, with the last poster), announcements pinned above the rest, editing one's own post and removing it, a
 * coordinator removing anyone's, Markdown shown safely, and a long thread in pages of 50.
 */
class ThreadLifeCycleTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();

    @Test
    void aMemberStartsAThreadAnotherRepliesAndTheListShowsTheRepliesAndTheLastPoster() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        Browser mila = scene.mila();
        Browser noor = scene.noor();

        assertTrue(mila.get(scene.base() + "/threads").body().contains("Er zijn nog geen discussies"));
        assertEquals(200, mila.get(scene.base() + "/threads/new").status());
        String thread = scene.start(mila, "Vrijwilligers in de wijkzorg", "Wie heeft ervaring met **buddyprojecten**?");
        Browser.Page page = mila.get(scene.base() + "/threads/" + thread);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<h1>Vrijwilligers in de wijkzorg</h1>"), page.body());
        assertTrue(page.body().contains("<strong>buddyprojecten</strong>"));
        assertTrue(page.body().contains("Mila Lid"));
        assertTrue(page.body().contains("Niet meer volgen"), "starting follows the thread");

        plein.clock().advance(Duration.ofMinutes(5));
        noor.post(scene.base() + "/threads/" + thread + "/posts", Map.of("body", "Wij wel, in **Lindeburg**."));
        String list = mila.get(scene.base() + "/threads").body();
        assertTrue(list.contains("Vrijwilligers in de wijkzorg"));
        assertTrue(list.contains("1 reactie"), list);
        assertTrue(list.contains("laatste bericht van Noor Lid"), list);
        assertTrue(noor.get(scene.base() + "/threads/" + thread).body().contains("Wij wel, in <strong>Lindeburg</strong>."));

        assertEquals(2, scene.count("SELECT posts FROM networks_threads WHERE id = ?", thread));
        assertEquals(2, scene.count("SELECT COUNT(*) FROM networks_follows WHERE thread_id = ?", thread),
                "replying follows too");

        // A name with an ampersand is escaped once, also inside a sentence.
        String sjaak = scene.fixture.person("sjaak@zonen.test", "Sjaak & Zonen");
        scene.fixture.join(scene.space, sjaak, null, nl.plein.networks.space.SpaceRole.MEMBER);
        plein.clock().advance(Duration.ofMinutes(1));
        scene.reply(scene.fixture.signedIn("sjaak@zonen.test"), thread, "Wij ook.");
        list = mila.get(scene.base() + "/threads").body();
        assertTrue(list.contains("laatste bericht van Sjaak &amp; Zonen"), list);
        String shown = noor.get(scene.base() + "/threads/" + thread).body();
        assertTrue(shown.contains("<strong>Sjaak &amp; Zonen</strong>"));
        assertFalse(shown.contains("&amp;amp;") || list.contains("&amp;amp;"));
        assertEquals(List.of("thread", "post", "post"), scene.strings(
                "SELECT kind FROM networks_activity WHERE space_id = ? ORDER BY created_at, kind DESC", scene.space.id()));
    }

    @Test
    void coordinatorsPinAnnouncementsAboveTheOtherThreadsAndMembersCannot() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        Browser mila = scene.mila();
        Browser coordinator = scene.coordinator();
        String agenda = scene.start(coordinator, "Agenda voorjaarsoverleg", "De agenda volgt.");
        plein.clock().advance(Duration.ofMinutes(1));
        scene.start(mila, "Inwerken van nieuwe vrijwilligers", "Tips?");
        plein.clock().advance(Duration.ofMinutes(1));
        scene.start(mila, "Onkostenvergoeding", "Hoe regelen jullie dat?");
        String list = mila.get(scene.base() + "/threads").body();
        assertTrue(list.indexOf("Onkostenvergoeding") < list.indexOf("Inwerken"), "newest activity first");
        assertTrue(list.indexOf("Inwerken") < list.indexOf("Agenda voorjaarsoverleg"));

        assertEquals(403, mila.post(scene.base() + "/threads/" + agenda + "/pin", Map.of()).status());
        assertEquals(303, coordinator.post(scene.base() + "/threads/" + agenda + "/pin", Map.of()).status());
        list = mila.get(scene.base() + "/threads").body();
        assertTrue(list.indexOf("Agenda voorjaarsoverleg") < list.indexOf("Onkostenvergoeding"), list);
        assertTrue(list.contains("Mededeling"));
        assertTrue(mila.get(scene.base() + "/threads/" + agenda).body().contains("Mededeling"));

        assertEquals(303, coordinator.post(scene.base() + "/threads/" + agenda + "/unpin", Map.of()).status());
        list = mila.get(scene.base() + "/threads").body();
        assertTrue(list.indexOf("Onkostenvergoeding") < list.indexOf("Agenda voorjaarsoverleg"));
    }

    @Test
    void membersEditAndRemoveTheirOwnPostsOnlyAndCoordinatorsRemoveAny() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        Browser mila = scene.mila();
        Browser noor = scene.noor();
        Browser coordinator = scene.coordinator();
        String thread = scene.start(mila, "Scholing", "Wie gaat er naar de cursus?");
        String milaPost = scene.firstPost(thread);
        String noorPost = scene.reply(noor, thread, "Ik ga, met twee collega's.");
        String posts = scene.base() + "/threads/" + thread + "/posts/";

        // Mila edits her own post; the form shows what she wrote.
        Browser.Page form = mila.get(posts + milaPost + "/edit");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("Wie gaat er naar de cursus?</textarea>"), form.body());
        Browser.Page edited = mila.post(posts + milaPost + "/edit", Map.of("body", "Wie gaat er naar de cursus in mei?"));
        assertEquals(303, edited.status());
        assertTrue(edited.location().contains("edited=1"));
        String page = mila.get(scene.base() + "/threads/" + thread).body();
        assertTrue(page.contains("Wie gaat er naar de cursus in mei?"));
        assertTrue(page.contains("bewerkt"));

        // Not someone else's: neither edit nor remove.
        assertEquals(403, mila.get(posts + noorPost + "/edit").status());
        assertEquals(403, mila.post(posts + noorPost + "/edit", Map.of("body", "Overgenomen")).status());
        assertEquals(403, mila.post(posts + noorPost + "/delete", Map.of()).status());
        assertEquals(403, coordinator.post(posts + noorPost + "/edit", Map.of("body", "Overgenomen")).status(),
                "a coordinator removes, but does not rewrite");
        assertEquals("Ik ga, met twee collega's.", body(scene, noorPost));

        // Mila removes her own; the place stays, the text is gone.
        assertEquals(303, mila.post(posts + milaPost + "/delete", Map.of()).status());
        page = coordinator.get(scene.base() + "/threads/" + thread).body();
        assertTrue(page.contains("Dit bericht is verwijderd."));
        assertTrue(noor.get(scene.base() + "/threads/" + thread).body().contains("This post was removed."),
                "in Noor's language");
        assertFalse(page.contains("cursus in mei"));
        assertEquals("", body(scene, milaPost));
        assertEquals(404, mila.get(posts + milaPost + "/edit").status(), "a removed post cannot be edited");
        assertEquals(2, scene.count("SELECT posts FROM networks_threads WHERE id = ?", thread));

        // The coordinator removes Noor's post.
        assertEquals(303, coordinator.post(posts + noorPost + "/delete", Map.of()).status());
        assertEquals("", body(scene, noorPost));
        assertFalse(noor.get(scene.base() + "/threads/" + thread).body().contains("twee collega"));
    }

    @Test
    void markdownIsShownSafelyAScriptIsTextNotCode() {
        var scene = new DiscussionScene(plein, Visibility.OPEN);
        Browser mila = scene.mila();
        String thread = scene.start(mila, "<script>alert('titel')</script>",
                "Hallo <script>alert('x')</script> en [klik](javascript:alert(1)) <img src=x onerror=alert(2)> *ok*");
        String page = scene.fixture.anonymous().get(scene.base() + "/threads/" + thread).body();
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("javascript:alert"), page);
        assertFalse(page.contains("<img src=x"), page);
        assertFalse(page.contains("onerror=alert"), page);
        assertTrue(page.contains("&lt;script&gt;"), page);
        assertTrue(page.contains("<em>ok</em>"));
        assertFalse(scene.fixture.anonymous().get(scene.base() + "/threads").body().contains("<script>alert"));
    }

    @Test
    void aLongThreadIsShownFiftyPostsAPageAndAReplyLeadsToTheLastPage() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        Browser mila = scene.mila();
        String thread = scene.start(mila, "Lange draad", "Bericht 1");
        Topics topics = scene.topics();
        for (int i = 2; i <= 60; i++) {
            plein.clock().advance(Duration.ofSeconds(1));
            topics.reply(scene.space.id(), thread, scene.noorId, "Bericht " + i + " in de draad");
        }
        String first = mila.get(scene.base() + "/threads/" + thread).body();
        assertTrue(first.contains("Bericht 50 in de draad"));
        assertFalse(first.contains("Bericht 51 in de draad"));
        assertTrue(first.contains("?page=2"));
        String second = mila.get(scene.base() + "/threads/" + thread + "?page=2").body();
        assertTrue(second.contains("Bericht 51 in de draad"));
        assertTrue(second.contains("Bericht 60 in de draad"));
        assertTrue(second.contains("start=\"51\""));

        plein.clock().advance(Duration.ofSeconds(1));
        Browser.Page reply = mila.post(scene.base() + "/threads/" + thread + "/posts", Map.of("body", "Nummer 61"));
        assertTrue(reply.location().contains("?page=2#post-"), reply.location());
        assertTrue(scene.mila().get(scene.base() + "/threads").body().contains("60 reacties"));
    }

    private static String body(DiscussionScene scene, String postId) {
        return scene.strings("SELECT body FROM networks_posts WHERE id = ?", postId).get(0);
    }
}
