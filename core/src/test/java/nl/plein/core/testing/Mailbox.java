package nl.plein.core.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the in-process SMTP server received: subjects, plain-text bodies and the links in them. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final GreenMailExtension greenMail;

    public Mailbox(GreenMailExtension greenMail) {
        this.greenMail = greenMail;
    }

    /** A received mail, reduced to what a person reads. */
    public record Mail(String to, String subject, String text, String html) {
        public String link() {
            Matcher matcher = LINK.matcher(text);
            if (!matcher.find()) throw new AssertionError("no link in: " + text);
            return matcher.group();
        }

        /** The link's path, to follow it against the test server. */
        public String linkPath() {
            return java.net.URI.create(link()).getRawPath();
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
            String text = "";
            String html = "";
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) text = part.getContent().toString();
                    if (part.isMimeType("text/html")) html = part.getContent().toString();
                }
            } else {
                text = String.valueOf(content);
            }
            return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(), text, html);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
