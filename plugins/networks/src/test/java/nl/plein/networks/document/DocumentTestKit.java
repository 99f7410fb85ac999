package nl.plein.networks.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;

/**
 * What the documents tests share: multipart posts with the browser's cookies and CSRF token (core's Browser posts
 * only plain forms), downloads as bytes, tiny but real files of every accepted type, meetings (the meetings part is
 * built elsewhere: its table is written here directly), counting rows and stored files.
 */
final class DocumentTestKit {

    private final PleinExtension plein;
    private final HttpClient http = HttpClient.newHttpClient();

    DocumentTestKit(PleinExtension plein) {
        this.plein = plein;
    }

    /** A file as a browser sends it: the name from the person's computer and the bytes. */
    record Upload(String filename, byte[] content) {
    }

    /** A response with its body as bytes. */
    record Download(int status, byte[] body, HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static String documents(String spaceId) {
        return "/networks/spaces/" + spaceId + "/documents";
    }

    // ---- HTTP

    /** Posts a multipart form as a browser does; a null upload is a file field left empty. */
    Browser.Page postMultipart(Browser browser, String path, Map<String, String> fields, Upload upload) {
        String boundary = "----plein" + UUID.randomUUID();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", browser.csrfToken());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + (upload == null ? "" : upload.filename()) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (upload != null) body.writeBytes(upload.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request(browser, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        return new Browser.Page(response.statusCode(), response.body(), response.headers());
    }

    /** Uploads a document; returns its id. */
    String upload(Browser browser, String spaceId, String title, String access, Upload upload) {
        Browser.Page page = postMultipart(browser, documents(spaceId), Map.of("title", title, "access", access), upload);
        assertEquals(303, page.status(), page.body());
        return idIn(page.location(), documents(spaceId) + "/");
    }

    /** Adds a version; returns the response. */
    Browser.Page addVersion(Browser browser, String spaceId, String documentId, String note, Upload upload) {
        return postMultipart(browser, documents(spaceId) + "/" + documentId + "/versions", Map.of("note", note), upload);
    }

    Download download(Browser browser, String path) {
        HttpResponse<byte[]> response = send(request(browser, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    private HttpRequest.Builder request(Browser browser, String path) {
        String cookies = "plein_csrf=" + browser.csrfToken()
                + browser.cookie("plein_session").map(s -> "; plein_session=" + s).orElse("");
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plein.platform().port() + path))
                .header("Cookie", cookies).header("Accept-Language", "nl");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String idIn(String location, String prefix) {
        assertTrue(location.startsWith(prefix), location);
        String rest = location.substring(prefix.length());
        int end = rest.indexOf('?');
        return end < 0 ? rest : rest.substring(0, end);
    }

    // ---- the database and the disk

    /** A meeting of the space, as the meetings part stores it; returns its id. */
    String meeting(String spaceId, String title) {
        String id = UUID.randomUUID().toString();
        long at = plein.clock().instant().toEpochMilli() + 7L * 24 * 3600 * 1000;
        plein.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_meetings (id, space_id, title, starts_at, ends_at, place, online_url,
                                                       agenda_deadline, status, sequence, created_at)
                        VALUES (:id, :space, :title, :at, :end, 'Utrecht', '', NULL, 'planned', 0, :now)""")
                .bind("id", id).bind("space", spaceId).bind("title", title).bind("at", at).bind("end", at + 7_200_000L)
                .bind("now", plein.clock().instant().toEpochMilli()).execute());
        return id;
    }

    int count(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(Integer.class).one();
        });
    }

    /** The files core keeps on disk (temporary ones included: a refused upload must not leave one either). */
    long filesOnDisk() {
        Path uploads = plein.testPlein().dataDir().resolve("uploads");
        if (!Files.exists(uploads)) return 0;
        try (Stream<Path> files = Files.walk(uploads)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- files of every kind, tiny but what they claim to be

    static Upload pdf(String name) {
        return new Upload(name, ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                + name + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    static Upload text(String name, String text) {
        return new Upload(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Word, Excel and PowerPoint files are ZIP archives with a content-types list and their main part. */
    static Upload docx(String name) {
        return new Upload(name, zip(false, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
    }

    static Upload xlsx(String name) {
        return new Upload(name, zip(false, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
    }

    static Upload pptx(String name) {
        return new Upload(name, zip(false, "[Content_Types].xml", "<Types/>", "ppt/presentation.xml",
                "<p:presentation/>"));
    }

    /** OpenDocument files start with an uncompressed {@code mimetype} entry naming their kind. */
    static Upload openDocument(String name, String kind) {
        return new Upload(name, zip(true, "mimetype", "application/vnd.oasis.opendocument." + kind, "content.xml",
                "<office:document-content/>"));
    }

    static Upload png(String name) {
        return new Upload(name, image("png"));
    }

    static Upload jpeg(String name) {
        return new Upload(name, image("jpg"));
    }

    /** A Windows program: "MZ" and binary bytes. */
    static Upload exe(String name) {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[60] = (byte) 0x80;
        return new Upload(name, bytes);
    }

    static Upload plainZip(String name) {
        return new Upload(name, zip(false, "readme.txt", "hallo", "setup.bat", "echo hallo"));
    }

    /** A PDF one byte over the limit. */
    static Upload tooLarge(String name) {
        byte[] bytes = new byte[(int) DocumentFile.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return new Upload(name, bytes);
    }

    private static byte[] zip(boolean firstStored, String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                byte[] content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(entries[i]);
                if (i == 0 && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x1F5C99);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
