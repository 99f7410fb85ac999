package nl.plein.expeditions.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.TargetGroup;

/** New volunteers of one target group counted at one moment, and how many of them stayed. */
public record Measurement(Moment moment, TargetGroup targetGroup, int newVolunteers, int retained) {

    /** The form's fields: the moment, then {@code new-<group>} and {@code retained-<group>} for each target group. */
    static String[] fields() {
        List<String> fields = new ArrayList<>(List.of("moment"));
        for (TargetGroup group : TargetGroup.values()) {
            fields.add("new-" + group.code());
            fields.add("retained-" + group.code());
        }
        return fields.toArray(String[]::new);
    }

    /**
     * One measurement per target group; a blank number counts as none (0), because most organisations look for
     * one or two groups only. Those who stayed are some of the new ones, so never more.
     */
    static List<Measurement> validate(Map<String, String> typed, FieldErrors errors) {
        var moment = Moment.of(typed.get("moment"));
        if (moment.isEmpty()) errors.add("moment", "expeditions.work.error.moment");
        List<Measurement> measurements = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            Integer fresh = FormInput.count(typed, "new-" + group.code(), true, errors);
            Integer retained = FormInput.count(typed, "retained-" + group.code(), true, errors);
            if (fresh != null && retained != null && retained > fresh) {
                errors.add("retained-" + group.code(), "expeditions.work.error.retained-more");
            }
            if (moment.isPresent() && fresh != null && retained != null) {
                measurements.add(new Measurement(moment.get(), group, fresh, retained));
            }
        }
        // A form left entirely blank records nothing: it would otherwise mark the measurement as done with zeros.
        if (errors.isEmpty() && typed.entrySet().stream().noneMatch(e -> (e.getKey().startsWith("new-")
                || e.getKey().startsWith("retained-")) && e.getValue() != null && !e.getValue().isBlank())) {
            errors.add("new-" + TargetGroup.values()[0].code(), "expeditions.work.error.nothing-measured");
        }
        return errors.isEmpty() ? measurements : null;
    }
}
