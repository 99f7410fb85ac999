package nl.plein.core.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.plein.api.Uploads.Limits;
import nl.plein.api.Uploads.Refused;
import nl.plein.api.Uploads.StoredFile;
import nl.plein.core.storage.Database;
import nl.plein.core.storage.Migrations;
import nl.plein.core.storage.UuidV7Ids;
import nl.plein.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import nl.plein.core.testing.OnBothDatabases;

@OnBothDatabases
class UploadStoreTest {

    static final Limits DOCUMENTS = Limits.documents(1024 * 1024);
    static final String MEMBER = "0190a1b2-0000-7000-8000-000000000001";

    @TempDir
    Path dir;

    Database database;
    Path uploadsDir;
    MutableClock clock = MutableClock.at("2026-03-02T09:00:00.123456Z");
    UploadStore networks;
    UploadStore webinars;

    @BeforeEach
    void openDatabase() {
        database = nl.plein.core.testing.TestDatabases.open(dir);
        Migrations.migrate(database, "core", getClass().getClassLoader());
        uploadsDir = dir.resolve("uploads");
        var ids = new UuidV7Ids(clock);
        networks = new UploadStore(database.jdbi(), uploadsDir, ids, clock, "networks");
        webinars = new UploadStore(database.jdbi(), uploadsDir, ids, clock, "webinars");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void memberUploadsMinutesSlidesAndPhotosAndFindsThemBack() throws Exception {
        Map<String, byte[]> files = Map.of(
                "notulen.pdf", Samples.pdf(),
                "poster.png", Samples.png(),
                "foto.jpg", Samples.jpeg(),
                "verslag.docx", Samples.docx(),
                "verslag.odt", Samples.odt(),
                "agenda.txt", "Agenda\n1. Opening\n2. Café en één vraag\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> expectedTypes = Map.of(
                "notulen.pdf", "application/pdf",
                "poster.png", "image/png",
                "foto.jpg", "image/jpeg",
                "verslag.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "verslag.odt", "application/vnd.oasis.opendocument.text",
                "agenda.txt", "text/plain");
        for (var file : files.entrySet()) {
            var content = new ByteArrayInputStream(file.getValue());
            StoredFile stored = networks.store(MEMBER, file.getKey(), content, DOCUMENTS);
            assertEquals(expectedTypes.get(file.getKey()), stored.contentType(), file.getKey());
            assertEquals(file.getKey(), stored.filename());
            assertEquals(file.getValue().length, stored.sizeBytes());
            assertEquals(Instant.parse("2026-03-02T09:00:00.123Z"), stored.createdAt());
            assertEquals(stored, networks.find(stored.id()).orElseThrow());
        }
    }

    @Test
    void theTypeComesFromTheBytesNotFromTheNameTheUploaderChose() throws Exception {
        StoredFile pdfNamedTxt = networks.store(MEMBER, "echt.txt", new ByteArrayInputStream(Samples.pdf()), DOCUMENTS);
        assertEquals("application/pdf", pdfNamedTxt.contentType());

        byte[] page = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertRefused("upload.error.type", () -> networks.store(MEMBER, "notulen.pdf", new ByteArrayInputStream(page),
                DOCUMENTS));
        byte[] fragment = "\uFEFF  <script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertRefused("upload.error.type", () -> networks.store(MEMBER, "a.txt", new ByteArrayInputStream(fragment),
                DOCUMENTS));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertRefused("upload.error.type", () -> networks.store(MEMBER, "logo.png", new ByteArrayInputStream(svg),
                Limits.images(1024)));
        byte[] binary = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        assertRefused("upload.error.type", () -> networks.store(MEMBER, "foto.jpg", new ByteArrayInputStream(binary),
                DOCUMENTS));
        assertRefused("upload.error.type", () -> networks.store(MEMBER, "foto.png",
                new ByteArrayInputStream(Samples.pdf()), Limits.images(1024)));
        assertEquals(List.of(pathOf(pdfNamedTxt)), filesIn(uploadsDir));
    }

    @Test
    void tooLargeUploadIsRefusedAfterReadingJustPastTheLimitAndLeavesNothingBehind() throws Exception {
        var endless = new EndlessStream();
        assertRefused("upload.error.too-large", () -> networks.store(MEMBER, "groot.txt", endless,
                Limits.documents(100_000)));
        assertEquals(100_001, endless.served);
        assertRefused("upload.error.too-large", () -> networks.store(MEMBER, "groot.pdf",
                new ByteArrayInputStream(Samples.pdf()), Limits.documents(Samples.pdf().length - 1)));
        assertEquals(List.of(), filesIn(uploadsDir));
        assertEquals(0, countRows());
    }

    @Test
    void fileOfExactlyTheLimitIsAccepted() throws Exception {
        byte[] pdf = Samples.pdf();
        assertEquals(pdf.length, networks.store(MEMBER, "a.pdf", new ByteArrayInputStream(pdf),
                Limits.documents(pdf.length)).sizeBytes());
    }

    @Test
    void emptyUploadIsRefused() {
        assertRefused("upload.error.empty", () -> networks.store(MEMBER, "leeg.txt", InputStream.nullInputStream(),
                DOCUMENTS));
        assertEquals(List.of(), filesIn(uploadsDir));
    }

    @Test
    void pathInTheFilenameNeverReachesTheDisk() throws Exception {
        StoredFile stored = networks.store(MEMBER, "../../etc/passwd", new ByteArrayInputStream("root:x:0:0".getBytes(
                StandardCharsets.UTF_8)), DOCUMENTS);
        assertEquals("passwd", stored.filename());
        assertEquals(List.of(pathOf(stored)), filesIn(uploadsDir));
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().equals("passwd")).toList());
        }
    }

    @Test
    void anotherPluginCannotFindOrDeleteTheFile() throws Exception {
        StoredFile stored = networks.store(MEMBER, "notulen.pdf", new ByteArrayInputStream(Samples.pdf()), DOCUMENTS);
        assertTrue(webinars.find(stored.id()).isEmpty());
        webinars.delete(stored.id());
        assertTrue(networks.find(stored.id()).isPresent());
        assertEquals(1, filesIn(uploadsDir).size());
    }

    @Test
    void deleteRemovesRowAndBytes() throws Exception {
        // The database file next to the uploads must survive a crafted id (on PostgreSQL there is none: make one).
        if (!Files.exists(dir.resolve("plein.db"))) Files.writeString(dir.resolve("plein.db"), "not an upload");
        StoredFile stored = networks.store(MEMBER, "notulen.pdf", new ByteArrayInputStream(Samples.pdf()), DOCUMENTS);
        networks.delete(stored.id());
        assertTrue(networks.find(stored.id()).isEmpty());
        assertEquals(List.of(), filesIn(uploadsDir));
        networks.delete(stored.id());
        networks.delete("../../plein.db");
        assertTrue(Files.exists(dir.resolve("plein.db")));
    }

    @Test
    void storedBytesAndHashEqualTheUpload() throws Exception {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        StoredFile stored = networks.store(null, "groot.pdf", new ByteArrayInputStream(content), DOCUMENTS);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        String sha256 = database.jdbi().withHandle(h -> h.createQuery("SELECT sha256 FROM plein_uploads WHERE id = :id")
                .bind("id", stored.id()).mapTo(String.class).one());
        assertEquals(expected, sha256);
        assertArrayEquals(content, Files.readAllBytes(pathOf(stored)));
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() {
        assertTrue(networks.find("0190a1b2-0000-7000-8000-00000000abcd").isEmpty());
        assertTrue(networks.find("../plein.db").isEmpty());
        assertTrue(networks.find("").isEmpty());
    }

    private int countRows() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plein_uploads")
                .mapTo(Integer.class).one());
    }

    /** Where the brief promised files live: by id, never by the uploader's name. */
    private Path pathOf(StoredFile file) {
        return uploadsDir.resolve(file.id().substring(file.id().length() - 2)).resolve(file.id());
    }

    static List<Path> filesIn(Path root) {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertRefused(String key, Executable upload) {
        assertEquals(key, assertThrows(Refused.class, upload).messageKey());
    }

    /** Text that never ends, counting what was taken from it: proof that the store stops reading. */
    static final class EndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            return len;
        }
    }

    /** The smallest files each format recognises. */
    static final class Samples {

        static byte[] pdf() {
            return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);
        }

        static byte[] png() {
            byte[] png = new byte[64];
            byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            System.arraycopy(signature, 0, png, 0, signature.length);
            return png;
        }

        static byte[] jpeg() {
            return new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
        }

        static byte[] docx() throws IOException {
            return zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
        }

        static byte[] odt() throws IOException {
            return zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>"));
        }

        private static byte[] zip(Map<String, String> entries) throws IOException {
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                for (var entry : new TreeMap<>(entries).descendingMap().entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
    }
}
