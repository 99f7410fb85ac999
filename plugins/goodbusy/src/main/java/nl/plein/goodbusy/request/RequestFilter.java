package nl.plein.goodbusy.request;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * What the list of open requests is filtered on; each is empty when not chosen. Only codes the vocabulary knows are
 * taken: anything else in the address (an old link, a typo) counts as "any". The text is cut at 100 characters.
 */
record RequestFilter(String cause, String form, String province, String text) {

    static RequestFilter of(Context ctx) {
        String text = ctx.queryParam("text") == null ? "" : ctx.queryParam("text").strip();
        return new RequestFilter(choice(ctx, "cause", Vocabulary.CAUSES), choice(ctx, "form", Vocabulary.FORMS),
                choice(ctx, "province", Vocabulary.PROVINCES), text.length() > 100 ? text.substring(0, 100) : text);
    }

    /** The filter as a query string for the page links, without a leading {@code ?}; empty for no filter. */
    String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "cause", cause);
        add(parts, "form", form);
        add(parts, "province", province);
        add(parts, "text", text);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String choice(Context ctx, String name, List<String> allowed) {
        String value = ctx.queryParam(name);
        return value != null && allowed.contains(value) ? value : "";
    }
}
