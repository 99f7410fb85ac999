package nl.plein.expeditions.progress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.TargetGroup;

/**
 * The organisation's baseline (nulmeting) at the start: how many volunteers it has now, the new faces it chose to
 * look for, and what it wants to reach.
 */
public record Baseline(int currentVolunteers, TargetGroup targetGroup, String ambition, Instant recordedAt) {

    static final String[] FIELDS = {"currentVolunteers", "targetGroup", "ambition"};
    static final int MAX_AMBITION = 4000;

    static Map<String, String> typedOf(Baseline baseline) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("currentVolunteers", baseline == null ? "" : Integer.toString(baseline.currentVolunteers()));
        typed.put("targetGroup", baseline == null ? "" : baseline.targetGroup().code());
        typed.put("ambition", baseline == null ? "" : baseline.ambition());
        return typed;
    }

    /** The baseline as typed, or null with the reasons in {@code errors}. */
    static Baseline validate(Map<String, String> typed, Instant now, FieldErrors errors) {
        Integer volunteers = FormInput.count(typed, "currentVolunteers", false, errors);
        TargetGroup group = FormInput.targetGroup(typed, "targetGroup", errors);
        String ambition = FormInput.text(typed, "ambition", MAX_AMBITION, "expeditions.work.error.ambition-required",
                errors);
        if (!errors.isEmpty()) return null;
        return new Baseline(volunteers, group, ambition, now);
    }
}
