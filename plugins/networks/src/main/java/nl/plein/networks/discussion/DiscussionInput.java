package nl.plein.networks.discussion;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import nl.plein.api.form.FieldErrors;

/**
 * What the discussion forms accept: titles of 1–200 characters, posts of 1–20,000 characters of Markdown, reasons for
 * a report of 1–2,000. Text is kept as typed apart from what no one types on purpose (control characters, which
 * PostgreSQL also refuses in text, and the CR of the CRLF browsers send), so a person who wrote too much gets their
 * text back to shorten, not an empty field.
 */
final class DiscussionInput {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_REASON = 2_000;

    /** More than any field may hold, so a too-long text comes back whole; beyond this it is cut. */
    private static final int KEEP = 100_000;
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]");

    private DiscussionInput() {
    }

    /** Whether the text can be one of our ids; anything else is not looked up at all. */
    static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** A form field as typed, CRLF as LF, without control characters, cut far beyond any limit. */
    static String text(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null) return "";
        if (value.length() > KEEP) value = value.substring(0, KEEP);
        return CONTROL.matcher(value.replace("\r\n", "\n")).replaceAll("");
    }

    /** A one-line title: runs of white space (line breaks too) become one space. */
    static String title(Context ctx) {
        return text(ctx, "title").replaceAll("\\s+", " ").strip();
    }

    static void checkTitle(String title, FieldErrors errors) {
        if (title.isBlank()) errors.add("title", "networks.discussion.error.title-required");
        else if (title.length() > MAX_TITLE) errors.add("title", "networks.discussion.error.title-too-long");
    }

    static void checkBody(String body, FieldErrors errors) {
        if (body.isBlank()) errors.add("body", "networks.discussion.error.body-required");
        else if (body.length() > MAX_BODY) errors.add("body", "networks.discussion.error.body-too-long");
    }

    static void checkReason(String reason, FieldErrors errors) {
        if (reason.isBlank()) errors.add("reason", "networks.discussion.error.reason-required");
        else if (reason.length() > MAX_REASON) errors.add("reason", "networks.discussion.error.reason-too-long");
    }
}
