package nl.plein.networks.document;

import static nl.plein.networks.document.DocumentTestKit.documents;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.document.DocumentTestKit.Upload;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Versions keep the history; access levels change; deleting a document takes every version's file with it. */
@OnBothDatabases
class DocumentVersionsTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);
    final DocumentTestKit kit = new DocumentTestKit(plein);

    private Space space;
    private Browser coordinator;
    private Browser anna;
    private Browser bram;
    private Browser chair;

    private void aNetwork() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        String annaId = fixture.person("anna@netwerk.test", "Anna Aalberts");
        String bramId = fixture.person("bram@netwerk.test", "Bram Bosman");
        String chairId = fixture.person("voorzitter@netwerk.test", "Vera Voorzitter");
        space = fixture.space("Landelijk Overleg", Visibility.MEMBERS, coordinatorId);
        String organisation = fixture.organisation("Thuishulp Samen", annaId);
        fixture.join(space, annaId, organisation, SpaceRole.MEMBER);
        fixture.join(space, bramId, organisation, SpaceRole.MEMBER);
        fixture.join(space, chairId, organisation, SpaceRole.CHAIR);
        coordinator = fixture.signedIn("coordinator@netwerk.test");
        anna = fixture.signedIn("anna@netwerk.test");
        bram = fixture.signedIn("bram@netwerk.test");
        chair = fixture.signedIn("voorzitter@netwerk.test");
    }

    @Test
    void newVersionsKeepTheHistoryAndOldOnesAreForCoordinatorsAndWhoeverUploadedThem() {
        aNetwork();
        Upload first = DocumentTestKit.text("manifest.txt", "Versie een\n");
        Upload second = DocumentTestKit.pdf("manifest.pdf");
        Upload third = DocumentTestKit.docx("manifest.docx");
        String id = kit.upload(anna, space.id(), "Manifest", "members", first);
        String page = documents(space.id()) + "/" + id;

        Browser.Page added = kit.addVersion(bram, space.id(), id, "Hoofdstuk 2 herschreven", second);
        assertEquals(303, added.status(), added.body());
        assertEquals(page + "?version=1", added.location());
        assertEquals(303, kit.addVersion(anna, space.id(), id, "", third).status());
        assertEquals(3, kit.count("SELECT version FROM networks_documents WHERE id = ?", id));
        assertEquals(3, kit.count("SELECT COUNT(*) FROM networks_document_versions WHERE document_id = ?", id));
        assertEquals(3, kit.count("SELECT COUNT(*) FROM plein_uploads"));

        String history = bram.get(page).body();
        assertTrue(history.contains("versie 3") && history.contains("versie 2") && history.contains("versie 1"));
        assertTrue(history.contains("Bram Bosman") && history.contains("Anna Aalberts"));
        assertTrue(history.contains("Hoofdstuk 2 herschreven"));
        assertTrue(history.contains("manifest.txt") && history.contains("11 bytes"));
        assertTrue(history.indexOf("versie 3") < history.indexOf("versie 1"), "newest first");
        assertTrue(history.contains("Oudere versies kunnen alleen coördinatoren downloaden"));
        // Bram sees his own old version as a link, not Anna's first one.
        assertTrue(history.contains("href=\"" + page + "/versions/2/file\""));
        assertFalse(history.contains("href=\"" + page + "/versions/1/file\""));

        assertArrayEquals(third.content(), kit.download(bram, page + "/file").body(), "the current file is the newest");
        assertArrayEquals(third.content(), kit.download(chair, page + "/versions/3/file").body());
        assertArrayEquals(first.content(), kit.download(anna, page + "/versions/1/file").body(), "her own old version");
        assertEquals(403, kit.download(anna, page + "/versions/2/file").status(), "not Bram's");
        assertArrayEquals(second.content(), kit.download(bram, page + "/versions/2/file").body());
        assertEquals(403, kit.download(bram, page + "/versions/1/file").status());
        assertEquals(403, kit.download(chair, page + "/versions/1/file").status(), "a chair is not a coordinator");
        for (int v = 1; v <= 3; v++) assertEquals(200, kit.download(coordinator, page + "/versions/" + v + "/file").status());
        assertEquals(404, kit.download(coordinator, page + "/versions/4/file").status());

        // Restoring version 1 makes it the newest again, as version 4 with the same file; only coordinators restore.
        assertEquals(403, anna.post(page + "/versions/1/restore", Map.of()).status());
        Browser.Page restored = coordinator.post(page + "/versions/1/restore", Map.of());
        assertEquals(303, restored.status());
        assertEquals(4, kit.count("SELECT version FROM networks_documents WHERE id = ?", id));
        assertArrayEquals(first.content(), kit.download(bram, page + "/file").body());
        assertTrue(coordinator.get(restored.location()).body().contains("Teruggezet: hetzelfde bestand als versie 1."));
        assertEquals(3, kit.count("SELECT COUNT(*) FROM plein_uploads"), "no copy of the bytes");
        assertEquals(404, coordinator.post(page + "/versions/9/restore", Map.of()).status());

        assertEquals(List.of("document", "document-version", "document-version", "document-version"),
                plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT kind FROM networks_activity WHERE subject_id = :id ORDER BY created_at, kind""")
                        .bind("id", id).mapTo(String.class).list()));
    }

    @Test
    void aVersionIsCheckedLikeAnUploadAndOnlyThoseAllowedAddOne() {
        aNetwork();
        String shared = kit.upload(anna, space.id(), "Gedeeld stuk", "members", DocumentTestKit.pdf("stuk.pdf"));
        String forCoordinators = kit.upload(coordinator, space.id(), "Begroting", "coordinators",
                DocumentTestKit.pdf("begroting.pdf"));
        String draft = kit.upload(anna, space.id(), "Concept", "draft", DocumentTestKit.pdf("concept.pdf"));

        Browser.Page wrongType = kit.addVersion(bram, space.id(), shared, "Nieuw", DocumentTestKit.exe("stuk.pdf"));
        assertEquals(422, wrongType.status());
        assertTrue(wrongType.body().contains("Dit soort bestand kan hier niet worden toegevoegd."));
        assertTrue(wrongType.body().contains(">Nieuw</textarea>"), "the note is kept");
        Browser.Page longNote = kit.addVersion(bram, space.id(), shared, "x".repeat(501), DocumentTestKit.pdf("stuk.pdf"));
        assertEquals(422, longNote.status());
        assertTrue(longNote.body().contains("De toelichting mag hooguit 500 tekens lang zijn."));
        assertTrue(longNote.body().contains(">" + "x".repeat(501) + "</textarea>"), "the note is kept");
        Browser.Page none = kit.addVersion(bram, space.id(), shared, "", null);
        assertEquals(422, none.status());
        assertTrue(none.body().contains("Kies een bestand."));
        assertEquals(422, kit.addVersion(bram, space.id(), shared, "", DocumentTestKit.tooLarge("groot.pdf")).status());
        assertEquals(1, kit.count("SELECT version FROM networks_documents WHERE id = ?", shared));

        assertEquals(403, kit.addVersion(anna, space.id(), forCoordinators, "", DocumentTestKit.pdf("b.pdf")).status());
        assertEquals(403, kit.addVersion(bram, space.id(), draft, "", DocumentTestKit.pdf("c.pdf")).status());
        assertEquals(303, kit.addVersion(anna, space.id(), draft, "", DocumentTestKit.pdf("c.pdf")).status(), "her draft");
        assertEquals(303, kit.addVersion(coordinator, space.id(), draft, "", DocumentTestKit.pdf("c.pdf")).status());
        assertEquals(303, kit.addVersion(chair, space.id(), shared, "", DocumentTestKit.pdf("s.pdf")).status());
        assertEquals(3 + 3, kit.count("SELECT COUNT(*) FROM plein_uploads"), "refused versions left no file");
        assertEquals(6, kit.filesOnDisk());
        // A draft's versions are noted for coordinators only.
        assertEquals(0, kit.count("SELECT COUNT(*) FROM networks_activity WHERE subject_id = ? AND access = 'members'",
                draft));
    }

    @Test
    void theUploaderPublishesTheirDraftAndCoordinatorsDecideTheRest() {
        aNetwork();
        String draft = kit.upload(anna, space.id(), "Concept jaarplan", "draft", DocumentTestKit.pdf("jaarplan.pdf"));
        String page = documents(space.id()) + "/" + draft;
        assertEquals(403, bram.get(page).status());
        assertFalse(bram.get(documents(space.id())).body().contains("Concept jaarplan"));
        assertTrue(anna.get(documents(space.id())).body().contains("Concept jaarplan"));
        assertTrue(coordinator.get(documents(space.id())).body().contains("Concept jaarplan"));
        assertEquals("coordinators", plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT access FROM networks_activity WHERE subject_id = :id").bind("id", draft).mapTo(String.class).one()));

        String annasPage = anna.get(page).body();
        assertTrue(annasPage.contains("Delen met alle leden"));
        assertEquals(403, anna.post(page + "/access", Map.of("access", "coordinators")).status(), "only to members");
        assertEquals(422, coordinator.post(page + "/access", Map.of("access", "openbaar")).status());
        assertEquals(303, anna.post(page + "/access", Map.of("access", "members")).status());
        assertEquals(200, bram.get(page).status());
        assertTrue(bram.get(documents(space.id())).body().contains("Concept jaarplan"));
        assertEquals("members", plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT access FROM networks_activity WHERE subject_id = :id").bind("id", draft).mapTo(String.class).one()));
        assertEquals(403, anna.post(page + "/access", Map.of("access", "draft")).status(), "published is published");
        assertEquals(403, bram.post(page + "/access", Map.of("access", "draft")).status());

        // A coordinator takes it back to the coordinators: members lose the page, the file and the activity line.
        assertEquals(303, coordinator.post(page + "/access", Map.of("access", "coordinators")).status());
        assertEquals(403, bram.get(page).status());
        assertEquals(403, kit.download(anna, page + "/file").status());
        assertFalse(anna.get(documents(space.id())).body().contains("Concept jaarplan"));
        assertEquals(0, kit.count("SELECT COUNT(*) FROM networks_activity WHERE subject_id = ? AND access = 'members'",
                draft));
    }

    @Test
    void deletingADocumentRemovesEveryVersionItsFilesAndItsTitleFromTheSearchIndex() {
        aNetwork();
        String id = kit.upload(anna, space.id(), "Oud stuk", "members", DocumentTestKit.pdf("oud.pdf"));
        String keep = kit.upload(anna, space.id(), "Blijft", "members", DocumentTestKit.pdf("blijft.pdf"));
        kit.addVersion(bram, space.id(), id, "", DocumentTestKit.png("oud.png"));
        kit.addVersion(anna, space.id(), id, "", DocumentTestKit.xlsx("oud.xlsx"));
        coordinator.post(documents(space.id()) + "/" + id + "/versions/1/restore", Map.of());
        String page = documents(space.id()) + "/" + id;
        assertEquals(4, kit.filesOnDisk());
        assertTrue(coordinator.get("/search?q=stuk").body().contains("href=\"" + page + "\""), "its title is found");

        assertTrue(coordinator.get(page).body().contains("Ja, verwijder dit document met alle 4 versies."));
        assertTrue(coordinator.get(documents(space.id()) + "/" + keep).body()
                .contains("Ja, verwijder dit document met zijn enige versie."));
        assertFalse(anna.get(page).body().contains("Ja, verwijder dit document"));
        assertEquals(403, anna.post(page + "/delete", Map.of("confirm", "yes")).status(), "not even its uploader");
        Browser.Page unconfirmed = coordinator.post(page + "/delete", Map.of());
        assertEquals(422, unconfirmed.status());
        assertTrue(unconfirmed.body().contains("Vink aan dat u het document met alle versies wilt verwijderen."));
        Browser.Page deleted = coordinator.post(page + "/delete", Map.of("confirm", "yes"));
        assertEquals(303, deleted.status());
        assertEquals(documents(space.id()) + "?deleted=1", deleted.location());
        assertTrue(coordinator.get(deleted.location()).body().contains("Het document is verwijderd."));

        assertEquals(0, kit.count("SELECT COUNT(*) FROM networks_documents WHERE id = ?", id));
        assertEquals(0, kit.count("SELECT COUNT(*) FROM networks_document_versions WHERE document_id = ?", id));
        assertEquals(0, kit.count("SELECT COUNT(*) FROM networks_activity WHERE subject_id = ?", id));
        assertEquals(0, kit.count("SELECT COUNT(*) FROM plein_fulltext WHERE doc_id = ?", id), "nor in the search index");
        assertEquals(1, kit.count("SELECT COUNT(*) FROM plein_fulltext WHERE doc_id = ?", keep));
        assertEquals(1, kit.count("SELECT COUNT(*) FROM plein_uploads"));
        assertEquals(1, kit.filesOnDisk(), "only the other document's file is left");
        for (String path : List.of(page, page + "/file", page + "/versions/1/file", page + "/versions/3/file")) {
            assertEquals(404, kit.download(coordinator, path).status(), path);
        }
        assertEquals(404, coordinator.post(page + "/delete", Map.of("confirm", "yes")).status());
        assertEquals(200, kit.download(anna, documents(space.id()) + "/" + keep + "/file").status());
    }
}
