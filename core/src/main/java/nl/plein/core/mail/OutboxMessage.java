package nl.plein.core.mail;

import java.time.Instant;

/**
 * One stored mail with its bodies, as the dispatcher sends it and the admin page shows it.
 *
 * @param personId    the recipient's account, or {@code null}
 * @param status      {@code pending}, {@code sending}, {@code sent}, {@code failed} or {@code held}
 * @param attempts    delivery attempts so far (counted when claimed, so a crash mid-send counts too)
 * @param nextAttempt when the dispatcher may try (again)
 * @param sentAt      when the SMTP server accepted it, or {@code null}
 */
public record OutboxMessage(String id, String dedupeKey, String personId, String recipient, String subject,
                            String textBody, String htmlBody, String status, int attempts, Instant nextAttempt,
                            String lastError, Instant createdAt, Instant sentAt) {
}
