package nl.plein.core.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the {@link Outbox} holds. Each due mail is claimed with a conditional UPDATE ({@code pending →
 * sending}) that only one caller can win, so two Plein instances on one database never send the same mail. The
 * network is only touched between statements, never inside a transaction: a slow SMTP server must not hold a
 * SQLite write lock.
 *
 * <p>A failed attempt puts the mail back with a back-off of 1, 2, 4, … minutes; after {@value #MAX_ATTEMPTS}
 * attempts it is {@code failed} and stays on the admin page. A mail left {@code sending} for
 * {@link #STUCK_AFTER} (the instance died mid-send) is given back: delivery is at least once, so in that rare case a
 * mail can arrive twice, but it is never lost.
 *
 * <pre>{@code
 * MailDispatcher dispatcher = new MailDispatcher(jdbi, new SmtpMailer(settings.smtp(), clock), clock);
 * dispatcher.start(Duration.ofSeconds(5));
 * ...
 * dispatcher.close();
 * }</pre>
 */
public final class MailDispatcher implements AutoCloseable {

    static final int MAX_ATTEMPTS = 8;
    static final Duration STUCK_AFTER = Duration.ofMinutes(10);
    private static final int BATCH = 100;
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final Jdbi jdbi;
    private final SmtpMailer mailer;
    private final Clock clock;
    private volatile boolean closing;
    private volatile ScheduledExecutorService executor;

    public MailDispatcher(Jdbi jdbi, SmtpMailer mailer, Clock clock) {
        this.jdbi = jdbi;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Polls the outbox every {@code interval} on a daemon thread of its own. */
    public synchronized void start(Duration interval) {
        if (executor != null) throw new IllegalStateException("already started");
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "plein-mail");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::dispatchSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void dispatchSafely() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // The database may be briefly unavailable; the next round tries again.
            log.error("mail dispatch failed", e);
        }
    }

    /** Sends every mail that is due now (at most one batch); returns how many the SMTP server accepted. */
    public synchronized int dispatchDue() {
        if (!mailer.configured()) return 0;
        releaseStuck();
        int sent = 0;
        for (String id : dueIds()) {
            if (closing) break;
            Optional<OutboxMessage> claimed = claim(id);
            if (claimed.isEmpty()) continue; // another instance won it
            OutboxMessage mail = claimed.get();
            try {
                mailer.send(mail.recipient(), mail.subject(), mail.textBody(), mail.htmlBody(),
                        jdbi.withHandle(h -> Outbox.attachments(h, id)));
                markSent(id);
                sent++;
            } catch (AddressException e) {
                attemptFailed(mail, e, true);
            } catch (SendFailedException e) {
                // The server refused this recipient; the next mail may well be fine.
                attemptFailed(mail, e, false);
            } catch (MessagingException | RuntimeException e) {
                attemptFailed(mail, e, false);
                // The server is away or broken: the rest waits for the next round instead of timing out one by one.
                break;
            }
        }
        return sent;
    }

    private List<String> dueIds() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id FROM plein_outbox
                 WHERE status = 'pending' AND next_attempt_at <= :now
                 ORDER BY next_attempt_at LIMIT :limit
                """).bind("now", clock.instant()).bind("limit", BATCH).mapTo(String.class).list());
    }

    /** Wins the mail for this caller, or learns that someone else did. Counts the attempt up front. */
    private Optional<OutboxMessage> claim(String id) {
        int won = jdbi.withHandle(h -> h.createUpdate("""
                UPDATE plein_outbox SET status = 'sending', claimed_at = :now, attempts = attempts + 1
                 WHERE id = :id AND status = 'pending' AND next_attempt_at <= :now
                """).bind("id", id).bind("now", clock.instant()).execute());
        if (won != 1) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plein_outbox WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> Outbox.message(rs)).findOne());
    }

    private void markSent(String id) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE plein_outbox SET status = 'sent', sent_at = :now, claimed_at = NULL, last_error = NULL
                 WHERE id = :id AND status = 'sending'
                """).bind("id", id).bind("now", clock.instant()).execute());
    }

    private void attemptFailed(OutboxMessage mail, Exception error, boolean hopeless) {
        boolean giveUp = hopeless || mail.attempts() >= MAX_ATTEMPTS;
        Instant retryAt = clock.instant().plus(backOff(mail.attempts()));
        String reason = describe(error);
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE plein_outbox SET status = :status, next_attempt_at = :retryAt, last_error = :error,
                       claimed_at = NULL
                 WHERE id = :id AND status = 'sending'
                """).bind("status", giveUp ? MailStatus.FAILED : MailStatus.PENDING).bind("retryAt", retryAt)
                .bind("error", reason).bind("id", mail.id()).execute());
        // The outbox id, not the address: logs should not collect personal data.
        if (giveUp) {
            log.error("mail failed for good id={} attempts={} error={}", mail.id(), mail.attempts(), reason);
        } else {
            log.warn("mail not sent id={} attempt={} retry_at={} error={}", mail.id(), mail.attempts(), retryAt,
                    reason);
        }
    }

    /** 1, 2, 4, … minutes after the first, second, third … failed attempt. */
    static Duration backOff(int attempts) {
        return Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 20));
    }

    /** Gives back mail claimed by an instance that stopped mid-send; a mail that keeps doing so ends as failed. */
    private void releaseStuck() {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE plein_outbox
                   SET status = CASE WHEN attempts >= :max THEN 'failed' ELSE 'pending' END,
                       claimed_at = NULL, last_error = :error
                 WHERE status = 'sending' AND claimed_at < :before
                """).bind("max", MAX_ATTEMPTS).bind("error", "no outcome after " + STUCK_AFTER.toMinutes()
                        + " minutes (stopped while sending?)")
                .bind("before", clock.instant().minus(STUCK_AFTER)).execute());
    }

    private static String describe(Exception error) {
        // The cause says why (connection refused, certificate mismatch); the outer exception often does not.
        StringBuilder text = new StringBuilder(error.toString());
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
            if (text.indexOf(cause.toString()) < 0) text.append(" ← ").append(cause);
        }
        // One line: it goes into a log line and a table cell.
        String line = text.toString().replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_ERROR_LENGTH ? line : line.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    /** Stops polling; a mail being sent right now finishes (its timeouts are short). */
    @Override
    public void close() {
        closing = true;
        ScheduledExecutorService running = executor;
        if (running == null) return;
        running.shutdown();
        try {
            if (!running.awaitTermination(30, TimeUnit.SECONDS)) running.shutdownNow();
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
