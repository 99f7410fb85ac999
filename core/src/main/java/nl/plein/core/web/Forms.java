package nl.plein.core.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/** Reading form fields the same way everywhere: trimmed, never null, cut to a sane length. */
public final class Forms {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    public static final int EMAIL_MAX = 320;

    private Forms() {
    }

    /** The field, stripped of surrounding white space; empty when absent. Longer than {@code max} is cut. */
    public static String text(Context ctx, String name, int max) {
        String value = ctx.formParam(name);
        if (value == null) return "";
        value = value.strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    /** A secret exactly as typed (passwords may start or end with a space); empty when absent. */
    public static String secret(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    public static boolean isEmail(String value) {
        return value != null && value.length() <= EMAIL_MAX && EMAIL.matcher(value).matches();
    }

    /** A search text from the query string: stripped, at most {@code max} characters, empty when absent. */
    public static String query(Context ctx, String name, int max) {
        String value = ctx.queryParam(name);
        if (value == null) return "";
        value = value.strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    /** A page number from the query string: 1 when absent or not a sane number. */
    public static int page(Context ctx) {
        return nl.plein.api.form.Paging.page(ctx);
    }
}
