package nl.plein.networks.meeting;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;

/**
 * What a form sent, as typed (stripped; a missing field is empty), and the text checks the forms of this part share.
 * A page that refuses a form shows it again with exactly this, so nothing typed is lost.
 */
final class Typed {

    /** Longer than any field may be, so a too-long text is kept (cut) for the page that explains it. */
    private static final int CUT = 100_001;

    private final Map<String, String> values = new LinkedHashMap<>();

    private Typed() {
    }

    static Typed read(Context ctx, String... fields) {
        Typed typed = new Typed();
        for (String field : fields) typed.values.put(field, cut(ctx.formParam(field)));
        return typed;
    }

    static Typed blank(String... fields) {
        Typed typed = new Typed();
        for (String field : fields) typed.values.put(field, "");
        return typed;
    }

    static String cut(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > CUT ? stripped.substring(0, CUT) : stripped;
    }

    String get(String field) {
        return values.getOrDefault(field, "");
    }

    Typed set(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    /** For the templates: {@code form.title}. */
    Map<String, String> asMap() {
        return values;
    }

    /**
     * A text of at most {@code max} characters; a too-long one gets {@code networks.meeting.error.too-long.<max>}.
     *
     * @param requiredKey the message when it is empty, or null when it may be left empty
     * @return the text (empty when left empty), or null when refused
     */
    String text(String field, int max, String requiredKey, FieldErrors errors) {
        String value = get(field);
        if (value.isEmpty() && requiredKey != null) {
            errors.add(field, requiredKey);
            return null;
        }
        if (value.length() > max) {
            errors.add(field, "networks.meeting.error.too-long." + max);
            return null;
        }
        return value;
    }
}
