package nl.plein.core.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the in-process SMTP server received: subjects, plain-text bodies and the links in them, and attached
 * files.
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final GreenMailExtension greenMail;

    public Mailbox(GreenMailExtension greenMail) {
        this.greenMail = greenMail;
    }

    /** A received mail, reduced to what a person reads. */
    public record Mail(String to, String subject, String text, String html, List<Attachment> attachments) {

        public Mail(String to, String subject, String text, String html) {
            this(to, subject, text, html, List.of());
        }

        public String link() {
            Matcher matcher = LINK.matcher(text);
            if (!matcher.find()) throw new AssertionError("no link in: " + text);
            return matcher.group();
        }

        /** The link's path, to follow it against the test server. */
        public String linkPath() {
            return java.net.URI.create(link()).getRawPath();
        }

        /** The attached file with this name, if the mail has one. */
        public Optional<Attachment> attachment(String filename) {
            return attachments.stream().filter(file -> file.filename().equals(filename)).findFirst();
        }
    }

    /**
     * An attached file as it arrived.
     *
     * @param contentType the part's Content-Type without the {@code name} parameter, e.g.
     *                    {@code text/calendar; charset=UTF-8}
     */
    public record Attachment(String filename, String contentType, byte[] bytes) {

        /** The content as text, in the charset of its content type (UTF-8 if it names none). */
        public String text() {
            try {
                String charset = new ContentType(contentType).getParameter("charset");
                return new String(bytes, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public List<Mail> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).map(Mailbox::read)
                .filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    public Mail last(String address) {
        List<Mail> mails = to(address);
        if (mails.isEmpty()) throw new AssertionError("no mail to " + address);
        return mails.get(mails.size() - 1);
    }

    private static Mail read(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.collect(message);
            return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(), parts.text, parts.html,
                    List.copyOf(parts.attachments));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks nested multiparts: a mail with attachments is multipart/mixed around the multipart/alternative. */
    private static final class Parts {
        String text = "";
        String html = "";
        final List<Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws Exception {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                ContentType type = new ContentType(part.getContentType());
                if (type.getParameterList() != null) type.getParameterList().remove("name");
                attachments.add(new Attachment(part.getFileName(), type.toString(),
                        part.getInputStream().readAllBytes()));
            } else if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) collect(multipart.getBodyPart(i));
            } else if (part.isMimeType("text/plain")) {
                text = part.getContent().toString();
            } else if (part.isMimeType("text/html")) {
                html = part.getContent().toString();
            } else if (part instanceof MimeMessage) {
                text = String.valueOf(part.getContent());
            }
        }
    }
}
