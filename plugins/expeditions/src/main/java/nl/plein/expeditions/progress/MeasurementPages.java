package nl.plein.expeditions.progress;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.TargetGroup;

/**
 * {@code GET/POST /expeditions/{id}/organisations/{org}/measurements}: new volunteers per target group, and how many
 * stayed, at the final measurement and three and six months later. {@code ?moment=plus3} opens that moment's form.
 */
final class MeasurementPages {

    private final Workplaces places;
    private final MeasurementRepository measurements;

    MeasurementPages(Workplaces places, MeasurementRepository measurements) {
        this.places = places;
        this.measurements = measurements;
    }

    void show(Context ctx) {
        Workplace place = places.read(ctx);
        List<Measurement> recorded = measurements.of(place.expedition().id(), place.organisationId());
        Moment moment = Moment.of(ctx.queryParam("moment")).orElseGet(() -> firstOpen(recorded));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("moment", moment.code());
        for (TargetGroup group : TargetGroup.values()) {
            Measurement m = recorded.stream().filter(r -> r.moment() == moment && r.targetGroup() == group)
                    .findFirst().orElse(null);
            typed.put("new-" + group.code(), m == null ? "" : Integer.toString(m.newVolunteers()));
            typed.put("retained-" + group.code(), m == null ? "" : Integer.toString(m.retained()));
        }
        render(ctx, HttpStatus.OK, place, recorded, typed, new FieldErrors());
    }

    void record(Context ctx) {
        Workplace place = places.work(ctx);
        Map<String, String> typed = FormInput.read(ctx, Measurement.fields());
        FieldErrors errors = new FieldErrors();
        List<Measurement> measured = Measurement.validate(typed, errors);
        if (measured == null) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, place,
                    measurements.of(place.expedition().id(), place.organisationId()), typed, errors);
            return;
        }
        measurements.record(place.expedition().id(), place.organisationId(), measured, Visitor.of(ctx).personId());
        ctx.redirect(place.path() + "/measurements?saved=" + measured.get(0).moment().code(), HttpStatus.SEE_OTHER);
    }

    /** The first moment without figures, so the form opens where the organisation is. */
    private static Moment firstOpen(List<Measurement> recorded) {
        return Arrays.stream(Moment.values()).filter(m -> recorded.stream().noneMatch(r -> r.moment() == m))
                .findFirst().orElse(Moment.FINAL);
    }

    private void render(Context ctx, HttpStatus status, Workplace place, List<Measurement> recorded,
                        Map<String, String> typed, FieldErrors errors) {
        List<Moment> moments = Arrays.stream(Moment.values())
                .filter(m -> recorded.stream().anyMatch(r -> r.moment() == m)).toList();
        List<MeasurementRow> rows = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            List<Measurement> byMoment = moments.stream().map(m -> recorded.stream()
                    .filter(r -> r.moment() == m && r.targetGroup() == group).findFirst().orElse(null)).toList();
            rows.add(new MeasurementRow(group, byMoment));
        }
        Map<String, Object> model = WorkPages.model(place);
        model.put("moments", moments);
        model.put("rows", rows);
        model.put("allMoments", Arrays.stream(Moment.values()).map(Moment::code).toList());
        model.put("targetGroups", FormInput.targetGroupCodes());
        model.put("form", typed);
        model.put("errors", errors.asMap());
        model.put("saved", Moment.of(ctx.queryParam("saved")).map(Moment::code).orElse(null));
        ctx.status(status).render("expeditions/work/measurements", model);
    }
}
