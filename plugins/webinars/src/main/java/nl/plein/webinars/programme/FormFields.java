package nl.plein.webinars.programme;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;

/** What a programme form sent, as typed, and the text checks the forms share. */
final class FormFields {

    /** Longer than any field may be, so a too-long text is kept (cut) for the page that explains it. */
    private static final int CUT = 5001;

    private FormFields() {
    }

    /** The fields, stripped; missing ones are empty. Works for urlencoded and multipart forms alike. */
    static Map<String, String> read(Context ctx, String... fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : fields) typed.put(field, cut(ctx.formParam(field)));
        return typed;
    }

    /** The fields, all empty: a new form. */
    static Map<String, String> blank(String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) values.put(field, "");
        return values;
    }

    static String cut(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > CUT ? stripped.substring(0, CUT) : stripped;
    }

    /**
     * A text of at most {@code max} characters; the message for a too-long one names the maximum
     * ({@code webinars.programme.error.too-long.<max>}).
     *
     * @param requiredKey the message when it is empty, or null when it may be left empty
     * @return the text (empty when left empty), or null when refused
     */
    static String text(Map<String, String> typed, String field, int max, String requiredKey, FieldErrors errors) {
        String value = typed.get(field);
        if (value.isEmpty() && requiredKey != null) {
            errors.add(field, requiredKey);
            return null;
        }
        if (value.length() > max) {
            errors.add(field, "webinars.programme.error.too-long." + max);
            return null;
        }
        return value;
    }

    /** A checkbox: ticked when it sent "yes". */
    static boolean ticked(Map<String, String> typed, String field) {
        return "yes".equals(typed.get(field));
    }

    static String yes(boolean ticked) {
        return ticked ? "yes" : "";
    }
}
