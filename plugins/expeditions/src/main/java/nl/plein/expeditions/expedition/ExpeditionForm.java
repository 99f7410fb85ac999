package nl.plein.expeditions.expedition;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.form.FieldErrors;

/** The expedition form: read as typed, checked in one place. */
public record ExpeditionForm(String title, String region, String province, TargetGroup focus, Format format,
                             LocalDate startsOn, LocalDate endsOn, boolean published) {

    public static final List<String> PROVINCES = List.of("Drenthe", "Flevoland", "Friesland", "Gelderland",
            "Groningen", "Limburg", "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland",
            "Zuid-Holland");
    static final String[] FIELDS = {"title", "region", "province", "focus", "format", "startsOn", "endsOn", "published"};

    static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = ctx.formParam(field);
            value = value == null ? "" : value.strip();
            typed.put(field, value.length() > 300 ? value.substring(0, 300) : value);
        }
        return typed;
    }

    static Map<String, String> of(Expedition e) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", e.title());
        values.put("region", e.region());
        values.put("province", e.province());
        values.put("focus", e.focus().code());
        values.put("format", e.format().code());
        values.put("startsOn", e.startsOn().toString());
        values.put("endsOn", e.endsOn().toString());
        values.put("published", e.published() ? "yes" : "");
        return values;
    }

    static ExpeditionForm validate(Map<String, String> typed, FieldErrors errors) {
        String title = typed.get("title");
        if (title.isEmpty()) errors.add("title", "expeditions.error.title-required");
        else if (title.length() > 200) errors.add("title", "expeditions.error.too-long");
        String region = typed.get("region");
        if (region.isEmpty()) errors.add("region", "expeditions.error.region-required");
        else if (region.length() > 100) errors.add("region", "expeditions.error.too-long");
        if (!PROVINCES.contains(typed.get("province"))) errors.add("province", "expeditions.error.province");
        var focus = TargetGroup.of(typed.get("focus"));
        if (focus.isEmpty()) errors.add("focus", "expeditions.error.focus");
        var format = Format.of(typed.get("format"));
        if (format.isEmpty()) errors.add("format", "expeditions.error.format");
        LocalDate startsOn = date(typed.get("startsOn"), "startsOn", errors);
        LocalDate endsOn = date(typed.get("endsOn"), "endsOn", errors);
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            errors.add("endsOn", "expeditions.error.end-before-start");
        }
        if (!errors.isEmpty()) return null;
        return new ExpeditionForm(title, region, typed.get("province"), focus.get(), format.get(), startsOn, endsOn,
                "yes".equals(typed.get("published")));
    }

    /** A date as the date field sends it (YYYY-MM-DD), within a sane range. */
    static LocalDate date(String value, String field, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add(field, "expeditions.error.date-required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                errors.add(field, "expeditions.error.date-range");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(field, "expeditions.error.date-format");
            return null;
        }
    }
}
