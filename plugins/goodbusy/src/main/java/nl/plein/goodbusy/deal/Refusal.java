package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Messages;
import nl.plein.api.Visitor;

/**
 * A page that says plainly why something could not be done and where to go from here ({@code goodbusy/deal/refused}):
 * a paused request, a proposal made before, a shift that is full, a text that changed meanwhile.
 *
 * <pre>{@code
 * Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.duplicate").link("/goodbusy/matches/" + id,
 *         "goodbusy.deal.refused.to-existing").render(ctx, messages);
 * }</pre>
 */
final class Refusal {

    private final HttpStatus status;
    private final String key;
    private final Object[] args;
    private final List<String> details = new ArrayList<>();
    private final List<Map<String, String>> links = new ArrayList<>();

    private Refusal(HttpStatus status, String key, Object[] args) {
        this.status = status;
        this.key = key;
        this.args = args;
    }

    /** @param args the message's arguments, already in words (a date, a name), never message keys */
    static Refusal of(HttpStatus status, String key, Object... args) {
        return new Refusal(status, key, args);
    }

    /** One line under the message, already in the reader's language (e.g. a reason a match fails). */
    Refusal detail(String text) {
        details.add(text);
        return this;
    }

    Refusal link(String url, String labelKey) {
        links.add(Map.of("url", url, "label", labelKey));
        return this;
    }

    void render(Context ctx, Messages messages) {
        Map<String, Object> model = new HashMap<>();
        model.put("message", messages.get(Visitor.of(ctx).locale(), key, args));
        model.put("details", details);
        model.put("links", links);
        ctx.status(status).render("goodbusy/deal/refused", model);
    }
}
