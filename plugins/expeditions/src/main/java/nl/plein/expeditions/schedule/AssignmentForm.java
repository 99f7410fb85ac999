package nl.plein.expeditions.schedule;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.Expedition;

/** An assignment as the leader types it; the deadline is the end of the chosen day in Amsterdam. */
public record AssignmentForm(String title, String description, Instant dueAt) {

    static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : new String[] {"title", "description", "dueOn"}) {
            String value = ctx.formParam(field);
            value = value == null ? "" : value.strip();
            typed.put(field, value.length() > 4001 ? value.substring(0, 4001) : value);
        }
        return typed;
    }

    /** Deadlines fall within the expedition and before its closing day (its last day), so work can be discussed. */
    static AssignmentForm validate(Map<String, String> typed, Expedition expedition, FieldErrors errors) {
        String title = typed.get("title");
        if (title.isEmpty()) errors.add("title", "expeditions.error.title-required");
        else if (title.length() > 200) errors.add("title", "expeditions.error.too-long");
        if (typed.get("description").length() > 4000) errors.add("description", "expeditions.error.too-long");
        Instant dueAt = null;
        if (typed.get("dueOn").isEmpty()) {
            errors.add("dueOn", "expeditions.error.date-required");
        } else {
            try {
                LocalDate day = LocalDate.parse(typed.get("dueOn"));
                if (day.isBefore(expedition.startsOn()) || !day.isBefore(expedition.endsOn())) {
                    errors.add("dueOn", "expeditions.error.deadline-outside");
                } else {
                    dueAt = day.atTime(LocalTime.of(23, 59)).atZone(MeetingForm.AMSTERDAM).toInstant();
                }
            } catch (DateTimeParseException e) {
                errors.add("dueOn", "expeditions.error.date-format");
            }
        }
        if (!errors.isEmpty()) return null;
        return new AssignmentForm(title, MeetingForm.blank(typed.get("description")), dueAt);
    }
}
