package nl.plein.networks.space;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.RedirectResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.plein.api.Visitor;

/**
 * The door of every space route: what the visitor may do in the space named by the path parameter {@code space}, or
 * the right refusal. A space that does not exist for the visitor (unknown, or secret and they are not in it) is 404;
 * a members-only space is a sign-in for an anonymous visitor and 403 for a signed-in outsider.
 */
public final class SpaceGate {

    private final Spaces spaces;

    public SpaceGate(Spaces spaces) {
        this.spaces = spaces;
    }

    /** The standing of a visitor the space exists for (404 otherwise); reading is not checked. */
    public Standing known(Context ctx) {
        return spaces.standing(Visitor.of(ctx), ctx.pathParam("space")).orElseThrow(NotFoundResponse::new);
    }

    /** The standing of a visitor who may read the space's content. */
    public Standing reader(Context ctx) {
        Standing standing = known(ctx);
        if (!standing.mayRead()) refuse(ctx);
        return standing;
    }

    /** The standing of a member (not a guest, not an outsider of an open space). */
    public Standing member(Context ctx) {
        Standing standing = known(ctx);
        if (!standing.mayTakePart()) refuse(ctx);
        return standing;
    }

    /** The standing of a coordinator of the space. */
    public Standing coordinator(Context ctx) {
        Standing standing = known(ctx);
        if (!standing.mayCoordinate()) refuse(ctx);
        return standing;
    }

    /** Not allowed: sign in first (anonymous GET), else 403. */
    public static void refuse(Context ctx) {
        if (!Visitor.of(ctx).signedIn() && "GET".equals(ctx.method().name())) {
            String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            throw new RedirectResponse(HttpStatus.SEE_OTHER);  // stops the handler; the redirect above stands
        }
        throw new ForbiddenResponse();
    }
}
