package nl.plein.core.web;

import io.javalin.http.Context;

/** Sets cookies the one way Plein wants them: HttpOnly, SameSite=Lax, path /, Secure behind https. */
public final class Cookies {

    private final boolean secure;

    public Cookies(boolean secure) {
        this.secure = secure;
    }

    /** A cookie for this browser session ({@code maxAgeSeconds} &lt; 0) or for a number of seconds. */
    public void set(Context ctx, String name, String value, int maxAgeSeconds) {
        StringBuilder header = new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Lax");
        if (maxAgeSeconds >= 0) header.append("; Max-Age=").append(maxAgeSeconds);
        if (secure) header.append("; Secure");
        ctx.res().addHeader("Set-Cookie", header.toString());
    }

    public void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }
}
