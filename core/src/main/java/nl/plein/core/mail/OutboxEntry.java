package nl.plein.core.mail;

import java.time.Instant;

/**
 * A line of the administrators' outbox list: no bodies, so listing stays cheap.
 *
 * @param status    {@code pending}, {@code sending}, {@code sent}, {@code failed} or {@code held}
 * @param lastError why the last attempt failed, or {@code null}
 */
public record OutboxEntry(String id, Instant createdAt, String recipient, String subject, String status,
                          int attempts, String lastError) {
}
