package nl.plein.core.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Mail;
import nl.plein.api.Mail.Attachment;
import nl.plein.core.config.Settings;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import nl.plein.core.testing.OnBothDatabases;

/**
 * A plugin mails a confirmation with a calendar file: the file goes through the outbox with the mail, arrives byte
 * for byte next to the text and HTML versions, is stored once per dedupe key and is erased with the mail. A real
 * SQLite file and a real SMTP server (GreenMail).
 */
@OnBothDatabases
class MailAttachmentTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("plein", "geheim"));

    private static final String ICS = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Plein//Webinars//NL\r
            BEGIN:VEVENT\r
            UID:webinar-42@plein.test\r
            DTSTART:20261201T190000Z\r
            SUMMARY:Kennisboost: vrijwilligers in het café\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;
    private static final String ICS_NAME = "Uitnodiging café.ics";

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private MailTestbed plein;
    private Settings.Smtp smtp;
    private Outbox outbox;
    private Mail mail;

    @BeforeEach
    void start() {
        plein = new MailTestbed(dir, clock);
        smtp = MailTestbed.smtp(greenMail.getSmtp().getPort());
        outbox = plein.outbox(smtp);
        mail = new MailAdapter(MailTestbed.PLUGIN, plein.jdbi(), outbox);
    }

    @AfterEach
    void stop() {
        plein.close();
    }

    @Test
    void aMailWithAnAttachmentArrivesWithTextHtmlAndTheExactFile() throws Exception {
        String zoe = plein.person("zoe@example.nl", "Zoë", "nl");
        byte[] binary = new byte[1024];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) i;

        mail.toPerson(zoe, "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Zoë"), "welcome-zoe",
                List.of(ics(), new Attachment("programma.pdf", "application/pdf", binary)));
        assertEquals(1, plein.dispatcher(smtp).dispatchDue());
        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));

        // The structure: multipart/mixed around the usual multipart/alternative, then the files in order.
        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertTrue(message.isMimeType("multipart/mixed"), message.getContentType());
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertEquals(3, mixed.getCount());
        BodyPart body = mixed.getBodyPart(0);
        assertTrue(body.isMimeType("multipart/alternative"), body.getContentType());
        MimeMultipart alternatives = (MimeMultipart) body.getContent();
        assertEquals(2, alternatives.getCount());
        assertTrue(alternatives.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternatives.getBodyPart(1).isMimeType("text/html"));
        BodyPart calendar = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, calendar.getDisposition());
        String disposition = calendar.getHeader("Content-Disposition")[0];
        assertTrue(disposition.contains("filename*=UTF-8''Uitnodiging%20caf%C3%A9.ics"),
                "the name is UTF-8, whatever the platform charset: " + disposition);
        assertEquals(Part.ATTACHMENT, mixed.getBodyPart(2).getDisposition());

        Mailbox.Mail received = new Mailbox(greenMail).last("zoe@example.nl");
        assertEquals("Welkom bij de expeditie", received.subject());
        assertTrue(received.text().contains("Hallo Zoë,"), received.text());
        assertTrue(received.html().contains("<html lang=\"nl\">"), received.html());
        Mailbox.Attachment invitation = received.attachment(ICS_NAME).orElseThrow();
        assertEquals("text/calendar; charset=UTF-8", invitation.contentType());
        assertArrayEquals(ICS.getBytes(StandardCharsets.UTF_8), invitation.bytes(), "CRLF line ends and all");
        assertEquals(ICS, invitation.text());
        Mailbox.Attachment programme = received.attachment("programma.pdf").orElseThrow();
        assertEquals("application/pdf", programme.contentType());
        assertArrayEquals(binary, programme.bytes());
        assertEquals(List.of(ICS_NAME, "programma.pdf"),
                received.attachments().stream().map(Mailbox.Attachment::filename).toList());
    }

    @Test
    void aMailWithoutAttachmentsKeepsThePlainAlternativeStructure() throws Exception {
        String zoe = plein.person("zoe@example.nl", "Zoë", "nl");
        mail.toPerson(zoe, "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Zoë"), "welcome-zoe");
        assertEquals(1, plein.dispatcher(smtp).dispatchDue());
        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));

        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
        MimeMultipart alternatives = (MimeMultipart) message.getContent();
        assertEquals(2, alternatives.getCount());
        assertTrue(alternatives.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternatives.getBodyPart(1).isMimeType("text/html"));
        assertNull(alternatives.getBodyPart(1).getDisposition());
        assertTrue(new Mailbox(greenMail).last("zoe@example.nl").attachments().isEmpty());
        assertEquals(0, attachmentRows());
    }

    @Test
    void queueingTheSameKeyTwiceStoresOneSetOfAttachments() throws Exception {
        String zoe = plein.person("zoe@example.nl", "Zoë", "nl");
        List<Attachment> files = List.of(ics(), new Attachment("lees-mij.txt", "text/plain; charset=UTF-8",
                "Tot dan!".getBytes(StandardCharsets.UTF_8)));

        mail.toPerson(zoe, "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Zoë"), "welcome-zoe", files);
        mail.toPerson(zoe, "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Zoë"), "welcome-zoe", files);
        OutgoingMail again = outbox.render("zoe@example.nl", zoe, Locale.forLanguageTag("nl"), "mailtest.welcome.subject",
                "mailtest/mail/welcome", welcome("Zoë"), MailTestbed.PLUGIN + ":welcome-zoe");
        assertFalse(outbox.enqueue(again.withAttachments(files)), "the outbox itself reports the duplicate");

        assertEquals(1, plein.rows());
        assertEquals(2, attachmentRows());
        assertEquals(files.stream().map(Attachment::filename).toList(),
                outbox.attachments(plein.row(MailTestbed.PLUGIN + ":welcome-zoe").id()).stream()
                        .map(Attachment::filename).toList());
        assertEquals(1, plein.dispatcher(smtp).dispatchDue());
        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        assertEquals(1, greenMail.getReceivedMessages().length);
        assertEquals(2, new Mailbox(greenMail).last("zoe@example.nl").attachments().size());
    }

    @Test
    void erasingThePersonRemovesTheAttachmentsOfTheirMail() {
        String zoe = plein.person("zoe@example.nl", "Zoë", "nl");
        String ada = plein.person("ada@example.org", "Ada", "en");
        mail.toPerson(zoe, "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Zoë"), "welcome-zoe",
                List.of(ics()));
        mail.toPerson(ada, "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Ada"), "welcome-ada",
                List.of(ics()));
        assertEquals(2, attachmentRows());

        assertEquals(1, outbox.eraseFor(zoe, "zoe@example.nl"));

        assertEquals(1, attachmentRows());
        String adaMail = plein.row(MailTestbed.PLUGIN + ":welcome-ada").id();
        assertEquals(adaMail, plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT outbox_id FROM plein_outbox_attachments").mapTo(String.class).one()), "Ada's file stays");
    }

    @Test
    void attachmentsOverOneMegabyteTogetherAreAProgrammingError() {
        String zoe = plein.person("zoe@example.nl", "Zoë", "nl");
        Attachment half = new Attachment("deel.pdf", "application/pdf", new byte[Mail.MAX_ATTACHMENT_BYTES / 2 + 1]);

        assertThrows(IllegalArgumentException.class, () -> mail.toPerson(zoe, "mailtest.welcome.subject",
                "mailtest/mail/welcome", welcome("Zoë"), "too-big", List.of(half, half)));
        assertThrows(IllegalArgumentException.class, () -> mail.toPerson("no-such-person",
                "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Zoë"), "too-big", List.of(half, half)),
                "also when there is nobody to send it to, so the mistake shows in any test");
        assertEquals(0, plein.rows());

        mail.toPerson(zoe, "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Zoë"), "just-fits",
                List.of(new Attachment("heel.pdf", "application/pdf", new byte[Mail.MAX_ATTACHMENT_BYTES])));
        assertEquals(1, attachmentRows());
    }

    @Test
    void anAttachmentNeedsAPlainFileNameAndAContentType() {
        byte[] content = {1, 2, 3};
        for (String filename : new String[] {null, "", "  ", "../agenda.ics", "map/agenda.ics", "map\\agenda.ics",
                "agenda\r\n.ics", "agenda\u0000.ics", "a".repeat(101)}) {
            assertThrows(IllegalArgumentException.class, () -> new Attachment(filename, "application/pdf", content),
                    "filename " + filename);
        }
        for (String type : new String[] {null, "", "pdf", "text/calendar; charset", "text/calendar\r\nBcc: x@y.nl",
                "application/" + "x".repeat(100)}) {
            assertThrows(IllegalArgumentException.class, () -> new Attachment("agenda.ics", type, content),
                    "content type " + type);
        }
        assertThrows(IllegalArgumentException.class, () -> new Attachment("agenda.ics", "text/calendar", null));

        new Attachment("a".repeat(100), "application/pdf", new byte[0]);
        new Attachment("Uitnodiging café.ics", "text/calendar; charset=UTF-8; method=REQUEST", content);
        new Attachment("agenda.ics", "text/calendar; charset=\"UTF-8\"", content);
    }

    private static Attachment ics() {
        return new Attachment(ICS_NAME, "text/calendar; charset=UTF-8", ICS.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> welcome(String name) {
        return Map.of("name", name, "expedition", "Nieuwe Gezichten");
    }

    private int attachmentRows() {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plein_outbox_attachments")
                .mapTo(Integer.class).one());
    }
}
