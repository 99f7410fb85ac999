package nl.plein.webinars.afterwards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** A 403 that says why, for pages only some people may use (an evaluation, a certificate) and what they can do. */
final class NotAllowedPage {

    private NotAllowedPage() {
    }

    static void render(Context ctx, VisibleSession visible, String titleKey, String reasonKey) {
        ctx.status(HttpStatus.FORBIDDEN).render("webinars/afterwards/not-allowed", Map.of("session", visible.session(),
                "titleKey", titleKey, "reasonKey", reasonKey));
    }
}
