package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;

/** Reading the deal's forms: what was typed (kept for the page that explains a mistake) and the shared checks. */
final class Forms {

    /** Longer than any field may be, so a too-long text is kept (cut) for the page that explains it. */
    private static final int CUT = 4001;

    private Forms() {
    }

    /** The fields, stripped; missing ones are empty. */
    static Map<String, String> read(Context ctx, String... fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : fields) typed.put(field, cut(ctx.formParam(field)));
        return typed;
    }

    static String cut(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > CUT ? stripped.substring(0, CUT) : stripped;
    }

    /**
     * A text of at most {@code max} characters ({@code goodbusy.deal.error.too-long-<max>} names the maximum).
     *
     * @param requiredKey the message when it is empty, or null when it may be left empty
     * @return the text, or null when refused
     */
    static String text(Map<String, String> typed, String field, int max, String requiredKey, FieldErrors errors) {
        String value = typed.get(field);
        if (value.isEmpty() && requiredKey != null) {
            errors.add(field, requiredKey);
            return null;
        }
        if (value.length() > max) {
            errors.add(field, "goodbusy.deal.error.too-long-" + max);
            return null;
        }
        return value;
    }

    /** A date as the date input sends it (YYYY-MM-DD), or null with an error. */
    static LocalDate date(Map<String, String> typed, String field, FieldErrors errors) {
        String value = typed.get(field);
        if (value.isEmpty()) {
            errors.add(field, "goodbusy.deal.error.date-required");
            return null;
        }
        if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            errors.add(field, "goodbusy.deal.error.date-invalid");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "goodbusy.deal.error.date-invalid");
            return null;
        }
    }

    /** A time of day as the time input sends it (HH:MM, seconds allowed), or null with an error. */
    static LocalTime time(Map<String, String> typed, String field, FieldErrors errors) {
        String value = typed.get(field);
        if (value.isEmpty()) {
            errors.add(field, "goodbusy.deal.error.time-required");
            return null;
        }
        if (!value.matches("[0-9]{2}:[0-9]{2}(:[0-9]{2})?")) {
            errors.add(field, "goodbusy.deal.error.time-invalid");
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "goodbusy.deal.error.time-invalid");
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}, or null with {@code errorKey}. */
    static Integer number(Map<String, String> typed, String field, int min, int max, String errorKey,
                          FieldErrors errors) {
        String value = typed.get(field);
        if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            errors.add(field, errorKey);
            return null;
        }
        return Integer.parseInt(value);
    }

    /**
     * Hours as people type them: "2", "1,5" or "1.75", from a quarter of an hour to a whole day, as whole minutes.
     * Returns null with an error otherwise.
     */
    static Integer minutes(Map<String, String> typed, String field, FieldErrors errors) {
        String value = typed.get(field).replace(',', '.');
        if (value.isEmpty()) {
            errors.add(field, "goodbusy.deal.error.hours-required");
            return null;
        }
        if (!value.matches("[0-9]{1,2}(\\.[0-9]{1,2})?")) {
            errors.add(field, "goodbusy.deal.error.hours-invalid");
            return null;
        }
        int minutes = new BigDecimal(value).multiply(BigDecimal.valueOf(60))
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        if (minutes < 15 || minutes > Hours.MINUTES_A_DAY) {
            errors.add(field, "goodbusy.deal.error.hours-range");
            return null;
        }
        return minutes;
    }

    /** A checkbox: ticked when it sent "yes". */
    static boolean ticked(Map<String, String> typed, String field) {
        return "yes".equals(typed.get(field));
    }
}
