package nl.plein.core.mail;

import java.util.Locale;

/**
 * One mail, rendered and ready to be queued: what {@link Outbox#enqueue(OutgoingMail)} stores. Rendering happens
 * before queueing so the outbox holds exactly what will be sent (and what administrators see), even if a template
 * or message changes before the SMTP server is reachable again.
 *
 * @param dedupeKey unique per intended mail; a second mail with the same key is dropped
 * @param personId  the recipient's account, or {@code null} for an address without one (e.g. an invitation);
 *                  kept so erasing a person also erases their queued mail
 * @param locale    the language it was written in
 */
public record OutgoingMail(String dedupeKey, String personId, String recipient, Locale locale, String subject,
                           String textBody, String htmlBody) {
}
