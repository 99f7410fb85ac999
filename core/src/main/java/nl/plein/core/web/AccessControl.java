package nl.plein.core.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.plein.api.Permission;
import nl.plein.api.Visitor;

/**
 * Deny by default: a matched route runs only if it declared a permission and the visitor holds it. An anonymous
 * visitor asking for a page they could see after signing in is sent to the sign-in page.
 */
public final class AccessControl implements Handler {

    @Override
    public void handle(Context ctx) {
        Permission required = null;
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof Permission permission) required = permission;
        }
        if (required == null) throw new ForbiddenResponse("route without permission");
        Visitor visitor = Visitor.of(ctx);
        if (visitor.may(required)) return;
        if (!visitor.signedIn() && ctx.method() == HandlerType.GET) {
            String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        throw new ForbiddenResponse("permission");
    }
}
