package nl.plein.webinars.afterwards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.WebinarsFixture.Upload;
import nl.plein.webinars.programme.Speaker;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Recordings and slides are published after a session and found again in the watch-back library. */
class RecordingAndLibraryTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    static final Upload PDF = new Upload("dia's.pdf",
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    @Test
    void hostPublishesRecordingAndSlidesWhichAnyoneCanThenDownload() {
        Week week = fixture.week("Jong geleerd", true);
        String session = fixture.session(week, "Jongeren werven").seats(10)
                .host(fixture.person("host@plein.test", "Hanna Host")).create().id();
        String path = "/webinars/sessions/" + session + "/recording";
        String slides = "/webinars/sessions/" + session + "/slides";

        Browser host = fixture.signedIn("host@plein.test");
        assertTrue(host.get(path).body().contains("Een opname publiceren kan pas als de sessie begonnen is."));
        assertEquals(409, fixture.postMultipart(host, path, Map.of("recordingUrl", "https://video.example.org/1"), "slides", PDF)
                .status());
        assertEquals(404, plein.browser().get(slides).status(), "nothing published yet");

        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 16, 0));
        host = fixture.signedIn("host@plein.test");
        Map<String, String> wrongUrls = Map.of("", "Vul de link naar de opname in.",
                "javascript:alert(1)", "Vul een volledige link in die begint met https:// of http://.",
                "video.example.org/1", "Vul een volledige link in die begint met https:// of http://.",
                "https://video.example.org/" + "x".repeat(500), "De link mag hooguit 500 tekens lang zijn.");
        for (var wrong : wrongUrls.entrySet()) {
            Browser.Page page = fixture.postMultipart(host, path, Map.of("recordingUrl", wrong.getKey()), "slides", null);
            assertEquals(422, page.status(), wrong.getKey());
            assertTrue(page.body().contains(wrong.getValue()), wrong.getKey());
        }
        Browser.Page word = fixture.postMultipart(host, path, Map.of("recordingUrl", "https://video.example.org/1"), "slides",
                new Upload("verslag.docx", zip("word/document.xml", "<w:document/>")));
        assertEquals(422, word.status());
        assertTrue(word.body().contains("Dia’s kunnen een PDF, PowerPoint (.pptx) of OpenDocument-presentatie (.odp) zijn."));
        assertTrue(word.body().contains("value=\"https://video.example.org/1\""), "the link is kept");
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM plein_uploads"), "a refused file is not kept");

        assertEquals(403, fixture.postMultipart(host, path, Map.of("recordingUrl", "https://video.example.org/1",
                "_csrf", "forged-by-another-site"), "slides", PDF).status(), "a multipart form needs the CSRF token too");
        Browser.Page published = fixture.postMultipart(host, path, Map.of("recordingUrl", "https://video.example.org/1"),
                "slides", PDF);
        assertEquals(303, published.status(), published.body());
        assertEquals("/webinars/sessions/" + session + "/manage?published=1", published.location());
        assertEquals("recorded", plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT status FROM webinars_sessions WHERE id = :s").bind("s", session).mapTo(String.class).one()));
        Browser.Page download = plein.browser().get(slides);
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.header("Content-Type"));
        assertTrue(download.body().startsWith("%PDF"));

        // New slides as PowerPoint replace the PDF, whose file is removed.
        Browser.Page pptx = fixture.postMultipart(host, path, Map.of("recordingUrl", "https://video.example.org/2"), "slides",
                new Upload("dia.pptx", zip("ppt/presentation.xml", "<p:presentation/>")));
        assertEquals(303, pptx.status(), pptx.body());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM plein_uploads"));
        assertTrue(plein.browser().get(slides).header("Content-Disposition").contains("dia.pptx"));
        Browser.Page odp = fixture.postMultipart(host, path, Map.of("recordingUrl", "https://video.example.org/2"), "slides",
                new Upload("dia.odp", odp()));
        assertEquals(303, odp.status(), odp.body());

        // Saving without a file keeps the slides; ticking "remove" takes them away.
        assertEquals(303, fixture.postMultipart(host, path, Map.of("recordingUrl", "https://video.example.org/3"), "slides", null)
                .status());
        assertEquals(200, plein.browser().get(slides).status());
        assertTrue(host.get(path).body().contains("Huidige dia’s: dia.odp"));
        assertEquals(303, fixture.postMultipart(host, path, Map.of("recordingUrl", "https://video.example.org/3",
                "removeSlides", "yes"), "slides", null).status());
        assertEquals(404, plein.browser().get(slides).status());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM plein_uploads"));
        assertTrue(plein.browser().get("/webinars/library").body().contains("href=\"https://video.example.org/3\""));
    }

    @Test
    void libraryListsPublishedRecordingsNewestFirstWithFiltersAndPages() {
        Week youth = fixture.week("Jong geleerd", true);
        Week older = fixture.week("Ervaring telt", true);
        Week draft = fixture.week("Nog geheim", false);
        Speaker sanne = fixture.speaker("Sanne Spreker");
        Speaker pieter = fixture.speaker("Pieter Praat");
        String werven = fixture.session(youth, "Jongeren werven").at(LocalDateTime.of(2026, 3, 9, 10, 0))
                .topics("jongeren").speakers(sanne).create().id();
        String houden = fixture.session(youth, "Jongeren houden").at(LocalDateTime.of(2026, 3, 10, 10, 0))
                .topics("jongeren", "binden").speakers(pieter).create().id();
        String ouderen = fixture.session(older, "Ouderen betrekken").at(LocalDateTime.of(2026, 3, 11, 10, 0))
                .topics("ouderen").speakers(sanne, pieter).create().id();
        fixture.session(youth, "Nog niet opgenomen").at(LocalDateTime.of(2026, 3, 12, 10, 0)).topics("jongeren")
                .speakers(sanne).create();
        String hidden = fixture.session(draft, "Geheime sessie").create().id();
        for (String s : List.of(werven, houden, ouderen, hidden)) {
            fixture.programme().publishRecording(s, "https://video.example.org/" + s, null);
        }

        Browser visitor = plein.browser();
        String all = visitor.get("/webinars/library").body();
        assertTrue(all.indexOf("Ouderen betrekken") < all.indexOf("Jongeren houden")
                && all.indexOf("Jongeren houden") < all.indexOf("Jongeren werven"), "newest first");
        assertFalse(all.contains("Nog niet opgenomen"), "no recording yet");
        assertFalse(all.contains("Geheime sessie"), "week not published");
        assertFalse(all.contains("Nog geheim"), "not even as a filter choice");
        assertTrue(all.contains("href=\"https://video.example.org/" + ouderen + "\""));
        assertTrue(all.contains("href=\"/webinars/sessions/" + ouderen + "\""));
        assertTrue(all.contains("Sanne Spreker, Pieter Praat"));

        String byTopic = visitor.get("/webinars/library?topic=jongeren").body();
        assertTrue(byTopic.contains("Jongeren werven") && byTopic.contains("Jongeren houden"));
        assertFalse(byTopic.contains("Ouderen betrekken</a>"));
        assertTrue(byTopic.contains("<option value=\"jongeren\" selected>"), "the choice is kept");

        String byWeek = visitor.get("/webinars/library?week=" + older.id()).body();
        assertTrue(byWeek.contains("Ouderen betrekken</a>"));
        assertFalse(byWeek.contains("Jongeren werven</a>"));
        assertTrue(byWeek.contains("<option value=\"" + older.id() + "\" selected>"));

        String bySpeaker = visitor.get("/webinars/library?speaker=" + pieter.id() + "&topic=jongeren").body();
        assertTrue(bySpeaker.contains("Jongeren houden</a>"));
        assertFalse(bySpeaker.contains("Jongeren werven</a>"));
        assertFalse(bySpeaker.contains("Ouderen betrekken</a>"));

        String unknownChoice = visitor.get("/webinars/library?week=" + draft.id() + "&topic=%27%3B--&page=x").body();
        assertTrue(unknownChoice.contains("Jongeren werven</a>"), "an unknown choice counts as all");
        assertEquals(404, visitor.get("/webinars/sessions/" + hidden + "/slides").status());

        for (int i = 0; i < 20; i++) {
            String extra = fixture.session(older, "Terugblik " + i).at(LocalDateTime.of(2026, 3, 13, 8, i))
                    .topics("ouderen").create().id();
            fixture.programme().publishRecording(extra, "https://video.example.org/" + extra, null);
        }
        String first = visitor.get("/webinars/library").body();
        assertEquals(20, first.split("<li class=\"card\">", -1).length - 1);
        assertTrue(first.contains("href=\"/webinars/library?page=2\""));
        String second = visitor.get("/webinars/library?page=2").body();
        assertEquals(3, second.split("<li class=\"card\">", -1).length - 1);
        assertTrue(second.contains("Jongeren werven</a>"), "the oldest comes last");
        String filtered = visitor.get("/webinars/library?topic=ouderen").body();
        assertTrue(filtered.contains("href=\"/webinars/library?topic=ouderen&amp;page=2\""), "pages keep the filter");
    }

    private static byte[] zip(String entry, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] odp() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.presentation".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
