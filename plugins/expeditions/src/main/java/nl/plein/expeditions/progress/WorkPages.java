package nl.plein.expeditions.progress;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.schedule.ScheduleRepository;

/**
 * {@code /expeditions/{id}/organisations/{org}}: the organisation's place in the programme at a glance, and its
 * baseline ({@code …/baseline}) and plan ({@code …/plan}). Templates: {@code templates/expeditions/work/…}.
 */
final class WorkPages {

    private static final int STEPS = 5;
    /** What a form that sends the visitor back here may announce as saved. */
    private static final Set<String> SAVED = Set.of("baseline", "plan", "assignment");

    private final Workplaces places;
    private final WorkRepository work;
    private final Logbook logbook;
    private final MeasurementRepository measurements;
    private final ScheduleRepository schedule;
    private final Clock clock;

    WorkPages(Workplaces places, WorkRepository work, Logbook logbook, MeasurementRepository measurements,
              ScheduleRepository schedule, Clock clock) {
        this.places = places;
        this.work = work;
        this.logbook = logbook;
        this.measurements = measurements;
        this.schedule = schedule;
        this.clock = clock;
    }

    void show(Context ctx) {
        Workplace place = places.read(ctx);
        String expeditionId = place.expedition().id();
        var baseline = work.baseline(expeditionId, place.organisationId());
        var plan = work.plan(expeditionId, place.organisationId());
        Map<String, Submission> handedIn = work.submissions(expeditionId, place.organisationId()).stream()
                .collect(Collectors.toMap(Submission::assignmentId, Function.identity()));
        Instant now = clock.instant();
        List<AssignmentProgress> assignments = schedule.assignments(expeditionId).stream()
                .map(a -> AssignmentProgress.of(a, handedIn.get(a.id()), now)).toList();
        long handedInCount = assignments.stream().filter(AssignmentProgress::handedIn).count();
        LogTally tally = logbook.tally(expeditionId, place.organisationId());
        List<MomentTotal> totals = totals(measurements.of(expeditionId, place.organisationId()));

        int steps = (baseline.isPresent() ? 1 : 0) + (plan.isPresent() ? 1 : 0)
                + (!assignments.isEmpty() && handedInCount == assignments.size() ? 1 : 0)
                + (tally.entries() > 0 ? 1 : 0)
                + (totals.stream().anyMatch(t -> t.moment() == Moment.FINAL) ? 1 : 0);
        Map<String, Object> model = model(place);
        model.put("baseline", baseline.orElse(null));
        model.put("plan", plan.orElse(null));
        model.put("assignments", assignments);
        model.put("handedIn", handedInCount);
        model.put("tally", tally);
        model.put("totals", totals);
        model.put("steps", steps);
        model.put("stepsTotal", STEPS);
        model.put("stepsPercent", steps * 100 / STEPS);
        String saved = ctx.queryParam("saved");
        model.put("saved", saved != null && SAVED.contains(saved) ? saved : null);
        ctx.render("expeditions/work/page", model);
    }

    void baselineForm(Context ctx) {
        Workplace place = places.read(ctx);
        Baseline baseline = work.baseline(place.expedition().id(), place.organisationId()).orElse(null);
        renderBaseline(ctx, HttpStatus.OK, place, baseline, Baseline.typedOf(baseline), new FieldErrors());
    }

    void saveBaseline(Context ctx) {
        Workplace place = places.work(ctx);
        Map<String, String> typed = FormInput.read(ctx, Baseline.FIELDS);
        FieldErrors errors = new FieldErrors();
        Baseline baseline = Baseline.validate(typed, clock.instant(), errors);
        if (baseline == null) {
            renderBaseline(ctx, HttpStatus.UNPROCESSABLE_CONTENT, place,
                    work.baseline(place.expedition().id(), place.organisationId()).orElse(null), typed, errors);
            return;
        }
        work.saveBaseline(place.expedition().id(), place.organisationId(), baseline, Visitor.of(ctx).personId());
        ctx.redirect(place.path() + "?saved=baseline", HttpStatus.SEE_OTHER);
    }

    void planForm(Context ctx) {
        Workplace place = places.read(ctx);
        String expeditionId = place.expedition().id();
        Plan plan = work.plan(expeditionId, place.organisationId()).orElse(null);
        Baseline baseline = plan != null ? null : work.baseline(expeditionId, place.organisationId()).orElse(null);
        renderPlan(ctx, HttpStatus.OK, place, plan, Plan.typedOf(plan, baseline), new FieldErrors());
    }

    void savePlan(Context ctx) {
        Workplace place = places.work(ctx);
        Map<String, String> typed = FormInput.read(ctx, Plan.FIELDS);
        FieldErrors errors = new FieldErrors();
        Plan plan = Plan.validate(typed, clock.instant(), errors);
        if (plan == null) {
            renderPlan(ctx, HttpStatus.UNPROCESSABLE_CONTENT, place,
                    work.plan(place.expedition().id(), place.organisationId()).orElse(null), typed, errors);
            return;
        }
        work.savePlan(place.expedition().id(), place.organisationId(), plan, Visitor.of(ctx).personId());
        ctx.redirect(place.path() + "?saved=plan", HttpStatus.SEE_OTHER);
    }

    /** The model every work page starts from. */
    static Map<String, Object> model(Workplace place) {
        Map<String, Object> model = new HashMap<>();
        model.put("place", place);
        model.put("expedition", place.expedition());
        model.put("organisation", place.organisation());
        model.put("errors", Map.of());
        model.put("form", Map.of());
        return model;
    }

    private void renderBaseline(Context ctx, HttpStatus status, Workplace place, Baseline saved,
                                Map<String, String> typed, FieldErrors errors) {
        Map<String, Object> model = model(place);
        model.put("baseline", saved);
        model.put("form", typed);
        model.put("errors", errors.asMap());
        model.put("targetGroups", FormInput.targetGroupCodes());
        model.put("maxCount", FormInput.MAX_COUNT);
        ctx.status(status).render("expeditions/work/baseline", model);
    }

    private void renderPlan(Context ctx, HttpStatus status, Workplace place, Plan saved, Map<String, String> typed,
                            FieldErrors errors) {
        Map<String, Object> model = model(place);
        model.put("plan", saved);
        model.put("form", typed);
        model.put("errors", errors.asMap());
        model.put("targetGroups", FormInput.targetGroupCodes());
        ctx.status(status).render("expeditions/work/plan", model);
    }

    private static List<MomentTotal> totals(List<Measurement> measured) {
        Map<Moment, int[]> sums = new EnumMap<>(Moment.class);
        for (Measurement m : measured) {
            int[] sum = sums.computeIfAbsent(m.moment(), k -> new int[2]);
            sum[0] += m.newVolunteers();
            sum[1] += m.retained();
        }
        List<MomentTotal> totals = new ArrayList<>();
        sums.forEach((moment, sum) -> totals.add(new MomentTotal(moment, sum[0], sum[1])));
        return totals;
    }
}
