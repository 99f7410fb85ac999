package nl.plein.networks.document;

import io.javalin.http.Context;

/** Text from a form: trimmed, without control characters, cut at a bound well above any valid length. */
final class TextInput {

    /** Long enough to say "too long" about, short enough never to keep a huge string in a page. */
    private static final int KEEP = 2000;

    private TextInput() {
    }

    static String of(Context ctx, String field) {
        return clean(ctx.formParam(field));
    }

    static String clean(String value) {
        if (value == null) return "";
        String cut = value.length() > KEEP ? value.substring(0, KEEP) : value;
        StringBuilder kept = new StringBuilder(cut.length());
        cut.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n').forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
