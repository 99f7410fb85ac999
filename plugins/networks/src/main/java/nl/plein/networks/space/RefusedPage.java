package nl.plein.networks.space;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * Says in words why something about membership cannot be done (the last coordinator leaving, a request decided
 * already), with the way back. Template {@code networks/space/refused}.
 */
final class RefusedPage {

    private RefusedPage() {
    }

    static void render(Context ctx, HttpStatus status, Space space, String messageKey, String backPath) {
        Map<String, Object> model = new HashMap<>();
        model.put("space", space);
        model.put("message", messageKey);
        model.put("back", backPath);
        ctx.status(status).render("networks/space/refused", model);
    }
}
