package nl.plein.expeditions.progress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.TargetGroup;

/**
 * The organisation's expedition plan (expeditieplan): its goal, the target group, and the small experiments it
 * will try — design thinking: big plans through small steps. {@code experiments} is Markdown.
 */
public record Plan(String goal, TargetGroup targetGroup, String experiments, Instant updatedAt) {

    static final String[] FIELDS = {"goal", "targetGroup", "experiments"};
    static final int MAX_GOAL = 1000;
    static final int MAX_EXPERIMENTS = 4000;

    static Map<String, String> typedOf(Plan plan, Baseline baseline) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("goal", plan == null ? "" : plan.goal());
        // A first plan starts from the target group the baseline chose.
        typed.put("targetGroup", plan != null ? plan.targetGroup().code()
                : baseline != null ? baseline.targetGroup().code() : "");
        typed.put("experiments", plan == null ? "" : plan.experiments());
        return typed;
    }

    static Plan validate(Map<String, String> typed, Instant now, FieldErrors errors) {
        String goal = FormInput.text(typed, "goal", MAX_GOAL, "expeditions.work.error.goal-required", errors);
        TargetGroup group = FormInput.targetGroup(typed, "targetGroup", errors);
        String experiments = FormInput.text(typed, "experiments", MAX_EXPERIMENTS,
                "expeditions.work.error.experiments-required", errors);
        if (!errors.isEmpty()) return null;
        return new Plan(goal, group, experiments, now);
    }
}
