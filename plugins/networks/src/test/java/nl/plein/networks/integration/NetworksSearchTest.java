package nl.plein.networks.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.plein.api.Role;
import nl.plein.api.Visitor;
import nl.plein.api.hooks.SearchProvider;
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
 * The platform search finds a space's content only for those who may read it: searcher × visibility × kind of content.
 * Nothing of a members-only or secret space for outsiders, guests (beyond their own meeting) or administrators who are
 * not in it; nothing for coordinators only — nor drafts — for members. Threads, posts and documents are found through
 * core's full-text index, which follows every write and, after an upgrade, fills itself once with what was there.
 */
@OnBothDatabases
class NetworksSearchTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    private enum Who { ANONYMOUS, OUTSIDER, GUEST, MEMBER, CHAIR, COORDINATOR, ADMINISTRATOR }

    /** The content of one space, by how it shows on the results page, and what reading it takes. */
    private enum Kind { THREAD, POST, DOCUMENT_MEMBERS, DOCUMENT_COORDINATORS, DOCUMENT_DRAFT, MEETING, GUEST_MEETING,
        TRAJECTORY, REMOVED_POST }

    @Test
    void everySearcherFindsExactlyWhatTheyMayReadInEverySpace() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        String memberId = fixture.person("lid@netwerk.test", "Lotte Lid");
        String chairId = fixture.person("voorzitter@netwerk.test", "Vera Voorzitter");
        String guestId = fixture.person("gast@netwerk.test", "Gert Gast");
        fixture.person("buiten@netwerk.test", "Bo Buiten");
        ContentRows rows = new ContentRows(plein);
        Map<Visibility, String> tokens = Map.of(Visibility.OPEN, "kwartel", Visibility.MEMBERS, "merel",
                Visibility.SECRET, "specht");

        for (Visibility visibility : Visibility.values()) {
            String t = tokens.get(visibility);
            Space space = fixture.programme("Programma " + visibility.code(), visibility, coordinatorId);
            fixture.join(space, memberId, null, SpaceRole.MEMBER);
            fixture.join(space, chairId, null, SpaceRole.CHAIR);
            rows.thread(space.id(), coordinatorId, t + " draad");
            String thread = rows.thread(space.id(), coordinatorId, "Overleg zonder zoekwoord");
            rows.post(space.id(), thread, memberId, "Een **" + t + " reactie** in de draad");
            String removed = rows.post(space.id(), thread, memberId, t + " verwijderd bericht");
            rows.execute("UPDATE networks_posts SET deleted_at = 1 WHERE id = ?", removed);
            rows.document(space.id(), coordinatorId, t + " document voor leden", "members");
            rows.document(space.id(), coordinatorId, t + " document voor coordinatoren", "coordinators");
            rows.document(space.id(), memberId, t + " conceptdocument", "draft");
            rows.meeting(space.id(), t + " vergadering");
            String guestMeeting = rows.meeting(space.id(), t + " gastvergadering");
            fixture.guest(space, guestId, guestMeeting);
            rows.execute("""
                    INSERT INTO networks_trajectories (id, space_id, municipality, province, theme, partners, status,
                           created_at, updated_at) VALUES (?, ?, ?, 'Gelderland', 'Eenzaamheid', '', 'running', 0, 0)""",
                    UUID.randomUUID().toString(), space.id(), t + "-dorp");
        }
        // A trajectory row in a network (not a programme) is never shown, even in an open one.
        Space network = fixture.space("Open netwerk", Visibility.OPEN, coordinatorId);
        rows.execute("""
                INSERT INTO networks_trajectories (id, space_id, municipality, province, theme, partners, status,
                       created_at, updated_at) VALUES (?, ?, 'kwartel-netwerkdorp', 'Utrecht', 'x', '', 'running', 0, 0)""",
                UUID.randomUUID().toString(), network.id());

        Map<Who, Browser> browsers = new LinkedHashMap<>();
        browsers.put(Who.ANONYMOUS, fixture.anonymous());
        browsers.put(Who.OUTSIDER, fixture.signedIn("buiten@netwerk.test"));
        browsers.put(Who.GUEST, fixture.signedIn("gast@netwerk.test"));
        browsers.put(Who.MEMBER, fixture.signedIn("lid@netwerk.test"));
        browsers.put(Who.CHAIR, fixture.signedIn("voorzitter@netwerk.test"));
        browsers.put(Who.COORDINATOR, fixture.signedIn("coordinator@netwerk.test"));
        browsers.put(Who.ADMINISTRATOR, fixture.withRole("beheerder@netwerk.test", "Bea Beheer", Role.ADMINISTRATOR));

        List<String> wrong = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) {
            String t = tokens.get(visibility);
            for (var entry : browsers.entrySet()) {
                String page = entry.getValue().get("/search?q=" + t).body();
                for (Kind kind : Kind.values()) {
                    boolean shown = page.contains(marker(kind, t));
                    boolean expected = expected(entry.getKey(), visibility, kind);
                    if (shown != expected) wrong.add(visibility.code() + " " + kind + " for " + entry.getKey()
                            + (shown ? " is shown" : " is missing"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertFalse(browsers.get(Who.COORDINATOR).get("/search?q=netwerkdorp").body().contains("kwartel-netwerkdorp"));
    }

    @Test
    void hitsLinkIntoTheSpaceAndWildcardsAreTakenLiterally() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        Space space = fixture.programme("Open programma", Visibility.OPEN, coordinatorId);
        ContentRows rows = new ContentRows(plein);
        String thread = rows.thread(space.id(), coordinatorId, "Werven van vrijwilligers");
        String post = rows.post(space.id(), thread, coordinatorId, "Een [lange](https://example.org) reactie over "
                + "werven. " + "Nog meer tekst. ".repeat(30));
        String document = rows.document(space.id(), coordinatorId, "Wervingsplan", "members");
        String meeting = rows.meeting(space.id(), "Wervingsoverleg");

        String page = fixture.anonymous().get("/search?q=WERV").body();
        String base = "/networks/spaces/" + space.id();
        assertTrue(page.contains("<a href=\"" + base + "/threads/" + thread + "\">Werven van vrijwilligers</a>"));
        assertTrue(page.contains("<a href=\"" + base + "/documents/" + document + "\">Wervingsplan</a>"));
        assertTrue(page.contains("<a href=\"" + base + "/meetings/" + meeting + "\">Wervingsoverleg</a>"));
        assertTrue(page.contains("Discussie · Open programma"));
        assertEquals(1, page.split(base + "/threads/" + thread).length - 1, "a thread and its post: one hit");
        assertFalse(page.contains(post));

        SearchProvider search = new NetworksSearch(plein.jdbi(), (locale, key, args) -> key, fixture.searchIndex());
        var visitor = new Visitor(null, null, Locale.ROOT, Set.of(), Set.of());
        var hits = search.search(new SearchProvider.SearchQuery("reactie", visitor, 20));
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).snippet().startsWith("networks.integration.search.post · Open programma — Een lange "
                + "reactie over werven."), hits.get(0).snippet());
        assertTrue(hits.get(0).snippet().endsWith("…"), "a long post is cut");
        assertTrue(search.search(new SearchProvider.SearchQuery("%", visitor, 20)).isEmpty());
        assertTrue(search.search(new SearchProvider.SearchQuery("_", visitor, 20)).isEmpty());
        assertTrue(search.search(new SearchProvider.SearchQuery("werv", visitor, 2)).size() <= 2, "the limit holds");
        assertTrue(search.search(new SearchProvider.SearchQuery("werv", visitor, 0)).isEmpty());
    }

    @Test
    void wordsAreFoundByTheirBeginningWithoutDiacriticsAndNothingTypedIsAnOperator() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        Space space = fixture.space("Open netwerk", Visibility.OPEN, coordinatorId);
        ContentRows rows = new ContentRows(plein);
        String inBody = rows.thread(space.id(), coordinatorId, "Nieuws uit de regio");
        rows.post(space.id(), inBody, coordinatorId, "Deze maand zochten we [vrijwilligers](https://example.org/werving)"
                + " voor de moestuin.");
        String inTitle = rows.thread(space.id(), coordinatorId, "Vrijwilliger van het jaar");
        String document = rows.document(space.id(), coordinatorId, "Coördinatie van vrijwilligerswerk", "members");
        Browser anonymous = fixture.anonymous();

        String page = anonymous.get("/search?q=vrijwil").body();
        String base = "/networks/spaces/" + space.id();
        assertTrue(page.indexOf(base + "/threads/" + inTitle) >= 0, page);
        assertTrue(page.indexOf(base + "/documents/" + document) >= 0, page);
        assertTrue(page.indexOf(base + "/threads/" + inBody) >= 0, "the post, leading to its thread");
        assertTrue(anonymous.get("/search?q=vrijwilligers+moestuin").body().contains(base + "/threads/" + inBody));
        assertTrue(anonymous.get("/search?q=coordinatie").body().contains(base + "/documents/" + document),
                "without the diacritic");
        assertFalse(anonymous.get("/search?q=werving").body().contains(base + "/threads/" + inBody),
                "a link's address is not the post's text");
        assertFalse(anonymous.get("/search?q=vrijwilligers+zwembad").body().contains(base), "every word counts");
        for (String hostile : List.of("%22", "*", "-", "%3A*", "'", "%5C", "AND", "NOT+vrijwil", "%F0%9F%99%82",
                "a".repeat(200))) {
            assertEquals(200, anonymous.get("/search?q=" + hostile).status(), hostile);
        }
    }

    @Test
    void theIndexFollowsEveryPostAsItIsWrittenEditedRemovedAndErasedWithItsAuthor() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        String memberId = fixture.person("lid@netwerk.test", "Lotte Lid");
        Space space = fixture.space("Open netwerk", Visibility.OPEN, coordinatorId);
        fixture.join(space, memberId, null, SpaceRole.MEMBER);
        Browser cora = fixture.signedIn("coordinator@netwerk.test");
        Browser lotte = fixture.signedIn("lid@netwerk.test");
        String base = "/networks/spaces/" + space.id();

        Browser.Page started = cora.post(base + "/threads", Map.of("title", "Zomerfeest",
                "body", "Wie helpt bij de barbecue?"));
        assertEquals(303, started.status(), started.body());
        String thread = started.location().substring((base + "/threads/").length()).replaceAll("[?#].*", "");
        assertEquals(303, lotte.post(base + "/threads/" + thread + "/posts", Map.of("body", "Ik neem slingers mee."))
                .status());
        String reply = new ContentRows(plein).single("SELECT id FROM networks_posts WHERE body = 'Ik neem slingers mee.'");
        assertTrue(found("zomerfeest", base + "/threads/" + thread));
        assertTrue(found("barbecue", base + "/threads/" + thread));
        assertTrue(found("slingers", base + "/threads/" + thread));

        String post = base + "/threads/" + thread + "/posts/" + reply;
        assertEquals(303, lotte.post(post + "/edit", Map.of("body", "Ik neem lampions mee.")).status());
        assertFalse(found("slingers", base), "the old words are gone");
        assertTrue(found("lampions", base + "/threads/" + thread));

        assertEquals(303, lotte.post(post + "/delete", Map.of()).status());
        assertFalse(found("lampions", base));
        assertEquals(0, indexed(reply));

        assertEquals(303, lotte.post(base + "/threads/" + thread + "/posts", Map.of("body", "Mijn buurvrouw Kwikstaart "
                + "komt ook.")).status());
        String personal = new ContentRows(plein).single("SELECT id FROM networks_posts WHERE body LIKE '%Kwikstaart%'");
        assertEquals(1, indexed(personal));
        assertEquals(303, lotte.post("/account/delete", Map.of("password", PleinExtension.PASSWORD,
                "confirm", "VERWIJDER")).status());
        assertFalse(found("kwikstaart", base), "erased with her account");
        assertEquals(0, indexed(personal), "not a word of it left in the index");
        assertTrue(found("barbecue", base + "/threads/" + thread), "the others' words stay");
    }

    @Test
    void anUpgradedInstallationFindsWhatWasWrittenBeforeTheIndexOnceAfterItsFirstStart() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        String memberId = fixture.person("lid@netwerk.test", "Lotte Lid");
        Space space = fixture.space("Open netwerk", Visibility.OPEN, coordinatorId);
        ContentRows rows = new ContentRows(plein);
        String thread = rows.thread(space.id(), coordinatorId, "Kraanvogels tellen");
        rows.post(space.id(), thread, memberId, "Ik zag er twaalf boven de Biesbosch.");
        String removed = rows.post(space.id(), thread, memberId, "Dit bericht over ijsvogels is weggehaald.");
        rows.execute("UPDATE networks_posts SET body = '', deleted_at = 1 WHERE id = ?", removed);
        String erased = rows.post(space.id(), thread, memberId, "Een bericht over roerdompen van iemand die vertrok.");
        rows.execute("UPDATE networks_posts SET author_id = NULL WHERE id = ?", erased);
        String document = rows.document(space.id(), coordinatorId, "Telformulier najaar", "members");
        // As it was before this version: the rows are there, the index holds nothing of them.
        rows.execute("DELETE FROM plein_fulltext WHERE owner = 'networks'");
        String base = "/networks/spaces/" + space.id();
        assertFalse(found("kraanvogels", base));

        plein.testPlein().restart();
        awaitFill();
        assertTrue(found("kraanvogels", base + "/threads/" + thread));
        assertTrue(found("biesbosch", base + "/threads/" + thread));
        assertTrue(found("telformulier", base + "/documents/" + document));
        assertEquals(0, indexed(removed));
        assertEquals(0, indexed(erased));
        ContentRows after = new ContentRows(plein);
        int jobs = after.count("SELECT COUNT(*) FROM plein_jobs WHERE kind LIKE 'plein-fulltext-fill-%'");
        assertEquals(3, jobs, "one run for each kind: thread, post, document");

        plein.testPlein().restart();
        assertEquals(jobs, new ContentRows(plein).count("SELECT COUNT(*) FROM plein_jobs WHERE kind LIKE 'plein-fulltext-fill-%'"),
                "once: the next start fills nothing");
    }

    /** Runs the fill jobs, also when the platform's own poller took one first. */
    private void awaitFill() {
        long until = System.nanoTime() + 20_000_000_000L;
        ContentRows rows = new ContentRows(plein);
        do {
            plein.platform().jobs().runDue();
            if (rows.count("SELECT COUNT(*) FROM plein_jobs WHERE kind LIKE 'plein-fulltext-fill-%' "
                    + "AND status <> 'done'") == 0) return;
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        } while (System.nanoTime() < until);
        throw new AssertionError("the full-text fill did not finish");
    }

    /** Whether an anonymous search for the word shows a link that starts with the path. */
    private boolean found(String word, String path) {
        return fixture.anonymous().get("/search?q=" + word).body().contains("href=\"" + path);
    }

    private int indexed(String postId) {
        return new ContentRows(plein).count("SELECT COUNT(*) FROM plein_fulltext WHERE owner = 'networks' AND doc_id = ?",
                postId);
    }

    private static boolean expected(Who who, Visibility visibility, Kind kind) {
        boolean insider = who == Who.MEMBER || who == Who.CHAIR || who == Who.COORDINATOR;
        boolean reads = insider || visibility == Visibility.OPEN;
        return switch (kind) {
            case THREAD, POST, DOCUMENT_MEMBERS, MEETING, TRAJECTORY -> reads;
            case DOCUMENT_COORDINATORS, DOCUMENT_DRAFT -> reads && who == Who.COORDINATOR;
            case GUEST_MEETING -> reads || who == Who.GUEST;
            case REMOVED_POST -> false;
        };
    }

    private static String marker(Kind kind, String t) {
        return switch (kind) {
            case THREAD -> ">" + t + " draad</a>";
            case POST -> t + " reactie in de draad";
            case DOCUMENT_MEMBERS -> ">" + t + " document voor leden</a>";
            case DOCUMENT_COORDINATORS -> ">" + t + " document voor coordinatoren</a>";
            case DOCUMENT_DRAFT -> ">" + t + " conceptdocument</a>";
            case MEETING -> ">" + t + " vergadering</a>";
            case GUEST_MEETING -> ">" + t + " gastvergadering</a>";
            case TRAJECTORY -> ">" + t + "-dorp: Eenzaamheid</a>";
            case REMOVED_POST -> t + " verwijderd bericht";
        };
    }
}
