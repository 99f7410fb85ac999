package nl.plein.webinars.programme;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;

/** The week form: read as typed, checked in one place, for creating and for editing a week. */
record WeekForm(String theme, String description, LocalDate startsOn, LocalDate endsOn, boolean published) {

    static final String[] FIELDS = {"theme", "description", "startsOn", "endsOn", "published"};

    static Map<String, String> typed(Context ctx) {
        return FormFields.read(ctx, FIELDS);
    }

    static Map<String, String> blank() {
        return FormFields.blank(FIELDS);
    }

    static Map<String, String> of(Week week) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("theme", week.theme());
        values.put("description", week.description());
        values.put("startsOn", week.startsOn().toString());
        values.put("endsOn", week.endsOn().toString());
        values.put("published", FormFields.yes(week.published()));
        return values;
    }

    /** The checked form, or null when something is wrong (then {@code errors} says what). */
    static WeekForm validate(Map<String, String> typed, FieldErrors errors) {
        String theme = FormFields.text(typed, "theme", 200, "webinars.programme.error.theme-required", errors);
        String description = FormFields.text(typed, "description", 5000, null, errors);
        LocalDate startsOn = date(typed.get("startsOn"), "startsOn", errors);
        LocalDate endsOn = date(typed.get("endsOn"), "endsOn", errors);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add("endsOn", "webinars.programme.error.week-ends-before-start");
        }
        if (!errors.isEmpty()) return null;
        return new WeekForm(theme, description, startsOn, endsOn, FormFields.ticked(typed, "published"));
    }

    /** A date as a date field sends it (YYYY-MM-DD), within years a programme can plausibly be planned for. */
    static LocalDate date(String value, String field, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add(field, "webinars.programme.error.date-required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                errors.add(field, "webinars.programme.error.date-range");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(field, "webinars.programme.error.date-format");
            return null;
        }
    }
}
