package nl.plein.webinars.afterwards;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import nl.plein.api.Visitor;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;

/** A session the visitor may see: it exists and its week is published (or the visitor organises). Else 404. */
record VisibleSession(Session session, Week week) {

    static VisibleSession of(Webinars webinars, Context ctx) {
        Session session = webinars.programme().session(ctx.pathParam("session")).orElseThrow(NotFoundResponse::new);
        Week week = webinars.programme().week(session.weekId())
                .filter(w -> webinars.access().maySee(Visitor.of(ctx), w)).orElseThrow(NotFoundResponse::new);
        return new VisibleSession(session, week);
    }
}
