package nl.plein.networks.document;

import static nl.plein.networks.document.DocumentTestKit.documents;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.document.DocumentTestKit.Download;
import nl.plein.networks.document.DocumentTestKit.Upload;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members upload documents of the accepted types within the limit; everything else is refused, nothing half-kept. */
class DocumentUploadTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);
    final DocumentTestKit kit = new DocumentTestKit(plein);

    private Space space;
    private Browser member;

    private void aNetworkWithAMember() {
        String coordinator = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        String memberId = fixture.person("lid@netwerk.test", "Lotte Lid");
        space = fixture.space("Landelijk Overleg", Visibility.MEMBERS, coordinator);
        fixture.join(space, memberId, fixture.organisation("Thuishulp Samen", memberId), SpaceRole.MEMBER);
        member = fixture.signedIn("lid@netwerk.test");
    }

    @Test
    void aMemberUploadsEveryAcceptedTypeAndGetsTheSameBytesBack() {
        aNetworkWithAMember();
        // What core's content sniffing calls each file; Excel, PowerPoint and OpenDocument spreadsheets and
        // presentations are "a ZIP archive" to core and accepted after this part's own look inside.
        Map<Upload, Set<String>> files = new LinkedHashMap<>();
        files.put(DocumentTestKit.pdf("jaarplan.pdf"), Set.of("application/pdf"));
        files.put(DocumentTestKit.docx("notulen.docx"), Set.of(DocumentFile.DOCX));
        files.put(DocumentTestKit.xlsx("begroting.xlsx"), Set.of(DocumentFile.XLSX, DocumentFile.ZIP));
        files.put(DocumentTestKit.pptx("presentatie.pptx"), Set.of(DocumentFile.PPTX, DocumentFile.ZIP));
        files.put(DocumentTestKit.openDocument("verslag.odt", "text"), Set.of(DocumentFile.ODT));
        files.put(DocumentTestKit.openDocument("cijfers.ods", "spreadsheet"), Set.of(DocumentFile.ODS, DocumentFile.ZIP));
        files.put(DocumentTestKit.openDocument("dia.odp", "presentation"), Set.of(DocumentFile.ODP, DocumentFile.ZIP));
        files.put(DocumentTestKit.text("agenda.txt", "1. Opening\n2. Mededelingen\n"), Set.of("text/plain"));
        files.put(DocumentTestKit.png("logo.png"), Set.of("image/png"));
        files.put(DocumentTestKit.jpeg("foto.jpg"), Set.of("image/jpeg"));

        for (var file : files.entrySet()) {
            Upload upload = file.getKey();
            Browser.Page page = kit.postMultipart(member, documents(space.id()), Map.of("title", "", "access", "members"),
                    upload);
            assertEquals(303, page.status(), upload.filename() + ": " + page.body());
            String id = DocumentTestKit.idIn(page.location(), documents(space.id()) + "/");
            assertEquals(documents(space.id()) + "/" + id + "?uploaded=1", page.location());
            assertEquals(upload.filename(), plein.jdbi().withHandle(h -> h.createQuery(
                    "SELECT title FROM networks_documents WHERE id = :id").bind("id", id).mapTo(String.class).one()),
                    "an empty title becomes the file's name");
            String type = plein.jdbi().withHandle(h -> h.createQuery("""
                            SELECT u.content_type FROM plein_uploads u
                            JOIN networks_document_versions v ON v.upload_id = u.id WHERE v.document_id = :id""")
                    .bind("id", id).mapTo(String.class).one());
            assertTrue(file.getValue().contains(type), upload.filename() + " was stored as " + type);

            Download download = kit.download(member, documents(space.id()) + "/" + id + "/file");
            assertEquals(200, download.status(), upload.filename());
            assertArrayEquals(upload.content(), download.body(), upload.filename());
            assertTrue(download.header("Content-Disposition").startsWith("attachment;"), upload.filename());
            assertTrue(download.header("Content-Disposition").contains(upload.filename()), upload.filename());
            assertEquals("nosniff", download.header("X-Content-Type-Options"));
            Browser.Page shown = member.get(page.location());
            assertEquals(200, shown.status(), shown.body());
            assertTrue(shown.body().contains("Het document is toegevoegd."), upload.filename());
            assertTrue(shown.body().contains("<h1>" + upload.filename() + "</h1>"), upload.filename());
        }
        String list = member.get(documents(space.id())).body();
        for (Upload upload : files.keySet()) assertTrue(list.contains(upload.filename()), upload.filename());
        assertEquals(files.size(), kit.count("SELECT COUNT(*) FROM networks_document_versions"));
        assertEquals(files.size(), kit.filesOnDisk());
    }

    @Test
    void refusedFilesAreToldBesideTheFieldAndLeaveNothingBehind() {
        aNetworkWithAMember();
        String tooLarge = "Dit bestand is groter dan 20 MB. Kies een kleiner bestand.";
        String wrongType = "Dit soort bestand kan hier niet worden toegevoegd. Kies een PDF, Word-, Excel-, PowerPoint- of"
                + " OpenDocument-bestand, platte tekst, PNG of JPEG.";
        Map<Upload, String> refused = new LinkedHashMap<>();
        refused.put(DocumentTestKit.tooLarge("groot.pdf"), tooLarge);
        refused.put(DocumentTestKit.exe("factuur.pdf.exe"), wrongType);
        refused.put(DocumentTestKit.exe("factuur.pdf"), wrongType);
        refused.put(DocumentTestKit.text("brief.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>"), wrongType);
        refused.put(DocumentTestKit.text("plaatje.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
                wrongType);
        refused.put(DocumentTestKit.plainZip("archief.docx"), wrongType);
        refused.put(new Upload("leeg.txt", new byte[0]), "Dit bestand is leeg. Kies een bestand met inhoud.");
        refused.put(null, "Kies een bestand.");

        for (var file : refused.entrySet()) {
            String name = file.getKey() == null ? "no file" : file.getKey().filename();
            Browser.Page page = kit.postMultipart(member, documents(space.id()),
                    Map.of("title", "Jaarverslag <2025>", "access", "draft"), file.getKey());
            assertEquals(422, page.status(), name);
            assertTrue(page.body().contains(file.getValue()), name);
            assertTrue(page.body().contains("id=\"f-file-error\""), name + ": the message is beside the field");
            assertTrue(page.body().contains("value=\"Jaarverslag &lt;2025&gt;\""), name + ": the title is kept");
            assertTrue(page.body().contains("value=\"draft\" checked"), name + ": the choice is kept");
        }
        assertEquals(0, kit.count("SELECT COUNT(*) FROM networks_documents"));
        assertEquals(0, kit.count("SELECT COUNT(*) FROM networks_document_versions"));
        assertEquals(0, kit.count("SELECT COUNT(*) FROM plein_uploads"));
        assertEquals(0, kit.filesOnDisk(), "no stored file and no temporary one");
        assertEquals(0, kit.count("SELECT COUNT(*) FROM networks_activity"));
    }

    @Test
    void theOtherFieldsAreCheckedTooAndAMeetingsUploadReturnsToTheMeeting() {
        aNetworkWithAMember();
        String coordinator = fixture.personId("coordinator@netwerk.test");
        Space other = fixture.space("Ander Netwerk", Visibility.MEMBERS, coordinator);
        Browser cora = fixture.signedIn("coordinator@netwerk.test");
        Browser.Page folder = cora.post("/networks/spaces/" + other.id() + "/folders", Map.of("name", "Elders"));
        String otherFolder = DocumentTestKit.idIn(folder.location(), documents(other.id()) + "?folder=");
        String otherMeeting = kit.meeting(other.id(), "Vergadering elders");

        Map<Map<String, String>, String> wrong = new LinkedHashMap<>();
        wrong.put(Map.of("title", "x".repeat(201), "access", "members"), "De titel mag hooguit 200 tekens lang zijn.");
        wrong.put(Map.of("title", "Plan", "access", "coordinators"), "Kies wie het document mag openen.");
        wrong.put(Map.of("title", "Plan", "access", "iedereen"), "Kies wie het document mag openen.");
        wrong.put(Map.of("title", "Plan", "access", "members", "folder", otherFolder),
                "Deze map bestaat niet (meer). Kies een andere map.");
        wrong.put(Map.of("title", "Plan", "access", "members", "folder", "../../etc"),
                "Deze map bestaat niet (meer). Kies een andere map.");
        wrong.put(Map.of("title", "Plan", "access", "members", "meeting", otherMeeting),
                "Deze vergadering bestaat niet (meer) in deze ruimte.");
        for (var form : wrong.entrySet()) {
            Browser.Page page = kit.postMultipart(member, documents(space.id()), form.getKey(),
                    DocumentTestKit.pdf("plan.pdf"));
            assertEquals(422, page.status(), form.getKey().toString());
            assertTrue(page.body().contains(form.getValue()), form.getKey().toString());
            assertTrue(page.body().contains("Kies het bestand opnieuw"), "the file must be chosen again");
        }
        assertTrue(kit.postMultipart(member, documents(space.id()), Map.of("title", "x".repeat(201), "access", "members"),
                DocumentTestKit.pdf("plan.pdf")).body().contains("value=\"" + "x".repeat(201) + "\""), "typed text is kept");
        assertEquals(0, kit.count("SELECT COUNT(*) FROM plein_uploads"));
        assertEquals(0, kit.filesOnDisk());

        // A title of exactly 200 characters is fine; the meeting's page links here with the meeting and the way back.
        String meeting = kit.meeting(space.id(), "Voorjaarsoverleg");
        String meetingPage = "/networks/spaces/" + space.id() + "/meetings/" + meeting;
        Browser.Page form = member.get(MeetingDocuments.uploadPath(space.id(), meeting, meetingPage));
        assertEquals(200, form.status());
        assertTrue(form.body().contains("Dit document hoort bij de vergadering: Voorjaarsoverleg."));
        assertTrue(form.body().contains("name=\"return\" value=\"" + meetingPage + "\""));
        Browser.Page done = kit.postMultipart(member, documents(space.id()), Map.of("title", "y".repeat(200),
                "access", "members", "meeting", meeting, "return", meetingPage), DocumentTestKit.pdf("agenda.pdf"));
        assertEquals(303, done.status(), done.body());
        assertEquals(meetingPage, done.location());
        assertEquals(1, kit.count("SELECT COUNT(*) FROM networks_documents WHERE meeting_id = ?", meeting));

        // Going back anywhere else than into this space is ignored.
        for (String elsewhere : List.of("https://phishing.example/", "//phishing.example/x", "/networks/spaces/"
                + other.id() + "/documents", "/networks/spaces/" + space.id() + "/../../admin")) {
            Browser.Page page = kit.postMultipart(member, documents(space.id()), Map.of("title", "Plan", "access",
                    "members", "return", elsewhere), DocumentTestKit.pdf("plan.pdf"));
            assertEquals(303, page.status());
            assertTrue(page.location().startsWith(documents(space.id()) + "/"), elsewhere + " -> " + page.location());
            assertTrue(page.location().endsWith("?uploaded=1"), elsewhere);
        }
    }

    @Test
    void aFileNameWithPathCharactersIsStoredOnlyAsAHarmlessDisplayName() {
        aNetworkWithAMember();
        Map<String, String> names = new LinkedHashMap<>();
        names.put("../../../etc/passwd.pdf", "passwd.pdf");
        names.put("..\\..\\Windows\\system.ini.pdf", "system.ini.pdf");
        names.put("notulen\u202Efdp.exe", "notulenfdp.exe");
        names.put("..", DisplayNames.FALLBACK);
        names.put("verslag " + "lang".repeat(80) + ".pdf", null);
        for (var name : names.entrySet()) {
            Browser.Page page = kit.postMultipart(member, documents(space.id()), Map.of("title", "", "access", "members"),
                    DocumentTestKit.pdf(name.getKey()));
            assertEquals(303, page.status(), name.getKey() + ": " + page.body());
            String id = DocumentTestKit.idIn(page.location(), documents(space.id()) + "/");
            String stored = plein.jdbi().withHandle(h -> h.createQuery(
                    "SELECT file_name FROM networks_document_versions WHERE document_id = :id").bind("id", id)
                    .mapTo(String.class).one());
            if (name.getValue() != null) {
                assertEquals(name.getValue(), stored, name.getKey());
            } else {
                assertEquals(DisplayNames.MAX_LENGTH, stored.length(), "cut to the column's length");
                assertTrue(stored.startsWith("verslag lang") && stored.endsWith(".pdf"), stored);
            }
            assertFalse(stored.contains("/") || stored.contains("\\") || stored.contains("\u202E"), stored);
            String disposition = kit.download(member, documents(space.id()) + "/" + id + "/file")
                    .header("Content-Disposition");
            assertFalse(disposition.contains("/") || disposition.contains(".."), disposition);
        }
        // On disk every file is named by its id only.
        try (var files = java.nio.file.Files.walk(plein.testPlein().dataDir().resolve("uploads"))) {
            files.filter(java.nio.file.Files::isRegularFile).forEach(f -> assertTrue(
                    f.getFileName().toString().matches("[0-9a-f-]{36}"), f.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void whenItsRowsCannotBeWrittenTheStoredFileIsRemovedAgain() {
        aNetworkWithAMember();
        String kept = kit.upload(member, space.id(), "Bestaand", "members", DocumentTestKit.pdf("bestaand.pdf"));
        // The database fails between core storing the file and this part writing the document and its version.
        plein.jdbi().useHandle(h -> h.execute("ALTER TABLE networks_document_versions RENAME TO versions_elsewhere"));
        Browser.Page upload = kit.postMultipart(member, documents(space.id()), Map.of("title", "Nieuw", "access", "members"),
                DocumentTestKit.pdf("nieuw.pdf"));
        assertEquals(500, upload.status());
        assertFalse(upload.body().contains("SQL"), "no details for the visitor");
        Browser.Page version = kit.addVersion(member, space.id(), kept, "", DocumentTestKit.pdf("nieuw.pdf"));
        assertEquals(500, version.status());
        plein.jdbi().useHandle(h -> h.execute("ALTER TABLE versions_elsewhere RENAME TO networks_document_versions"));

        assertEquals(1, kit.count("SELECT COUNT(*) FROM networks_documents"), "the new document was rolled back");
        assertEquals(1, kit.count("SELECT version FROM networks_documents WHERE id = ?", kept));
        assertEquals(1, kit.count("SELECT COUNT(*) FROM plein_uploads"), "no stored file without its document");
        assertEquals(1, kit.filesOnDisk());
    }
}
