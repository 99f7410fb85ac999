package nl.plein.networks.document;

import static nl.plein.networks.document.DocumentTestKit.documents;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Privacy is the point: every documents route and both file URLs × every kind of visitor × an open, a members-only
 * and a secret space. The expectations are written out per visitor below, from the rules in {@link DocumentRights}.
 */
class DocumentPrivacyTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);
    final DocumentTestKit kit = new DocumentTestKit(plein);

    enum Doc { MEMBERS, COORDINATORS, DRAFT, MEETING, MEETING_COORDINATORS }

    enum Answer { OK, LOGIN, FORBIDDEN, NOT_FOUND }

    /** Who visits. A guest is invited to the meeting with documents; guest2 to a meeting without. */
    enum Who { ANONYMOUS, OUTSIDER, ADMINISTRATOR, GUEST, GUEST_OTHER_MEETING, MEMBER, UPLOADER, CHAIR, COORDINATOR }

    /** One space with a document of every kind; MEMBERS has an older version 1 by the uploader. */
    record Setup(Space space, Map<Doc, String> ids, Map<Doc, String> titles, String folderId) {
    }

    private final Map<Who, Browser> browsers = new LinkedHashMap<>();
    private final Map<Who, String> people = new LinkedHashMap<>();

    @Test
    void everyDocumentRouteAndFileUrlAnswersEachVisitorAsTheRulesSay() {
        for (Who who : Who.values()) {
            if (who == Who.ANONYMOUS) continue;
            String email = who.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@netwerk.test";
            people.put(who, fixture.person(email, "Persoon " + who.name().toLowerCase(Locale.ROOT)));
        }
        plein.platform().people().grant(people.get(Who.ADMINISTRATOR), Role.ADMINISTRATOR);
        List<Setup> setups = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) setups.add(setUp(visibility));
        for (Who who : Who.values()) {
            browsers.put(who, who == Who.ANONYMOUS ? fixture.anonymous()
                    : fixture.signedIn(who.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@netwerk.test"));
        }

        for (Setup setup : setups) {
            Visibility visibility = setup.space().visibility();
            for (Who who : Who.values()) {
                Browser browser = browsers.get(who);
                String context = visibility + " space, " + who;
                // The list: only readers of the space, and only what they may open.
                Browser.Page list = browser.get(documents(setup.space().id()));
                assertAnswer(listAnswer(visibility, who), list, context + ", list");
                if (list.status() == 200) {
                    for (Doc doc : Doc.values()) {
                        assertEquals(answer(visibility, who, doc) == Answer.OK, list.body().contains(setup.titles().get(doc)),
                                context + ", list shows " + doc);
                    }
                }
                for (Doc doc : Doc.values()) {
                    String page = documents(setup.space().id()) + "/" + setup.ids().get(doc);
                    Answer expected = answer(visibility, who, doc);
                    Browser.Page shown = browser.get(page);
                    assertAnswer(expected, shown, context + ", page of " + doc);
                    if (expected == Answer.OK) assertTrue(shown.body().contains(setup.titles().get(doc)), context);
                    else assertTrue(!shown.body().contains(setup.titles().get(doc)), context + ": no title leaks");
                    var file = kit.download(browser, page + "/file");
                    assertAnswer(expected, file.status(), file.header("Location"), context + ", file of " + doc);
                    if (expected == Answer.OK) assertTrue(file.text().startsWith("%PDF"), context);
                    var current = kit.download(browser, page + "/versions/" + (doc == Doc.MEMBERS ? 2 : 1) + "/file");
                    assertAnswer(expected, current.status(), current.header("Location"),
                            context + ", current version file of " + doc);
                }
                // The older version of the members' document: only coordinators and who uploaded it.
                String old = documents(setup.space().id()) + "/" + setup.ids().get(Doc.MEMBERS) + "/versions/1/file";
                Answer oldAnswer = answer(visibility, who, Doc.MEMBERS);
                if (oldAnswer == Answer.OK && who != Who.COORDINATOR && who != Who.UPLOADER) {
                    oldAnswer = who == Who.ANONYMOUS ? Answer.LOGIN : Answer.FORBIDDEN;
                }
                var oldFile = kit.download(browser, old);
                assertAnswer(oldAnswer, oldFile.status(), oldFile.header("Location"), context + ", old version");
            }
        }

        // Every form, sent by those who may not use it, changes nothing.
        String state = "SELECT (SELECT COUNT(*) FROM networks_documents) + (SELECT COUNT(*) FROM networks_document_versions)"
                + " + (SELECT COUNT(*) FROM networks_folders) + (SELECT COUNT(*) FROM plein_uploads)";
        int before = kit.count(state);
        for (Setup setup : setups) {
            Visibility visibility = setup.space().visibility();
            String base = "/networks/spaces/" + setup.space().id();
            String doc = documents(setup.space().id()) + "/" + setup.ids().get(Doc.MEETING);
            for (Who who : Who.values()) {
                Browser browser = browsers.get(who);
                String context = visibility + " space, " + who;
                boolean member = Set.of(Who.MEMBER, Who.UPLOADER, Who.CHAIR).contains(who);
                if (who == Who.COORDINATOR) continue;
                // Anonymous posts are refused by core before the space is looked at; others as the gate says.
                int refused = who == Who.ANONYMOUS || member ? 403
                        : refusal(visibility, who) == Answer.NOT_FOUND ? 404 : 403;
                Map<String, Browser.Page> answers = new LinkedHashMap<>();
                if (!member) {
                    answers.put("upload", kit.postMultipart(browser, documents(setup.space().id()),
                            Map.of("title", "Ingebroken", "access", "members"), DocumentTestKit.pdf("x.pdf")));
                    answers.put("new folder", browser.post(base + "/folders", Map.of("name", "Ingebroken")));
                    answers.put("version", kit.addVersion(browser, setup.space().id(), setup.ids().get(Doc.MEETING), "",
                            DocumentTestKit.pdf("x.pdf")));
                }
                answers.put("access", browser.post(doc + "/access", Map.of("access", "coordinators")));
                answers.put("delete", browser.post(doc + "/delete", Map.of("confirm", "yes")));
                answers.put("restore", browser.post(documents(setup.space().id()) + "/" + setup.ids().get(Doc.MEMBERS)
                        + "/versions/1/restore", Map.of()));
                answers.put("rename folder", browser.post(base + "/folders/" + setup.folderId() + "/rename",
                        Map.of("folderName", "Ingebroken")));
                answers.put("delete folder", browser.post(base + "/folders/" + setup.folderId() + "/delete", Map.of()));
                answers.forEach((form, page) -> assertEquals(refused, page.status(), context + ", " + form));
                answers.forEach((form, page) -> assertTrue(!page.body().contains(setup.titles().get(Doc.MEETING)),
                        context + ", " + form + ": no title leaks"));
            }
        }
        assertEquals(before, kit.count(state));
        assertEquals(0, kit.count("SELECT COUNT(*) FROM networks_folders WHERE name = 'Ingebroken'"));
    }

    @Test
    void idsOfOtherSpacesGuessedIdsAndRemovedMembersGetNothing() {
        for (Who who : List.of(Who.COORDINATOR, Who.MEMBER, Who.UPLOADER, Who.CHAIR, Who.GUEST, Who.GUEST_OTHER_MEETING,
                Who.OUTSIDER, Who.ADMINISTRATOR)) {
            String email = who.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@netwerk.test";
            people.put(who, fixture.person(email, "Persoon " + who.name().toLowerCase(Locale.ROOT)));
        }
        Setup closed = setUp(Visibility.MEMBERS);
        Space elsewhere = fixture.space("Ander netwerk", Visibility.MEMBERS, people.get(Who.COORDINATOR));
        String elsewhereDoc = kit.upload(fixture.signedIn("coordinator@netwerk.test"), elsewhere.id(), "Elders",
                "members", DocumentTestKit.pdf("elders.pdf"));
        Browser member = fixture.signedIn("member@netwerk.test");
        Browser coordinator = fixture.signedIn("coordinator@netwerk.test");

        // Another space's document through this space's URLs, a guessed id, nonsense: not found, also for a coordinator.
        for (String id : List.of(elsewhereDoc, UUID.randomUUID().toString(), "new-ish", "%2e%2e", "1' OR '1'='1")) {
            String path = documents(closed.space().id()) + "/" + id.replace(" ", "%20").replace("'", "%27");
            for (Browser browser : List.of(member, coordinator)) {
                assertEquals(404, browser.get(path).status(), id);
                assertEquals(404, kit.download(browser, path + "/file").status(), id);
                assertEquals(404, kit.download(browser, path + "/versions/1/file").status(), id);
            }
        }
        String members = documents(closed.space().id()) + "/" + closed.ids().get(Doc.MEMBERS);
        for (String version : List.of("0", "3", "-1", "abc", "99999999999999999999")) {
            assertEquals(404, kit.download(coordinator, members + "/versions/" + version + "/file").status(), version);
        }
        assertEquals(404, member.get(documents(closed.space().id()) + "?folder=" + UUID.randomUUID()).status());
        assertEquals(404, member.get("/networks/spaces/" + UUID.randomUUID() + "/documents").status());

        // What a member could reach a moment ago is closed the moment they are taken out of the space.
        assertEquals(200, member.get(members).status());
        fixture.spaces().remove(closed.space().id(), people.get(Who.MEMBER));
        assertEquals(403, member.get(members).status());
        assertEquals(403, kit.download(member, members + "/file").status());
        assertEquals(403, member.get(documents(closed.space().id())).status());
        assertEquals(403, kit.addVersion(member, closed.space().id(), closed.ids().get(Doc.MEMBERS), "",
                DocumentTestKit.pdf("nog-even.pdf")).status());
        assertEquals(2, kit.count("SELECT version FROM networks_documents WHERE id = ?", closed.ids().get(Doc.MEMBERS)));

        // The meeting's page lists only what the visitor may open.
        var meetings = new MeetingDocuments(new Documents(plein.jdbi(), () -> UUID.randomUUID().toString(), plein.clock(),
                fixture.searchIndex()));
        String meeting = plein.jdbi().withHandle(h -> h.createQuery(
                        "SELECT meeting_id FROM networks_documents WHERE id = :id").bind("id", closed.ids().get(Doc.MEETING))
                .mapTo(String.class).one());
        String spaceId = closed.space().id();
        Map<Who, List<String>> expected = new LinkedHashMap<>();
        expected.put(Who.COORDINATOR, List.of(closed.ids().get(Doc.MEETING), closed.ids().get(Doc.MEETING_COORDINATORS)));
        expected.put(Who.CHAIR, List.of(closed.ids().get(Doc.MEETING)));
        expected.put(Who.GUEST, List.of(closed.ids().get(Doc.MEETING)));
        expected.put(Who.GUEST_OTHER_MEETING, List.of());
        expected.put(Who.MEMBER, List.of());   // removed above
        expected.put(Who.OUTSIDER, List.of());
        expected.put(Who.ADMINISTRATOR, List.of());
        for (var entry : expected.entrySet()) {
            Visitor visitor = new Visitor(people.get(entry.getKey()), "x", Locale.ROOT,
                    entry.getKey() == Who.ADMINISTRATOR ? Set.of(Role.ADMINISTRATOR) : Set.of(), Set.of());
            var standing = fixture.spaces().standing(visitor, spaceId).orElseThrow();
            var listed = meetings.forMeeting(spaceId, meeting, standing, visitor.personId());
            assertEquals(entry.getValue().stream().sorted().toList(),
                    listed.stream().map(MeetingDocuments.MeetingDocument::id).sorted().toList(), entry.getKey().toString());
            listed.forEach(d -> assertEquals(documents(spaceId) + "/" + d.id() + "/file", d.fileHref()));
            assertEquals(List.of(), meetings.forMeeting(elsewhere.id(), meeting, standing), "the standing of another space");
        }
        // The uploader's own draft for the meeting shows to them only with their id.
        Browser uploader = fixture.signedIn("uploader@netwerk.test");
        String draft = DocumentTestKit.idIn(kit.postMultipart(uploader, documents(spaceId), Map.of("title", "Mijn concept",
                "access", "draft", "meeting", meeting), DocumentTestKit.pdf("concept.pdf")).location(), documents(spaceId) + "/");
        Visitor me = new Visitor(people.get(Who.UPLOADER), "x", Locale.ROOT, Set.of(), Set.of());
        var standing = fixture.spaces().standing(me, spaceId).orElseThrow();
        assertTrue(meetings.forMeeting(spaceId, meeting, standing, me.personId()).stream().anyMatch(d -> d.id().equals(draft)));
        assertTrue(meetings.forMeeting(spaceId, meeting, standing).stream().noneMatch(d -> d.id().equals(draft)));
    }

    /** The list of the space's documents: readers only (a guest reads only their meeting's documents). */
    private static Answer listAnswer(Visibility visibility, Who who) {
        boolean inSpace = Set.of(Who.MEMBER, Who.UPLOADER, Who.CHAIR, Who.COORDINATOR).contains(who);
        if (inSpace || visibility == Visibility.OPEN) return Answer.OK;
        return refusal(visibility, who);
    }

    /** What a visitor gets for a document's page and current file. */
    private static Answer answer(Visibility visibility, Who who, Doc doc) {
        return switch (who) {
            case COORDINATOR -> Answer.OK;
            case MEMBER, CHAIR -> doc == Doc.MEMBERS || doc == Doc.MEETING ? Answer.OK : Answer.FORBIDDEN;
            case UPLOADER -> doc == Doc.MEMBERS || doc == Doc.MEETING || doc == Doc.DRAFT ? Answer.OK : Answer.FORBIDDEN;
            case GUEST -> doc == Doc.MEETING || visibility == Visibility.OPEN && doc == Doc.MEMBERS ? Answer.OK
                    : Answer.FORBIDDEN;
            case GUEST_OTHER_MEETING -> visibility == Visibility.OPEN && (doc == Doc.MEMBERS || doc == Doc.MEETING)
                    ? Answer.OK : Answer.FORBIDDEN;
            case ANONYMOUS, OUTSIDER, ADMINISTRATOR -> visibility != Visibility.OPEN ? refusal(visibility, who)
                    : doc == Doc.MEMBERS || doc == Doc.MEETING ? Answer.OK
                    : who == Who.ANONYMOUS ? Answer.LOGIN : Answer.FORBIDDEN;
        };
    }

    /** Outside a closed space: a secret one does not exist for them, a members-only one asks to sign in or says no. */
    private static Answer refusal(Visibility visibility, Who who) {
        if (visibility == Visibility.SECRET && who != Who.ADMINISTRATOR && who != Who.GUEST
                && who != Who.GUEST_OTHER_MEETING) {
            return Answer.NOT_FOUND;
        }
        return who == Who.ANONYMOUS ? Answer.LOGIN : Answer.FORBIDDEN;
    }

    private Setup setUp(Visibility visibility) {
        String prefix = visibility.code() + "-";
        Space space = fixture.space("Netwerk " + visibility.code(), visibility, people.get(Who.COORDINATOR));
        String organisation = fixture.organisation("Vrijwilligers " + visibility.code(), people.get(Who.MEMBER));
        fixture.join(space, people.get(Who.MEMBER), organisation, SpaceRole.MEMBER);
        fixture.join(space, people.get(Who.UPLOADER), organisation, SpaceRole.MEMBER);
        fixture.join(space, people.get(Who.CHAIR), organisation, SpaceRole.CHAIR);
        String meeting = kit.meeting(space.id(), "Vergadering met stukken");
        String otherMeeting = kit.meeting(space.id(), "Vergadering zonder stukken");
        fixture.guest(space, people.get(Who.GUEST), meeting);
        fixture.guest(space, people.get(Who.GUEST_OTHER_MEETING), otherMeeting);

        Browser coordinator = fixture.signedIn("coordinator@netwerk.test");
        Browser uploader = fixture.signedIn("uploader@netwerk.test");
        Map<Doc, String> ids = new LinkedHashMap<>();
        Map<Doc, String> titles = new LinkedHashMap<>();
        for (Doc doc : Doc.values()) titles.put(doc, prefix + "titel-" + doc.name().toLowerCase(Locale.ROOT));
        ids.put(Doc.MEMBERS, kit.upload(uploader, space.id(), titles.get(Doc.MEMBERS), "members",
                DocumentTestKit.pdf("leden.pdf")));
        assertEquals(303, kit.addVersion(fixture.signedIn("member@netwerk.test"), space.id(), ids.get(Doc.MEMBERS),
                "Bijgewerkt", DocumentTestKit.pdf("leden-2.pdf")).status());
        ids.put(Doc.COORDINATORS, kit.upload(coordinator, space.id(), titles.get(Doc.COORDINATORS), "coordinators",
                DocumentTestKit.pdf("begroting.pdf")));
        ids.put(Doc.DRAFT, kit.upload(uploader, space.id(), titles.get(Doc.DRAFT), "draft",
                DocumentTestKit.pdf("concept.pdf")));
        for (Doc doc : List.of(Doc.MEETING, Doc.MEETING_COORDINATORS)) {
            Browser.Page page = kit.postMultipart(coordinator, documents(space.id()), Map.of("title", titles.get(doc),
                    "access", doc == Doc.MEETING ? "members" : "coordinators", "meeting", meeting),
                    DocumentTestKit.pdf("stuk.pdf"));
            assertEquals(303, page.status(), page.body());
            ids.put(doc, DocumentTestKit.idIn(page.location(), documents(space.id()) + "/"));
        }
        Browser.Page folder = coordinator.post("/networks/spaces/" + space.id() + "/folders", Map.of("name", prefix + "map"));
        assertEquals(303, folder.status(), folder.body());
        return new Setup(space, ids, titles, DocumentTestKit.idIn(folder.location(), documents(space.id()) + "?folder="));
    }

    private static void assertAnswer(Answer expected, Browser.Page page, String context) {
        assertAnswer(expected, page.status(), page.location(), context);
    }

    private static void assertAnswer(Answer expected, int status, String location, String context) {
        switch (expected) {
            case OK -> assertEquals(200, status, context);
            case LOGIN -> {
                assertEquals(303, status, context);
                assertTrue(location.startsWith("/login?next="), context + ": " + location);
            }
            case FORBIDDEN -> assertEquals(403, status, context);
            case NOT_FOUND -> assertEquals(404, status, context);
        }
    }
}
