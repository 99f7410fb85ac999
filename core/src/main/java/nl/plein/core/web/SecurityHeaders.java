package nl.plein.core.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers every response carries. The Content-Security-Policy allows no inline script or style, so injected markup
 * cannot run; frame-ancestors stops click-jacking.
 */
public final class SecurityHeaders implements Handler {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void handle(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
