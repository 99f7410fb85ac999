package nl.plein.webinars.organiser;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import nl.plein.api.Visitor;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;

/**
 * A session the visitor may manage (an organiser, or the session's host), with its week. Every manager route starts
 * here: an unknown session, or one of a week the visitor may not see (a draft: organisers only, not even its host),
 * is 404, so a draft's existence does not leak; a visible session someone may not manage is 403.
 */
public record ManagedSession(Session session, Week week) {

    public static ManagedSession of(Webinars webinars, Context ctx) {
        Session session = webinars.programme().session(ctx.pathParam("session")).orElseThrow(NotFoundResponse::new);
        Week week = webinars.programme().week(session.weekId()).orElseThrow(NotFoundResponse::new);
        Visitor visitor = Visitor.of(ctx);
        // Visibility first: a draft week is the organisers' alone, also for the host named on one of its sessions.
        if (!webinars.access().maySee(visitor, week)) throw new NotFoundResponse();
        if (!webinars.access().mayManage(visitor, session)) throw new ForbiddenResponse();
        return new ManagedSession(session, week);
    }

    public String managePath() {
        return "/webinars/sessions/" + session.id() + "/manage";
    }
}
