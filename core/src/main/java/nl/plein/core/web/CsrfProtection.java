package nl.plein.core.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Refuses state-changing requests that do not prove they come from one of our own pages. Each browser gets a random
 * token in an HttpOnly cookie; every form repeats it in the hidden field {@code _csrf} (or a script in the header
 * {@code X-CSRF-Token}). Another site can make the browser send the cookie, but cannot read it to fill the field.
 */
public final class CsrfProtection implements Handler {

    public static final String COOKIE = "plein_csrf";
    public static final String FIELD = "_csrf";
    public static final String ATTRIBUTE = "plein.csrf";

    private final Cookies cookies;
    private final SecureRandom random = new SecureRandom();

    public CsrfProtection(Cookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public void handle(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            token = newToken();
            cookies.set(ctx, COOKIE, token, -1);
            if (isUnsafe(ctx.method())) throw new ForbiddenResponse("csrf");
        }
        ctx.attribute(ATTRIBUTE, token);
        if (!isUnsafe(ctx.method())) return;
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) sent = ctx.formParam(FIELD);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("csrf");
        }
    }

    /** A new token, e.g. after sign-in, so a token planted before sign-in is worthless after it. */
    public String rotate(Context ctx) {
        String token = newToken();
        cookies.set(ctx, COOKIE, token, -1);
        ctx.attribute(ATTRIBUTE, token);
        return token;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isUnsafe(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }
}
