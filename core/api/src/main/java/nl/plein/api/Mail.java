package nl.plein.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Transactional mail, always through core's durable outbox: queued in the database, sent by SMTP with retries,
 * never lost on a restart. Mail is written in the recipient's language.
 *
 * <pre>{@code
 * context.mail().toPerson(personId, "webinars.mail.promoted.subject", "webinars/mail/promoted",
 *         Map.of("session", session), "promoted-" + registration.id());
 * }</pre>
 */
public interface Mail {

    /** The most the attachments of one mail may hold together, in bytes (1 MB): they are stored in the outbox. */
    int MAX_ATTACHMENT_BYTES = 1024 * 1024;

    /**
     * Queues a mail to a person with an account, in their preferred language.
     *
     * @param subjectKey message key of the subject line
     * @param template   the plugin's template for the HTML body, e.g. {@code webinars/mail/promoted}; the plain-text
     *                   body comes from the same name with {@code -text} appended ({@code webinars/mail/promoted-text})
     * @param model      values both templates use
     * @param dedupeKey  unique per intended mail: queueing the same key twice sends one mail
     */
    default void toPerson(String personId, String subjectKey, String template, Map<String, Object> model,
                          String dedupeKey) {
        toPerson(personId, subjectKey, template, model, dedupeKey, List.of());
    }

    /**
     * Queues a mail with files attached, e.g. an {@code .ics} invitation; otherwise as
     * {@link #toPerson(String, String, String, Map, String)}. The attachments travel with the mail in the outbox
     * (the database), so keep them small: together at most {@link #MAX_ATTACHMENT_BYTES}.
     *
     * @param attachments in the order the mail shows them; may be empty
     * @throws IllegalArgumentException if the attachments together exceed {@link #MAX_ATTACHMENT_BYTES}: a
     *                                  programming error, not something to report to the visitor
     */
    void toPerson(String personId, String subjectKey, String template, Map<String, Object> model, String dedupeKey,
                  List<Attachment> attachments);

    /**
     * Queues a mail to an address that may have no account yet (an invitation), in the given language
     * ({@code nl} or {@code en}). Subject arguments fill the subject message's placeholders.
     */
    void toAddress(String email, java.util.Locale locale, String subjectKey, String template, Map<String, Object> model,
                   String dedupeKey, Object... subjectArgs);

    /**
     * A file sent with a mail, checked when made so a bad one fails at the call rather than in the outbox.
     *
     * <pre>{@code
     * new Mail.Attachment("webinar.ics", "text/calendar; charset=UTF-8", ics.getBytes(StandardCharsets.UTF_8))
     * }</pre>
     *
     * @param filename    what the recipient sees: at most 100 characters, no path separators or control characters
     * @param contentType a MIME type with optional parameters: {@code application/pdf}, {@code text/calendar;
     *                    charset=UTF-8}
     * @param content     the bytes; not copied, as the mail is stored before {@code toPerson} returns
     */
    record Attachment(String filename, String contentType, byte[] content) {

        // type/subtype; name=value or name="value" — what a Content-Type header accepts, without line breaks.
        private static final Pattern CONTENT_TYPE = Pattern.compile(
                "[\\w!#$&^.+-]+/[\\w!#$&^.+-]+(\\s*;\\s*[\\w!#$&^.+-]+=([\\w!#$&^.+-]+|\"[^\"\\\\\\p{Cntrl}]*\"))*");

        public Attachment {
            if (filename == null || filename.isBlank() || filename.length() > 100
                    || filename.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
                throw new IllegalArgumentException("attachment filename: 1-100 characters, no path or control "
                        + "characters, not: " + filename);
            }
            if (contentType == null || contentType.length() > 100 || !CONTENT_TYPE.matcher(contentType).matches()) {
                throw new IllegalArgumentException("attachment content type such as application/pdf, not: "
                        + contentType);
            }
            if (content == null) throw new IllegalArgumentException("attachment content is required");
        }
    }
}
