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
 * not in it; nothing for coordinators only — nor drafts — for members.
 */
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
        ContentRows rows = new ContentRows(plein.jdbi());
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
        ContentRows rows = new ContentRows(plein.jdbi());
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

        SearchProvider search = new NetworksSearch(plein.jdbi(), (locale, key, args) -> key);
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
