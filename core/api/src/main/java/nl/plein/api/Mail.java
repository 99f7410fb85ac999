package nl.plein.api;

import java.util.Map;

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

    /**
     * Queues a mail to a person with an account, in their preferred language.
     *
     * @param subjectKey message key of the subject line
     * @param template   the plugin's template for the HTML body, e.g. {@code webinars/mail/promoted}; the plain-text
     *                   body comes from the same name with {@code -text} appended ({@code webinars/mail/promoted-text})
     * @param model      values both templates use
     * @param dedupeKey  unique per intended mail: queueing the same key twice sends one mail
     */
    void toPerson(String personId, String subjectKey, String template, Map<String, Object> model, String dedupeKey);

    /**
     * Queues a mail to an address that may have no account yet (an invitation), in the given language
     * ({@code nl} or {@code en}). Subject arguments fill the subject message's placeholders.
     */
    void toAddress(String email, java.util.Locale locale, String subjectKey, String template, Map<String, Object> model,
                   String dedupeKey, Object... subjectArgs);
}
