package nl.plein.expeditions.progress;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.schedule.Assignment;
import nl.plein.expeditions.schedule.ScheduleRepository;

/**
 * Homework: {@code GET/POST /expeditions/{id}/organisations/{org}/assignments/{assignment}} and its attachment
 * ({@code …/attachment}). Handing in after the deadline is allowed; the page and the work page then say "late".
 */
final class SubmissionPages {

    private final Workplaces places;
    private final WorkRepository work;
    private final ScheduleRepository schedule;
    private final Attachments attachments;
    private final Clock clock;

    SubmissionPages(Workplaces places, WorkRepository work, ScheduleRepository schedule, Attachments attachments,
                    Clock clock) {
        this.places = places;
        this.work = work;
        this.schedule = schedule;
        this.attachments = attachments;
        this.clock = clock;
    }

    void show(Context ctx) {
        Workplace place = places.read(ctx);
        Assignment assignment = assignment(ctx, place);
        Submission submission = work.submission(assignment.id(), place.organisationId()).orElse(null);
        render(ctx, HttpStatus.OK, place, assignment, submission,
                Map.of("body", submission == null ? "" : submission.body()), new FieldErrors());
    }

    void submit(Context ctx) {
        Workplace place = places.work(ctx);
        Assignment assignment = assignment(ctx, place);
        Map<String, String> typed = FormInput.read(ctx, "body");
        FieldErrors errors = new FieldErrors();
        String body = FormInput.text(typed, "body", Submission.MAX_BODY, "expeditions.work.error.body-required", errors);
        String personId = Visitor.of(ctx).personId();
        String attachmentId = attachments.store(ctx, "attachment", personId, errors);
        if (!errors.isEmpty()) {
            attachments.discard(attachmentId);
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, place, assignment,
                    work.submission(assignment.id(), place.organisationId()).orElse(null), typed, errors);
            return;
        }
        work.submit(assignment.id(), place.organisationId(), body, attachmentId, personId)
                .ifPresent(attachments::discard);
        ctx.redirect(place.path() + "?saved=assignment", HttpStatus.SEE_OTHER);
    }

    void attachment(Context ctx) {
        Workplace place = places.read(ctx);
        Assignment assignment = assignment(ctx, place);
        Submission submission = work.submission(assignment.id(), place.organisationId())
                .filter(s -> s.attachmentId() != null).orElseThrow(NotFoundResponse::new);
        attachments.send(ctx, submission.attachmentId());
    }

    private Assignment assignment(Context ctx, Workplace place) {
        return schedule.assignments(place.expedition().id()).stream()
                .filter(a -> a.id().equals(ctx.pathParam("assignment"))).findFirst()
                .orElseThrow(NotFoundResponse::new);
    }

    private void render(Context ctx, HttpStatus status, Workplace place, Assignment assignment, Submission submission,
                        Map<String, String> typed, FieldErrors errors) {
        Map<String, Object> model = WorkPages.model(place);
        model.put("assignment", assignment);
        model.put("submission", submission);
        model.put("late", submission != null && submission.lateFor(assignment));
        model.put("pastDeadline", clock.instant().isAfter(assignment.dueAt()));
        model.put("form", typed);
        model.put("errors", errors.asMap());
        model.put("maxMegabytes", Attachments.MAX_BYTES / (1024 * 1024));
        ctx.status(status).render("expeditions/work/assignment", model);
    }
}
