package nl.plein.core.mail;

/**
 * The life of an outbox row, stored as text in {@code plein_outbox.status}.
 *
 * <pre>
 * held                                  (no SMTP host: kept for the admin page, never sent)
 * pending → sending → sent
 *    ↑         │
 *    └─────────┘ failed attempt, back-off → … → failed (after {@link MailDispatcher#MAX_ATTEMPTS})
 * </pre>
 */
final class MailStatus {

    static final String PENDING = "pending";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";
    static final String HELD = "held";

    private MailStatus() {
    }
}
