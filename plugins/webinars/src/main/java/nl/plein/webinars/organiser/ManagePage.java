package nl.plein.webinars.organiser;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.webinars.WebinarPermissions;
import nl.plein.webinars.Webinars;

/**
 * {@code GET /webinars/sessions/{session}/manage}: a session's figures, its registrants with their attendance, the
 * attendees' comments, and the manager's forms (attendance, attendance import, message to registrants, recording).
 * The forms post elsewhere and come back here with their errors.
 */
public final class ManagePage {

    private final Webinars webinars;
    private final FiguresRepository figures;
    private final Registrants registrants;
    private final EvaluationComments comments;

    public ManagePage(Webinars webinars) {
        this.webinars = webinars;
        this.figures = new FiguresRepository(webinars.context().jdbi());
        this.registrants = new Registrants(webinars.context().jdbi(), webinars.context().directory());
        this.comments = new EvaluationComments(webinars.context().jdbi());
    }

    public void show(Context ctx) {
        ManagedSession managed = ManagedSession.of(webinars, ctx);
        Map<String, Object> notices = new HashMap<>();
        String sent = ctx.queryParam("sent");
        if (sent != null && sent.matches("[0-9]{1,6}")) notices.put("sent", Integer.parseInt(sent));
        notices.put("marked", "1".equals(ctx.queryParam("marked")));
        notices.put("published", "1".equals(ctx.queryParam("published")));
        render(ctx, managed, HttpStatus.OK, notices);
    }

    /**
     * Renders the page with what a form handler adds: {@code errors} and {@code form} for the message form,
     * {@code errors} under {@code file} for the import, {@code refusal} (a message key) for a refused action.
     */
    public void render(Context ctx, ManagedSession managed, HttpStatus status, Map<String, Object> extra) {
        Instant now = webinars.context().clock().instant();
        List<Registrant> more = registrants.of(managed.session().id(), Registrants.MAX + 1);
        List<Registrant> list = more.size() > Registrants.MAX ? more.subList(0, Registrants.MAX) : more;
        Map<String, Object> model = new HashMap<>();
        model.put("session", managed.session());
        model.put("week", managed.week());
        model.put("figures", figures.ofSession(managed.session().id()));
        model.put("registrants", list);
        model.put("seated", list.stream().filter(Registrant::seated).count());
        model.put("truncated", more.size() > Registrants.MAX);
        model.put("comments", comments.of(managed.session().id()));
        model.put("started", !now.isBefore(managed.session().startsAt()));
        model.put("organiser", Visitor.of(ctx).may(WebinarPermissions.ORGANISE));
        model.put("errors", Map.of());
        model.put("form", Map.of("subject", "", "body", "", "includeWaiting", ""));
        model.put("marked", false);
        model.put("published", false);
        model.putAll(extra);
        ctx.status(status).render("webinars/organiser/manage", model);
    }
}
