package nl.plein.core.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import nl.plein.core.config.Settings;

/**
 * Hands one mail to the configured SMTP server (Jakarta Mail through Angus). Every mail is multipart/alternative
 * with a plain-text part first and the HTML part last, so mail clients that show HTML pick it and the rest (and
 * screen readers set to text) get a readable version.
 *
 * <p>Timeouts are short (10 s to connect, read and write): the dispatcher sends one mail after another, and a server
 * that hangs must cost one attempt, not the whole queue. With STARTTLS configured it is required, and the server's
 * certificate must match its name: credentials never travel in the clear by a downgrade.
 */
public final class SmtpMailer {

    private static final String TIMEOUT_MILLIS = "10000";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Settings.Smtp smtp;
    private final Clock clock;
    private volatile Session session;

    public SmtpMailer(Settings.Smtp smtp, Clock clock) {
        this.smtp = smtp;
        this.clock = clock;
    }

    /** Made on first use: loading the mail classes costs start-up time that an idle outbox does not need. */
    private Session session() {
        Session current = session;
        if (current == null) {
            current = Session.getInstance(properties(smtp));
            session = current;
        }
        return current;
    }

    /** Whether an SMTP host is configured at all; without one, mail is held in the outbox. */
    public boolean configured() {
        return smtp.host().filter(host -> !host.isBlank()).isPresent();
    }

    /**
     * Sends one mail and returns once the server accepted it.
     *
     * @throws jakarta.mail.internet.AddressException if the recipient is not a valid address (no retry helps)
     * @throws MessagingException                     for anything else: server away, refused, timed out
     */
    public void send(String recipient, String subject, String textBody, String htmlBody) throws MessagingException {
        if (!configured()) throw new MessagingException("no SMTP host configured");
        MimeMessage message = message(recipient, subject, textBody, htmlBody);
        if (smtp.username().isPresent()) {
            Transport.send(message, smtp.username().get(), smtp.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    MimeMessage message(String recipient, String subject, String textBody, String htmlBody)
            throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(textBody, UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(htmlBody, UTF_8, "html");
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);

        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(smtp.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(subject, UTF_8);
        message.setSentDate(new Date(clock.millis()));
        // RFC 3834: tells vacation responders and mailing lists not to answer or loop this mail.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setContent(alternatives);
        return message;
    }

    private static Properties properties(Settings.Smtp smtp) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        smtp.host().ifPresent(host -> properties.put("mail.smtp.host", host));
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (smtp.username().isPresent()) properties.put("mail.smtp.auth", "true");
        if (smtp.startTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
