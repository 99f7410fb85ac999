package nl.plein.networks.space;

import io.javalin.http.Context;

/** A form field as typed: empty when it was not sent at all, so a forged or trimmed form is a wrong form, not a 500. */
final class FormText {

    private FormText() {
    }

    static String of(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
