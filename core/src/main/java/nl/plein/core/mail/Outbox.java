package nl.plein.core.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.api.Mail.Attachment;
import nl.plein.api.Messages;
import nl.plein.core.config.Settings;
import nl.plein.core.view.Templates;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The durable outbox: every mail Plein sends is first a row in {@code plein_outbox}, so none is lost when the SMTP
 * server is away or Plein restarts; {@link MailDispatcher} sends the rows later.
 *
 * <p>Templates, per mail: the HTML body is {@code <template>} and usually starts with
 * {@code {% extends "mail/layout" %}} and fills block {@code content}; the plain-text body is
 * {@code <template>-text}, a standalone template (no text layout: plain text needs no chrome, and a layout cannot
 * switch autoescaping off for its child's blocks anyway). Both get the caller's model plus {@code lang} (the
 * language code) and {@code subject}. Pebble escapes output for HTML in every template, also the text one, so the
 * few entities its escaper writes are turned back into characters in the text body: {@code O'Brien & Zn} stays
 * readable instead of showing {@code O&#39;Brien &amp; Zn}.
 *
 * <pre>{@code
 * outbox.enqueue("ada@example.org", person.id(), Locale.forLanguageTag("en"), "mail.confirm.subject",
 *         "mail/confirm", Map.of("name", "Ada", "url", link), "confirm-" + token);
 * }</pre>
 *
 * <p>Without an SMTP host (demo, development) mail is stored as {@code held}: shown on the admin outbox page and
 * never sent, also not after a host is configured later, so turning mail on does not deliver a pile of stale mail.
 */
public final class Outbox {

    /** Rows per admin page. */
    public static final int PAGE_SIZE = 50;

    // Column sizes from V2__accounts_organisations_mail_audit.sql; PostgreSQL refuses longer values.
    private static final int MAX_DEDUPE_KEY = 200;
    private static final int MAX_SUBJECT = 300;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final Templates templates;
    private final Messages messages;
    private final boolean holdMail;

    public Outbox(Jdbi jdbi, Ids ids, Clock clock, Templates templates, Messages messages, Settings.Smtp smtp) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
        this.templates = templates;
        this.messages = messages;
        this.holdMail = smtp.host().filter(host -> !host.isBlank()).isEmpty();
    }

    /**
     * Renders a mail in the recipient's language and queues it. Fits {@code AccountMail} as {@code outbox::enqueue}.
     *
     * @param personId    the recipient's account, or {@code null} for an address without one
     * @param subjectArgs {@link java.text.MessageFormat} arguments of the subject message
     * @return whether it was queued; {@code false} when a mail with this dedupe key already was
     */
    public boolean enqueue(String recipient, String personId, Locale locale, String subjectKey, String template,
                           Map<String, ?> model, String dedupeKey, Object... subjectArgs) {
        return enqueue(render(recipient, personId, locale, subjectKey, template, model, dedupeKey, subjectArgs));
    }

    /** Renders subject, HTML body and text body without queueing (see the class comment for the templates). */
    public OutgoingMail render(String recipient, String personId, Locale locale, String subjectKey, String template,
                               Map<String, ?> model, String dedupeKey, Object... subjectArgs) {
        String subject = oneLine(messages.get(locale, subjectKey, subjectArgs));
        Map<String, Object> values = new HashMap<>(model);
        values.putIfAbsent("lang", locale.getLanguage());
        values.putIfAbsent("subject", subject);
        String html = templates.render(template, values, locale);
        String text = unescapeHtml(templates.render(template + "-text", values, locale));
        return new OutgoingMail(dedupeKey, personId, recipient, locale, subject, text, html);
    }

    /**
     * Queues a rendered mail with its attachments; {@code false} when one with the same dedupe key is already
     * queued or sent (its attachments are then not stored a second time).
     */
    public boolean enqueue(OutgoingMail mail) {
        Instant now = clock.instant();
        String id = ids.next();
        // One transaction: a mail is never sent, or shown, without the files it was queued with. ON CONFLICT …
        // DO NOTHING rather than INSERT OR IGNORE: the same statement runs on SQLite and PostgreSQL.
        return jdbi.inTransaction(h -> {
            int inserted = h.createUpdate("""
                    INSERT INTO plein_outbox (id, dedupe_key, person_id, recipient, subject, text_body, html_body,
                                              status, attempts, next_attempt_at, created_at)
                    VALUES (:id, :dedupeKey, :personId, :recipient, :subject, :textBody, :htmlBody,
                            :status, 0, :now, :now)
                    ON CONFLICT (dedupe_key) DO NOTHING
                    """)
                    .bind("id", id)
                    .bind("dedupeKey", storedKey(mail.dedupeKey()))
                    .bind("personId", mail.personId())
                    .bind("recipient", mail.recipient())
                    .bind("subject", truncate(oneLine(mail.subject()), MAX_SUBJECT))
                    .bind("textBody", mail.textBody())
                    .bind("htmlBody", mail.htmlBody())
                    .bind("status", holdMail ? MailStatus.HELD : MailStatus.PENDING)
                    .bind("now", now)
                    .execute();
            if (inserted != 1 || mail.attachments().isEmpty()) return inserted == 1;
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO plein_outbox_attachments (outbox_id, position, filename, content_type, content_base64)
                    VALUES (:id, :position, :filename, :contentType, :content)
                    """);
            for (int position = 0; position < mail.attachments().size(); position++) {
                Attachment attachment = mail.attachments().get(position);
                batch.bind("id", id).bind("position", position).bind("filename", attachment.filename())
                        .bind("contentType", attachment.contentType())
                        .bind("content", Base64.getEncoder().encodeToString(attachment.content())).add();
            }
            batch.execute();
            return true;
        });
    }

    /** Whether mail is kept here instead of sent, because no SMTP host is configured. */
    public boolean holdsMail() {
        return holdMail;
    }

    /** One page (from 1) of the outbox, newest first, for administrators. */
    public Page recent(int page) {
        int number = Math.max(1, page);
        // One row more than a page tells whether an older page exists, without a COUNT over the whole table.
        List<OutboxEntry> rows = jdbi.withHandle(h -> h.createQuery("""
                SELECT id, created_at, recipient, subject, status, attempts, last_error FROM plein_outbox
                 ORDER BY created_at DESC, id DESC
                 LIMIT :limit OFFSET :offset
                """)
                .bind("limit", PAGE_SIZE + 1)
                .bind("offset", (long) (number - 1) * PAGE_SIZE)
                .map((rs, ctx) -> new OutboxEntry(rs.getString("id"), instant(rs, "created_at"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("status"),
                        rs.getInt("attempts"), rs.getString("last_error")))
                .list());
        boolean older = rows.size() > PAGE_SIZE;
        return new Page(older ? rows.subList(0, PAGE_SIZE) : rows, number, number > 1, older);
    }

    /** A page of the outbox list; {@code newer}/{@code older} say whether there is a page before/after it. */
    public record Page(List<OutboxEntry> entries, int number, boolean newer, boolean older) {
        public Page {
            entries = List.copyOf(entries);
        }
    }

    public Optional<OutboxMessage> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plein_outbox WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> message(rs))
                .findOne());
    }

    /** The files of one mail, in the order they were queued; empty for most mail. */
    public List<Attachment> attachments(String outboxId) {
        return jdbi.withHandle(h -> attachments(h, outboxId));
    }

    static List<Attachment> attachments(Handle h, String outboxId) {
        return h.createQuery("""
                SELECT filename, content_type, content_base64 FROM plein_outbox_attachments
                 WHERE outbox_id = :id ORDER BY position
                """)
                .bind("id", outboxId)
                .map((rs, ctx) -> new Attachment(rs.getString("filename"), rs.getString("content_type"),
                        Base64.getDecoder().decode(rs.getString("content_base64"))))
                .list();
    }

    /**
     * Deletes the mail of a person who is erased (GDPR): rows linked to their account and rows to their address
     * (mail sent before the account existed, or to an address they used). Returns how many were deleted.
     * The address comparison ignores case and is not indexed; erasure is rare, so a scan of the outbox is fine.
     * Their attachments go with them by ON DELETE CASCADE: {@code Database} turns SQLite's foreign keys on for
     * every connection, and PostgreSQL always enforces them.
     */
    public int eraseFor(String personId, String email) {
        return jdbi.withHandle(h -> h.createUpdate("""
                DELETE FROM plein_outbox WHERE person_id = :personId OR LOWER(recipient) = LOWER(:email)
                """).bind("personId", personId).bind("email", email).execute());
    }

    static OutboxMessage message(ResultSet rs) throws SQLException {
        return new OutboxMessage(rs.getString("id"), rs.getString("dedupe_key"), rs.getString("person_id"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
                rs.getString("html_body"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /**
     * A key that fits the column: longer keys (a plugin id plus a long key of its own) become a hash of themselves,
     * which still deduplicates because the same key always gives the same hash.
     */
    private static String storedKey(String dedupeKey) {
        if (dedupeKey == null || dedupeKey.isBlank()) throw new IllegalArgumentException("a dedupe key is required");
        if (dedupeKey.length() <= MAX_DEDUPE_KEY) return dedupeKey;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A subject is one header line: a line break from a message argument must not start a new header. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Undoes exactly what Pebble's HTML escaper writes ({@code & < > " '}); {@code &amp;} last, so no double work. */
    static String unescapeHtml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
