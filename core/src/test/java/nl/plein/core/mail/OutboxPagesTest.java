package nl.plein.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Mail.Attachment;
import nl.plein.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.plein.core.testing.OnBothDatabases;

/**
 * An administrator of a demo (no SMTP server) reads the held mail on the outbox pages, page by page, and never has
 * a mail's HTML run in their browser. Routes here carry no permission: the lead's routes add ADMINISTER.
 */
@OnBothDatabases
class OutboxPagesTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private final HttpClient http = HttpClient.newHttpClient();
    private MailTestbed plein;
    private Outbox outbox;
    private Javalin server;

    @BeforeEach
    void start() {
        plein = new MailTestbed(dir, clock);
        outbox = plein.outbox(MailTestbed.noSmtp());
        OutboxPages pages = new OutboxPages(outbox);
        server = Javalin.create(config -> {
            config.fileRenderer(plein.templates);
            config.routes.get("/admin/outbox", pages::list);
            config.routes.get("/admin/outbox/{id}", pages::show);
        }).start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
        plein.close();
    }

    @Test
    void administratorReadsAHeldMailButItsHtmlNeverRuns() throws Exception {
        outbox.enqueue("zoe@example.nl", null, Locale.forLanguageTag("nl"), "mailtest.welcome.subject",
                "mailtest/mail/welcome", Map.of("name", "<script>alert(1)</script>", "expedition", "Noord"),
                "welcome-zoe");
        OutboxMessage stored = plein.row("welcome-zoe");

        HttpResponse<String> list = get("/admin/outbox");
        assertEquals(200, list.statusCode());
        assertEquals("no-store", list.headers().firstValue("Cache-Control").orElse(""));
        String listPage = list.body();
        assertTrue(listPage.contains("<caption>Uitgaande e-mail, nieuwste eerst (Pagina 1)</caption>"), listPage);
        assertTrue(listPage.contains("<th scope=\"col\">Ontvanger</th>"), listPage);
        assertTrue(listPage.contains("zoe@example.nl"), listPage);
        assertTrue(listPage.contains("<a href=\"/admin/outbox/" + stored.id() + "\">Welkom bij de expeditie</a>"));
        assertTrue(listPage.contains("Vastgehouden"), listPage);
        assertTrue(listPage.contains("Er is geen mailserver ingesteld."), listPage);
        assertFalse(listPage.contains("rel=\"next\""), "one page only");

        HttpResponse<String> show = get("/admin/outbox/" + stored.id());
        assertEquals(200, show.statusCode());
        String mailPage = show.body();
        assertTrue(mailPage.contains("<h1>Welkom bij de expeditie</h1>"), mailPage);
        assertTrue(mailPage.contains("Hallo &lt;script&gt;alert(1)&lt;/script&gt;,"), "text body, escaped once");
        assertTrue(mailPage.contains("&lt;table role=&quot;presentation&quot;"), "HTML body shown as source");
        assertFalse(mailPage.contains("<table role=\"presentation\""), "HTML body never rendered");
        assertFalse(mailPage.contains("<script>"), mailPage);
    }

    @Test
    void administratorSeesTheNamesAndSizesOfAttachmentsButNotTheirContent() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nSUMMARY:<b>Webinar</b>\r\nEND:VCALENDAR\r\n".repeat(40)
                .getBytes(StandardCharsets.UTF_8);
        outbox.enqueue(new OutgoingMail("with-files", null, "zoe@example.nl", Locale.forLanguageTag("nl"),
                "Uitnodiging", "tekst", "<p>html</p>", List.of(
                        new Attachment("Uitnodiging <café>.ics", "text/calendar; charset=UTF-8", ics),
                        new Attachment("programma.pdf", "application/pdf", new byte[12]))));
        outbox.enqueue(new OutgoingMail("without-files", null, "ada@example.org", Locale.forLanguageTag("nl"),
                "Welkom", "tekst", "<p>html</p>"));

        String page = get("/admin/outbox/" + plein.row("with-files").id()).body();
        assertTrue(page.contains("<h2>Bijlagen</h2>"), page);
        assertTrue(page.contains("<li>Uitnodiging &lt;café&gt;.ics (text/calendar; charset=UTF-8, "
                + String.format(Locale.forLanguageTag("nl"), "%,d", ics.length) + " bytes)</li>"), page);
        assertTrue(page.contains("<li>programma.pdf (application/pdf, 12 bytes)</li>"), page);
        assertFalse(page.contains("VCALENDAR"), "the files are listed, not shown");
        assertFalse(get("/admin/outbox/" + plein.row("without-files").id()).body().contains("Bijlagen"));
        assertEquals("Attachments", plein.messages.get(Locale.ENGLISH, "admin.outbox.attachments"));
        assertEquals("12 bytes", plein.messages.get(Locale.ENGLISH, "admin.outbox.attachment-size", 12));
    }

    @Test
    void outboxIsListedNewestFirstFiftyAPage() throws Exception {
        for (int i = 0; i <= 50; i++) {
            outbox.enqueue(new OutgoingMail("mail-" + i, null, "person" + i + "@example.nl",
                    Locale.forLanguageTag("nl"), "Onderwerp " + i, "tekst", "<p>html</p>"));
            clock.advance(Duration.ofSeconds(1));
        }

        String first = get("/admin/outbox").body();
        assertTrue(first.indexOf("person50@example.nl") < first.indexOf("person49@example.nl"), "newest first");
        assertTrue(first.contains("person1@example.nl"), first);
        assertFalse(first.contains("person0@example.nl"), "the oldest is on page 2");
        assertTrue(first.contains("<a href=\"/admin/outbox?page=2\" rel=\"next\">Oudere e-mail</a>"), first);
        assertFalse(first.contains("rel=\"prev\""), first);

        String second = get("/admin/outbox?page=2").body();
        assertTrue(second.contains("person0@example.nl"), second);
        assertFalse(second.contains("person1@example.nl"), second);
        assertTrue(second.contains("<a href=\"/admin/outbox\" rel=\"prev\">Nieuwere e-mail</a>"), second);
        assertFalse(second.contains("rel=\"next\""), second);

        assertEquals(200, get("/admin/outbox?page=nonsense").statusCode(), "a bad page number shows page 1");
    }

    @Test
    void anUnknownMailIsNotFound() throws Exception {
        assertEquals(404, get("/admin/outbox/01a00000-0000-7000-8000-000000000000").statusCode());
    }

    @Test
    void unusablePageNumbersMeanTheFirstPage() {
        assertEquals(1, OutboxPages.pageNumber(null));
        assertEquals(1, OutboxPages.pageNumber("-3"));
        assertEquals(1, OutboxPages.pageNumber("0"));
        assertEquals(3, OutboxPages.pageNumber("3"));
        assertEquals(1, OutboxPages.pageNumber("99999999999"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
