package nl.plein.core.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a themed page in the visitor's language. An unexpected exception gets a short error id
 * that is both on the page and in the log line with the stack trace; the visitor never sees the trace.
 */
public final class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private final SecureRandom random = new SecureRandom();

    public void httpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        // A handler that decided to send the visitor elsewhere (ctx.redirect, then throw RedirectResponse to stop):
        // the redirect stands.
        if (status >= 300 && status < 400 && ctx.res().getHeader("Location") != null) {
            ctx.status(status);
            return;
        }
        // Javalin answers malformed input (bad form encoding, oversized body) with 4xx responses; show them as 400.
        page(ctx, status >= 400 && status < 600 ? status : 400, null);
    }

    public void unexpected(Exception e, Context ctx) {
        String errorId = HexFormat.of().formatHex(random.generateSeed(4));
        log.error("unhandled error id={} method={} path={}", errorId, ctx.method(), ctx.path(), e);
        page(ctx, 500, errorId);
    }

    /** For statuses set without an exception, e.g. 404 for a path no route matches. */
    public void status(Context ctx) {
        page(ctx, ctx.statusCode(), null);
    }

    private void page(Context ctx, int status, String errorId) {
        ctx.status(status);
        int shown = switch (status) {
            case 400, 403, 404, 405, 413, 500 -> status;
            default -> status >= 500 ? 500 : 400;
        };
        try {
            ctx.render("error", Map.of("status", shown, "errorId", errorId == null ? "" : errorId));
        } catch (RuntimeException renderingFailed) {
            log.error("error page failed to render status={} id={}", status, errorId, renderingFailed);
            ctx.contentType("text/plain; charset=utf-8").result("Error " + status
                    + (errorId == null ? "" : " (id " + errorId + ")"));
        }
    }
}
