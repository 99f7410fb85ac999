package nl.plein.core.mail;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/**
 * The administrators' view of the outbox: what went out, what waits and why, and, without an SMTP server (demo,
 * development), the held mail itself, so a confirmation link can still be followed. The route checks
 * {@code Permission.ADMINISTER}; these handlers only read.
 *
 * <pre>{@code
 * config.routes.get("/admin/outbox", outboxPages::list, Permission.ADMINISTER);
 * config.routes.get("/admin/outbox/{id}", outboxPages::show, Permission.ADMINISTER);
 * }</pre>
 */
public final class OutboxPages {

    private static final int LAST_PAGE = 1_000_000;

    private final Outbox outbox;

    public OutboxPages(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code GET /admin/outbox?page=n}: newest first, {@value Outbox#PAGE_SIZE} a page. */
    public void list(Context ctx) {
        privatePage(ctx);
        ctx.render("admin/outbox", Map.of("page", outbox.recent(pageNumber(ctx.queryParam("page"))),
                "held", outbox.holdsMail()));
    }

    /**
     * {@code GET /admin/outbox/{id}}: one mail, both bodies shown as source text, never as live HTML, and the names
     * and sizes of its attachments (not their content: a file is not for reading in the browser).
     */
    public void show(Context ctx) {
        OutboxMessage message = outbox.find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        List<AttachedFile> attachments = outbox.attachments(message.id()).stream()
                .map(file -> new AttachedFile(file.filename(), file.contentType(), file.content().length)).toList();
        privatePage(ctx);
        ctx.render("admin/outbox-message", Map.of("message", message, "attachments", attachments));
    }

    /** An attachment as the page lists it. */
    public record AttachedFile(String filename, String contentType, int size) {
    }

    /** Addresses and reset links are on these pages: no browser or proxy may keep a copy. */
    private static void privatePage(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    /** A page number from the query; anything unusable shows the first page rather than an error. */
    static int pageNumber(String value) {
        if (value == null || !value.matches("\\d{1,7}")) return 1;
        return Math.max(1, Math.min(Integer.parseInt(value), LAST_PAGE));
    }
}
