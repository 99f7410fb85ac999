package nl.plein.core.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import nl.plein.api.Mail.Attachment;
import nl.plein.core.config.Settings;

/**
 * Hands one mail to the configured SMTP server (Jakarta Mail through Angus). Every mail is multipart/alternative
 * with a plain-text part first and the HTML part last, so mail clients that show HTML pick it and the rest (and
 * screen readers set to text) get a readable version. A mail with attachments wraps that in multipart/mixed,
 * followed by one part per file.
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
        send(recipient, subject, textBody, htmlBody, List.of());
    }

    /** Sends one mail with files attached; see {@link #send(String, String, String, String)}. */
    public void send(String recipient, String subject, String textBody, String htmlBody, List<Attachment> attachments)
            throws MessagingException {
        if (!configured()) throw new MessagingException("no SMTP host configured");
        MimeMessage message = message(recipient, subject, textBody, htmlBody, attachments);
        if (smtp.username().isPresent()) {
            Transport.send(message, smtp.username().get(), smtp.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    MimeMessage message(String recipient, String subject, String textBody, String htmlBody,
                        List<Attachment> attachments) throws MessagingException {
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
        if (attachments.isEmpty()) {
            message.setContent(alternatives);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            MimeMultipart mixed = new MimeMultipart("mixed", body);
            for (Attachment attachment : attachments) mixed.addBodyPart(part(attachment));
            message.setContent(mixed);
        }
        return message;
    }

    private static MimeBodyPart part(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        // setFileName would encode a name like "Uitnodiging café.ics" in the platform charset, which on Java 17 need
        // not be UTF-8; this is what it does, with UTF-8 fixed (RFC 2231, plus the older Content-Type name).
        ContentDisposition disposition = new ContentDisposition(Part.ATTACHMENT);
        disposition.setParameterList(named(new ParameterList(), "filename", attachment.filename()));
        part.setHeader("Content-Disposition", disposition.toString());
        ContentType type = new ContentType(attachment.contentType());
        ParameterList typeParameters = type.getParameterList();
        type.setParameterList(named(typeParameters == null ? new ParameterList() : typeParameters, "name",
                attachment.filename()));
        part.setHeader("Content-Type", type.toString());
        // Base64 for every file: the recipient gets exactly these bytes, whatever their line endings.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static ParameterList named(ParameterList parameters, String name, String filename) {
        parameters.set(name, filename, UTF_8);
        return parameters;
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
