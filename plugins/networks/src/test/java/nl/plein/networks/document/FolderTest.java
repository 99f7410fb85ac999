package nl.plein.networks.document;

import static nl.plein.networks.document.DocumentTestKit.documents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members make folders; coordinators rename them and remove empty ones; the list goes by folder and by page. */
class FolderTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);
    final DocumentTestKit kit = new DocumentTestKit(plein);

    @Test
    void membersMakeFoldersAndCoordinatorsRenameAndRemoveEmptyOnes() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        String memberId = fixture.person("lid@netwerk.test", "Lotte Lid");
        Space space = fixture.space("Landelijk Overleg", Visibility.SECRET, coordinatorId);
        fixture.join(space, memberId, fixture.organisation("Thuishulp Samen", memberId), SpaceRole.MEMBER);
        Browser member = fixture.signedIn("lid@netwerk.test");
        Browser coordinator = fixture.signedIn("coordinator@netwerk.test");
        String base = "/networks/spaces/" + space.id();

        for (var wrong : Map.of("", "Vul een naam voor de map in.", "m".repeat(121),
                "De naam van een map mag hooguit 120 tekens lang zijn.").entrySet()) {
            Browser.Page page = member.post(base + "/folders", Map.of("name", wrong.getKey()));
            assertEquals(422, page.status());
            assertTrue(page.body().contains(wrong.getValue()));
            assertTrue(page.body().contains("value=\"" + wrong.getKey() + "\""), "what was typed is kept");
        }
        Browser.Page made = member.post(base + "/folders", Map.of("name", "Vergaderingen"));
        assertEquals(303, made.status());
        String meetings = DocumentTestKit.idIn(made.location(), documents(space.id()) + "?folder=");
        Browser.Page inner = member.post(base + "/folders", Map.of("name", "2026", "parent", meetings));
        String year = DocumentTestKit.idIn(inner.location(), documents(space.id()) + "?folder=");
        assertEquals(404, member.post(base + "/folders", Map.of("name", "Los", "parent", UUID.randomUUID().toString()))
                .status());

        // A document in the inner folder: the upload form offers the folder by its path.
        Browser.Page form = member.get(base + "/documents/new?folder=" + year);
        assertTrue(form.body().contains("<option value=\"" + year + "\" selected>Vergaderingen / 2026</option>"));
        Browser.Page uploaded = kit.postMultipart(member, documents(space.id()), Map.of("title", "Agenda maart",
                "access", "members", "folder", year), DocumentTestKit.pdf("agenda.pdf"));
        assertEquals(303, uploaded.status(), uploaded.body());
        String top = member.get(documents(space.id())).body();
        assertTrue(top.contains(">Vergaderingen</a>"));
        assertFalse(top.contains("Agenda maart"), "not at the top");
        String yearPage = member.get(documents(space.id()) + "?folder=" + year).body();
        assertTrue(yearPage.contains("Agenda maart"));
        assertTrue(yearPage.contains("<h1>2026</h1>"));
        assertTrue(yearPage.contains("?folder=" + meetings + "\">Vergaderingen</a>"), "the path up");
        assertTrue(member.get(uploaded.location()).body().contains(">Vergaderingen</a> › <a"), "also on the document");
        assertFalse(yearPage.contains("Deze map beheren"), "members do not manage folders");

        // Only coordinators rename and remove; only empty folders go.
        assertEquals(403, member.post(base + "/folders/" + year + "/rename", Map.of("folderName", "Jaar")).status());
        assertEquals(403, member.post(base + "/folders/" + year + "/delete", Map.of()).status());
        Browser.Page blank = coordinator.post(base + "/folders/" + year + "/rename", Map.of("folderName", " "));
        assertEquals(422, blank.status());
        assertTrue(blank.body().contains("Vul een naam voor de map in."));
        assertEquals(303, coordinator.post(base + "/folders/" + year + "/rename", Map.of("folderName", "Jaar 2026"))
                .status());
        assertTrue(member.get(documents(space.id()) + "?folder=" + year).body().contains("<h1>Jaar 2026</h1>"));
        Browser.Page full = coordinator.post(base + "/folders/" + meetings + "/delete", Map.of());
        assertEquals(409, full.status());
        assertTrue(full.body().contains("Deze map is niet leeg."));
        String document = DocumentTestKit.idIn(uploaded.location(), documents(space.id()) + "/");
        assertEquals(303, coordinator.post(documents(space.id()) + "/" + document + "/delete", Map.of("confirm", "yes"))
                .status());
        Browser.Page removed = coordinator.post(base + "/folders/" + year + "/delete", Map.of());
        assertEquals(303, removed.status());
        assertEquals(documents(space.id()) + "?folder=" + meetings, removed.location(), "back to the folder above");
        assertEquals(404, member.get(documents(space.id()) + "?folder=" + year).status());
        assertEquals(404, coordinator.post(base + "/folders/" + year + "/rename", Map.of("folderName", "x")).status());

        // Another space's folder is not found here.
        Space other = fixture.space("Ander", Visibility.MEMBERS, coordinatorId);
        String elsewhere = DocumentTestKit.idIn(coordinator.post("/networks/spaces/" + other.id() + "/folders",
                Map.of("name", "Elders")).location(), documents(other.id()) + "?folder=");
        assertEquals(404, coordinator.get(documents(space.id()) + "?folder=" + elsewhere).status());
        assertEquals(404, coordinator.post(base + "/folders/" + elsewhere + "/delete", Map.of()).status());
        assertEquals(1, kit.count("SELECT COUNT(*) FROM networks_folders WHERE id = ?", elsewhere));
    }

    @Test
    void aLongFolderIsReadPageByPage() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        Space space = fixture.space("Landelijk Overleg", Visibility.OPEN, coordinatorId);
        plein.jdbi().useTransaction(h -> {
            for (int i = 1; i <= Documents.PAGE_SIZE + 5; i++) {
                String id = UUID.randomUUID().toString();
                h.createUpdate("""
                                INSERT INTO networks_documents (id, space_id, folder_id, meeting_id, title, access, version,
                                                                created_by, created_at, updated_at)
                                VALUES (:id, :space, NULL, NULL, :title, 'members', 1, :by, 0, 0)""")
                        .bind("id", id).bind("space", space.id()).bind("title", String.format("Stuk %03d", i))
                        .bind("by", coordinatorId).execute();
                h.createUpdate("""
                                INSERT INTO networks_document_versions (document_id, version, upload_id, file_name,
                                                                        size_bytes, note, uploaded_by, uploaded_at)
                                VALUES (:id, 1, :upload, 'stuk.pdf', 2048, '', :by, 0)""")
                        .bind("id", id).bind("upload", UUID.randomUUID().toString()).bind("by", coordinatorId).execute();
            }
        });
        Browser anyone = fixture.anonymous();
        String first = anyone.get(documents(space.id())).body();
        assertTrue(first.contains("Stuk 001") && first.contains("Stuk 050") && !first.contains("Stuk 051"));
        assertTrue(first.contains("2 kB"));
        assertTrue(first.contains("href=\"" + documents(space.id()) + "?page=2\""));
        String second = anyone.get(documents(space.id()) + "?page=2").body();
        assertTrue(second.contains("Stuk 055") && !second.contains("Stuk 050"));
        assertFalse(second.contains("Document toevoegen"), "an outsider of an open space reads but does not upload");
        assertEquals(303, anyone.get(documents(space.id()) + "/new").status(), "sign in to upload");
    }

    @Test
    void everyPageReadsInTheVisitorsLanguage() {
        String english = fixture.person("coordinator@netwerk.test", "Cora Coordinator", "en");
        fixture.person("lid@netwerk.test", "Lotte Lid", "nl");
        Space space = fixture.space("Landelijk Overleg", Visibility.MEMBERS, english);
        fixture.join(space, fixture.personId("lid@netwerk.test"), null, SpaceRole.MEMBER);
        Browser coordinator = fixture.signedIn("coordinator@netwerk.test");
        Browser member = fixture.signedIn("lid@netwerk.test");
        String folder = DocumentTestKit.idIn(coordinator.post("/networks/spaces/" + space.id() + "/folders",
                Map.of("name", "Stukken")).location(), documents(space.id()) + "?folder=");
        String draft = kit.upload(member, space.id(), "Concept", "draft", DocumentTestKit.pdf("concept.pdf"));
        kit.addVersion(member, space.id(), draft, "Nieuw", DocumentTestKit.pdf("concept-2.pdf"));
        for (Browser browser : java.util.List.of(coordinator, member)) {
            for (String path : java.util.List.of(documents(space.id()), documents(space.id()) + "?folder=" + folder,
                    documents(space.id()) + "/new", documents(space.id()) + "/" + draft)) {
                Browser.Page page = browser.get(path);
                assertEquals(200, page.status(), path);
                assertFalse(page.body().contains("??"), path + " has a missing message");
            }
        }
        assertTrue(coordinator.get(documents(space.id()) + "/" + draft).body().contains("Add a new version"));
        assertTrue(coordinator.get(documents(space.id()) + "/" + draft).body().contains("Coordinators only"));
        assertTrue(member.get(documents(space.id()) + "/" + draft).body().contains("Delen met alle leden"));
        assertTrue(coordinator.get(documents(space.id()) + "?folder=" + folder).body().contains("Manage this folder"));
    }
}
