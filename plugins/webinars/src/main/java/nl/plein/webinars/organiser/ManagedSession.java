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
 * here: an unknown session is 404; a session someone may not manage is 403, unless its week is not even visible to
 * them (a draft), which is 404 so the draft's existence does not leak.
 */
public record ManagedSession(Session session, Week week) {

    public static ManagedSession of(Webinars webinars, Context ctx) {
        Session session = webinars.programme().session(ctx.pathParam("session")).orElseThrow(NotFoundResponse::new);
        Week week = webinars.programme().week(session.weekId()).orElseThrow(NotFoundResponse::new);
        Visitor visitor = Visitor.of(ctx);
        if (!webinars.access().mayManage(visitor, session)) {
            if (!webinars.access().maySee(visitor, week)) throw new NotFoundResponse();
            throw new ForbiddenResponse();
        }
        return new ManagedSession(session, week);
    }

    public String managePath() {
        return "/webinars/sessions/" + session.id() + "/manage";
    }
}
