package nl.plein.webinars.afterwards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.registration.Registration;

/**
 * {@code GET/POST /webinars/sessions/{session}/evaluation}: attendees rate the session 1–5 and may add a comment for
 * the organisers. Who counts as an attendee: someone marked as attended; or, for a session whose attendance was never
 * marked, anyone who held a seat, once the session has ended.
 */
final class EvaluationPages {

    static final int MAX_COMMENT = 2000;
    private static final List<String> SCORES = List.of("1", "2", "3", "4", "5");

    private final Webinars webinars;
    private final Evaluations evaluations;
    private final Attendance attendance;

    EvaluationPages(Webinars webinars, Evaluations evaluations, Attendance attendance) {
        this.webinars = webinars;
        this.evaluations = evaluations;
        this.attendance = attendance;
    }

    void form(Context ctx) {
        VisibleSession visible = VisibleSession.of(webinars, ctx);
        String personId = Visitor.of(ctx).personId();
        if (!allowed(visible, personId, ctx)) return;
        Optional<Evaluations.Evaluation> mine = evaluations.of(visible.session().id(), personId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("score", mine.map(e -> String.valueOf(e.score())).orElse(""));
        form.put("comment", mine.map(Evaluations.Evaluation::comment).orElse(""));
        render(ctx, visible, HttpStatus.OK, form, Map.of(), "1".equals(ctx.queryParam("saved")), mine.isPresent());
    }

    void save(Context ctx) {
        VisibleSession visible = VisibleSession.of(webinars, ctx);
        String personId = Visitor.of(ctx).personId();
        if (!allowed(visible, personId, ctx)) return;
        String score = ctx.formParam("score") == null ? "" : ctx.formParam("score").strip();
        String comment = ctx.formParam("comment") == null ? "" : ctx.formParam("comment").strip();
        FieldErrors errors = new FieldErrors();
        if (score.isEmpty()) errors.add("score", "webinars.afterwards.evaluation.error.score-required");
        else if (!score.matches("[1-5]")) errors.add("score", "webinars.afterwards.evaluation.error.score");
        if (comment.length() > MAX_COMMENT) errors.add("comment", "webinars.afterwards.evaluation.error.comment-too-long");
        if (!errors.isEmpty()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("score", score.length() > 10 ? score.substring(0, 10) : score);
            form.put("comment", comment.length() > MAX_COMMENT + 1 ? comment.substring(0, MAX_COMMENT + 1) : comment);
            render(ctx, visible, HttpStatus.UNPROCESSABLE_CONTENT, form, errors.asMap(), false, false);
            return;
        }
        evaluations.save(visible.session().id(), personId, Integer.parseInt(score), comment);
        ctx.redirect("/webinars/sessions/" + visible.session().id() + "/evaluation?saved=1", HttpStatus.SEE_OTHER);
    }

    /** Answers 403 with the reason when the visitor may not evaluate this session. */
    private boolean allowed(VisibleSession visible, String personId, Context ctx) {
        Optional<Registration> registration = webinars.registrations().of(visible.session().id(), personId);
        Instant now = webinars.context().clock().instant();
        boolean attended = registration.map(r -> Boolean.TRUE.equals(r.attended())).orElse(false);
        boolean seatAfterUnmarkedSession = registration.filter(Registration::registered).isPresent()
                && !now.isBefore(visible.session().endsAt()) && !attendance.marked(visible.session().id());
        if (!visible.session().cancelled() && (attended || seatAfterUnmarkedSession)) return true;
        String reason;
        if (visible.session().cancelled()) reason = "webinars.afterwards.evaluation.refused.cancelled";
        else if (registration.filter(Registration::registered).isPresent() && now.isBefore(visible.session().endsAt())) {
            reason = "webinars.afterwards.evaluation.refused.not-ended";
        } else reason = "webinars.afterwards.evaluation.refused.not-attended";
        NotAllowedPage.render(ctx, visible, "webinars.afterwards.evaluation.refused.title", reason);
        return false;
    }

    private void render(Context ctx, VisibleSession visible, HttpStatus status, Map<String, String> form,
                        Map<String, String> errors, boolean saved, boolean existing) {
        Map<String, Object> model = new HashMap<>();
        model.put("session", visible.session());
        model.put("week", visible.week());
        model.put("form", form);
        model.put("errors", errors);
        model.put("saved", saved);
        model.put("existing", existing);
        model.put("scores", SCORES);
        ctx.status(status).render("webinars/afterwards/evaluation", model);
    }
}
