package nl.plein.core.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.plein.api.Uploads.Limits;
import nl.plein.api.Uploads.StoredFile;
import nl.plein.core.storage.Database;
import nl.plein.core.storage.Migrations;
import nl.plein.core.storage.UuidV7Ids;
import nl.plein.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.plein.core.testing.OnBothDatabases;

/** Downloads over real HTTP: what a browser receives is what decides whether a file can hurt the visitor. */
@OnBothDatabases
class UploadDownloadTest {

    @TempDir
    Path dir;

    Database database;
    UploadStore networks;
    UploadStore webinars;
    Javalin server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        database = nl.plein.core.testing.TestDatabases.open(dir);
        Migrations.migrate(database, "core", getClass().getClassLoader());
        var clock = MutableClock.at("2026-03-02T09:00:00Z");
        networks = new UploadStore(database.jdbi(), dir.resolve("uploads"), new UuidV7Ids(clock), clock, "networks");
        webinars = new UploadStore(database.jdbi(), dir.resolve("uploads"), new UuidV7Ids(clock), clock, "webinars");
        server = Javalin.create(cfg -> {
            cfg.routes.get("/f/{id}", ctx -> networks.send(ctx, ctx.pathParam("id")));
            cfg.routes.get("/webinars/{id}", ctx -> webinars.send(ctx, ctx.pathParam("id")));
        }).start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
        database.close();
    }

    @Test
    void memberDownloadsMinutesAsAnAttachmentWithTheirOriginalName() throws Exception {
        byte[] pdf = UploadStoreTest.Samples.pdf();
        StoredFile stored = networks.store(null, "Notulen café \"mei\" 2026.pdf", new ByteArrayInputStream(pdf),
                Limits.documents(1024));

        HttpResponse<byte[]> response = get("/f/" + stored.id(), null);

        assertEquals(200, response.statusCode());
        assertArrayEquals(pdf, response.body());
        assertEquals("application/pdf", header(response, "Content-Type"));
        assertEquals("attachment; filename=\"Notulen caf_ _mei_ 2026.pdf\"; "
                + "filename*=UTF-8''Notulen%20caf%C3%A9%20%22mei%22%202026.pdf",
                header(response, "Content-Disposition"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("private, no-store", header(response, "Cache-Control"));
        assertEquals(Integer.toString(pdf.length), header(response, "Content-Length"));
    }

    @Test
    void browserAskingForGzipGetsTheExactBytesWithTheirLength() throws Exception {
        byte[] text = "Notulen van de vergadering.\n".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        StoredFile stored = networks.store(null, "notulen.txt", new ByteArrayInputStream(text),
                Limits.documents(1024 * 1024));

        HttpResponse<byte[]> response = get("/f/" + stored.id(), "gzip, deflate, br");

        assertEquals(200, response.statusCode());
        assertEquals("text/plain;charset=utf-8", header(response, "Content-Type").replace(" ", "").toLowerCase());
        assertEquals(null, header(response, "Content-Encoding"), "stored files are sent as stored");
        assertEquals(Integer.toString(text.length), header(response, "Content-Length"));
        assertArrayEquals(text, response.body());
    }

    @Test
    void unknownIdsAndOtherPluginsFilesAreNotFound() throws Exception {
        StoredFile webinarSlides = webinars.store(null, "slides.pdf",
                new ByteArrayInputStream(UploadStoreTest.Samples.pdf()), Limits.documents(1024));

        assertEquals(404, get("/f/0190a1b2-0000-7000-8000-00000000abcd", null).statusCode());
        assertEquals(404, get("/f/" + webinarSlides.id(), null).statusCode());
        assertEquals(404, get("/f/..%2Fplein.db", null).statusCode());
        assertEquals(200, get("/webinars/" + webinarSlides.id(), null).statusCode());
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (acceptEncoding != null) request.header("Accept-Encoding", acceptEncoding);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
