package nl.plein.core.mail;

import java.util.List;
import java.util.Locale;
import nl.plein.api.Mail;
import nl.plein.api.Mail.Attachment;

/**
 * One mail, rendered and ready to be queued: what {@link Outbox#enqueue(OutgoingMail)} stores. Rendering happens
 * before queueing so the outbox holds exactly what will be sent (and what administrators see), even if a template
 * or message changes before the SMTP server is reachable again.
 *
 * @param dedupeKey   unique per intended mail; a second mail with the same key is dropped
 * @param personId    the recipient's account, or {@code null} for an address without one (e.g. an invitation);
 *                    kept so erasing a person also erases their queued mail
 * @param locale      the language it was written in
 * @param attachments files sent with it, together at most {@link Mail#MAX_ATTACHMENT_BYTES}
 */
public record OutgoingMail(String dedupeKey, String personId, String recipient, Locale locale, String subject,
                           String textBody, String htmlBody, List<Attachment> attachments) {

    public OutgoingMail {
        attachments = checked(attachments);
    }

    /** A mail without attachments. */
    public OutgoingMail(String dedupeKey, String personId, String recipient, Locale locale, String subject,
                        String textBody, String htmlBody) {
        this(dedupeKey, personId, recipient, locale, subject, textBody, htmlBody, List.of());
    }

    /**
     * The attachments as an unmodifiable list, or an {@link IllegalArgumentException} when they are too big
     * together: they are stored in the database, so this is checked before anything is.
     */
    static List<Attachment> checked(List<Attachment> attachments) {
        List<Attachment> files = attachments == null ? List.of() : List.copyOf(attachments);
        long total = files.stream().mapToLong(file -> file.content().length).sum();
        if (total > Mail.MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException("attachments of " + total + " bytes; at most "
                    + Mail.MAX_ATTACHMENT_BYTES + " bytes fit in one mail");
        }
        return files;
    }

    /** The same mail with these files attached. */
    public OutgoingMail withAttachments(List<Attachment> files) {
        return new OutgoingMail(dedupeKey, personId, recipient, locale, subject, textBody, htmlBody, files);
    }
}
