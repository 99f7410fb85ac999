package nl.plein.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.plein.api.Mail;
import nl.plein.core.config.Settings;
import nl.plein.core.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import nl.plein.core.testing.OnBothDatabases;

/**
 * Mail reaches people in their own language, once, also when the SMTP server is away for a while, Plein restarts
 * in between, or two instances share the database. A real SQLite file and a real SMTP server (GreenMail).
 */
@OnBothDatabases
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("plein", "geheim"));

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private MailTestbed plein;
    private Settings.Smtp smtp;

    @BeforeEach
    void start() {
        plein = new MailTestbed(dir, clock);
        smtp = MailTestbed.smtp(greenMail.getSmtp().getPort());
    }

    @AfterEach
    void stop() {
        plein.close();
    }

    @Test
    void dutchAndEnglishPeopleGetTheirMailInTheirOwnLanguageAsTextAndHtml() throws Exception {
        String zoe = plein.person("zoe@example.nl", "Zoë", "nl");
        String ada = plein.person("ada@example.org", "Ada", "en");
        Mail mail = new MailAdapter(MailTestbed.PLUGIN, plein.jdbi(), plein.outbox(smtp));

        mail.toPerson(zoe, "mailtest.welcome.subject", "mailtest/mail/welcome",
                Map.of("name", "Zoë", "expedition", "Nieuwe Gezichten & Co"), "welcome-zoe");
        mail.toPerson(ada, "mailtest.welcome.subject", "mailtest/mail/welcome",
                Map.of("name", "Ada", "expedition", "O'Neill's <Crew>"), "welcome-ada");

        assertEquals(2, plein.dispatcher(smtp).dispatchDue());
        assertTrue(greenMail.waitForIncomingEmail(5_000, 2));

        MimeMessage dutch = receivedBy("zoe@example.nl");
        assertEquals("Welkom bij de expeditie", dutch.getSubject());
        assertEquals("Plein <noreply@plein.test>", dutch.getFrom()[0].toString());
        String dutchText = part(dutch, 0, "text/plain");
        assertTrue(dutchText.contains("Hallo Zoë,"), dutchText);
        assertTrue(dutchText.contains("Je doet mee aan de expeditie Nieuwe Gezichten & Co."),
                "plain text is not HTML-escaped: " + dutchText);
        String dutchHtml = part(dutch, 1, "text/html");
        assertTrue(dutchHtml.contains("<html lang=\"nl\">"), dutchHtml);
        assertTrue(dutchHtml.contains("Nieuwe Gezichten &amp; Co"), dutchHtml);
        assertTrue(dutchHtml.contains("Dit bericht is automatisch verstuurd door Plein."), dutchHtml);

        MimeMessage english = receivedBy("ada@example.org");
        assertEquals("Welcome to the expedition", english.getSubject());
        String englishText = part(english, 0, "text/plain");
        assertTrue(englishText.contains("Hello Ada,"), englishText);
        assertTrue(englishText.contains("the expedition O'Neill's <Crew>."), englishText);
        String englishHtml = part(english, 1, "text/html");
        assertTrue(englishHtml.contains("<html lang=\"en\">"), englishHtml);
        assertTrue(englishHtml.contains("O&#39;Neill&#39;s &lt;Crew&gt;"), "user text is escaped in HTML");
        assertTrue(englishHtml.contains("This message was sent automatically by Plein."), englishHtml);

        OutboxMessage row = plein.row(MailTestbed.PLUGIN + ":welcome-ada");
        assertEquals("sent", row.status());
        assertEquals(ada, row.personId());
        assertEquals(1, row.attempts());
        assertEquals(clock.instant(), row.sentAt());
    }

    @Test
    void theSameDedupeKeyTwiceSendsOneMail() throws Exception {
        String zoe = plein.person("zoe@example.nl", "Zoë", "nl");
        Outbox outbox = plein.outbox(smtp);
        Mail mail = new MailAdapter(MailTestbed.PLUGIN, plein.jdbi(), outbox);

        mail.toPerson(zoe, "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Zoë"), "welcome-1");
        mail.toPerson(zoe, "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Zoë"), "welcome-1");
        assertTrue(queue(outbox, "anne@example.nl", "account-1"));
        assertFalse(queue(outbox, "anne@example.nl", "account-1"), "second time is dropped");

        assertEquals(2, plein.dispatcher(smtp).dispatchDue());
        assertEquals(0, plein.dispatcher(smtp).dispatchDue());
        assertTrue(greenMail.waitForIncomingEmail(5_000, 2));
        assertEquals(2, greenMail.getReceivedMessages().length);
        assertEquals(2, plein.rows());
    }

    @Test
    void mailWaitsWhileTheServerIsDownAndIsSentAfterARestartOnceTheBackOffHasPassed() throws Exception {
        Settings.Smtp down = MailTestbed.smtp(MailTestbed.closedPort());
        queue(plein.outbox(down), "zoe@example.nl", "welcome-zoe");

        assertEquals(0, plein.dispatcher(down).dispatchDue());
        OutboxMessage waiting = plein.row("welcome-zoe");
        assertEquals("pending", waiting.status());
        assertEquals(1, waiting.attempts());
        assertNotNull(waiting.lastError());
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), waiting.nextAttempt());

        // Plein stops and starts again; the server is back.
        plein.close();
        plein = new MailTestbed(dir, clock);
        MailDispatcher afterRestart = plein.dispatcher(smtp);
        assertEquals(0, afterRestart.dispatchDue(), "not before the back-off has passed");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, afterRestart.dispatchDue());

        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        assertEquals("zoe@example.nl", greenMail.getReceivedMessages()[0].getAllRecipients()[0].toString());
        OutboxMessage sent = plein.row("welcome-zoe");
        assertEquals("sent", sent.status());
        assertEquals(2, sent.attempts());
        assertNull(sent.lastError());
    }

    @Test
    void afterEightFailedAttemptsTheMailHasFailed() {
        Settings.Smtp down = MailTestbed.smtp(MailTestbed.closedPort());
        queue(plein.outbox(down), "zoe@example.nl", "welcome-zoe");
        MailDispatcher dispatcher = plein.dispatcher(down);

        for (int attempt = 1; attempt <= 7; attempt++) {
            dispatcher.dispatchDue();
            OutboxMessage row = plein.row("welcome-zoe");
            assertEquals("pending", row.status(), "after attempt " + attempt);
            assertEquals(attempt, row.attempts());
            Duration backOff = Duration.ofMinutes(1L << (attempt - 1));
            assertEquals(clock.instant().plus(backOff), row.nextAttempt(), "1, 2, 4, … minutes");
            clock.advance(backOff);
        }
        dispatcher.dispatchDue();

        OutboxMessage failed = plein.row("welcome-zoe");
        assertEquals("failed", failed.status());
        assertEquals(8, failed.attempts());
        assertNotNull(failed.lastError());
        clock.advance(Duration.ofDays(7));
        assertEquals(0, plein.dispatcher(smtp).dispatchDue(), "a failed mail is not tried again");
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void withoutAnSmtpHostMailIsHeldAndNeverSent() {
        Outbox outbox = plein.outbox(MailTestbed.noSmtp());
        assertTrue(outbox.holdsMail());
        queue(outbox, "zoe@example.nl", "welcome-zoe");

        assertEquals(0, plein.dispatcher(MailTestbed.noSmtp()).dispatchDue());
        clock.advance(Duration.ofDays(1));
        assertEquals(0, plein.dispatcher(smtp).dispatchDue(), "not even once a server is configured later");

        assertEquals("held", plein.row("welcome-zoe").status());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void twoInstancesDispatchingAtOnceSendEveryMailExactlyOnce() throws Exception {
        Outbox outbox = plein.outbox(smtp);
        int count = 40;
        for (int i = 0; i < count; i++) queue(outbox, "person" + i + "@example.nl", "mail-" + i);

        try (MailTestbed other = new MailTestbed(dir, clock)) {
            MailDispatcher first = plein.dispatcher(smtp);
            MailDispatcher second = other.dispatcher(smtp);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> sent = List.of(threads.submit(startingTogether(go, first::dispatchDue)),
                        threads.submit(startingTogether(go, second::dispatchDue)));
                go.countDown();
                int total = 0;
                for (Future<Integer> future : sent) total += future.get();
                assertEquals(count, total);
            } finally {
                threads.shutdown();
            }
        }

        assertTrue(greenMail.waitForIncomingEmail(10_000, count));
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(count, received.length);
        Set<String> recipients = Arrays.stream(received).map(MailDeliveryTest::recipient).collect(Collectors.toSet());
        assertEquals(count, recipients.size(), "nobody got a mail twice");
        int sentOnce = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plein_outbox WHERE status = 'sent' AND attempts = 1").mapTo(Integer.class).one());
        assertEquals(count, sentOnce);
    }

    @Test
    void aMailLeftSendingByACrashedInstanceIsSentAfterTenMinutes() throws Exception {
        queue(plein.outbox(smtp), "zoe@example.nl", "welcome-zoe");
        // An instance claimed it and died before it could record the outcome.
        plein.jdbi().useHandle(h -> h.createUpdate("""
                UPDATE plein_outbox SET status = 'sending', claimed_at = :now, attempts = 1
                """).bind("now", clock.instant()).execute());

        clock.advance(Duration.ofMinutes(9));
        assertEquals(0, plein.dispatcher(smtp).dispatchDue(), "it may still be on its way");
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, plein.dispatcher(smtp).dispatchDue());

        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        assertEquals("sent", plein.row("welcome-zoe").status());
        assertEquals(2, plein.row("welcome-zoe").attempts());
    }

    @Test
    void theDispatcherSendsOnItsOwnThreadUntilClosed() throws Exception {
        try (MailDispatcher dispatcher = plein.dispatcher(smtp)) {
            dispatcher.start(Duration.ofMillis(50));
            queue(plein.outbox(smtp), "zoe@example.nl", "welcome-zoe");
            assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        }
        assertEquals("sent", plein.row("welcome-zoe").status());
    }

    @Test
    void mailForSomeoneWithoutAnAccountIsNotQueued() {
        new MailAdapter(MailTestbed.PLUGIN, plein.jdbi(), plein.outbox(smtp)).toPerson("no-such-person",
                "mailtest.welcome.subject", "mailtest/mail/welcome", welcome("Niemand"), "welcome-nobody");
        assertEquals(0, plein.rows());
    }

    @Test
    void erasingAPersonDeletesTheirMailAndMailToTheirAddress() {
        String zoe = plein.person("zoe@example.nl", "Zoë", "nl");
        Outbox outbox = plein.outbox(smtp);
        new MailAdapter(MailTestbed.PLUGIN, plein.jdbi(), outbox).toPerson(zoe, "mailtest.welcome.subject",
                "mailtest/mail/welcome", welcome("Zoë"), "welcome-zoe");
        queue(outbox, "Zoe@Example.nl", "invitation-before-signing-up");
        queue(outbox, "ada@example.org", "welcome-ada");

        assertEquals(2, outbox.eraseFor(zoe, "zoe@example.nl"));

        assertEquals(1, plein.rows());
        assertEquals("ada@example.org", plein.row("welcome-ada").recipient());
    }

    @Test
    void aVeryLongDedupeKeyStillDeduplicates() {
        Outbox outbox = plein.outbox(smtp);
        String key = "reminder-" + "x".repeat(300);
        assertTrue(queue(outbox, "zoe@example.nl", key));
        assertFalse(queue(outbox, "zoe@example.nl", key));
        assertEquals(1, plein.rows());
    }

    private static Map<String, Object> welcome(String name) {
        return Map.of("name", name, "expedition", "Nieuwe Gezichten");
    }

    private boolean queue(Outbox outbox, String recipient, String dedupeKey) {
        return outbox.enqueue(recipient, null, Locale.forLanguageTag("nl"), "mailtest.welcome.subject",
                "mailtest/mail/welcome", welcome("Zoë"), dedupeKey);
    }

    private static Callable<Integer> startingTogether(CountDownLatch go, Callable<Integer> work) {
        return () -> {
            go.await();
            return work.call();
        };
    }

    private static MimeMessage receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipient(m).equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail for " + address));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The n-th part of a multipart/alternative mail, checked to be of the type and UTF-8. */
    private static String part(MimeMessage message, int index, String type) throws Exception {
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        BodyPart part = ((MimeMultipart) message.getContent()).getBodyPart(index);
        assertTrue(part.isMimeType(type), part.getContentType());
        assertTrue(part.getContentType().toLowerCase(Locale.ROOT).contains("charset=utf-8"), part.getContentType());
        return (String) part.getContent();
    }
}
