package nl.plein.webinars.afterwards;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.webinars.Webinars;

/**
 * {@code GET /webinars/sessions/{session}/certificate}: a printable certificate of attendance, only for people the
 * host marked as attended (a seat alone proves nothing). Printing or saving as PDF is the browser's own function; the
 * page says so instead of offering a script button, which the Content-Security-Policy would block anyway.
 */
final class CertificatePage {

    private final Webinars webinars;

    CertificatePage(Webinars webinars) {
        this.webinars = webinars;
    }

    void show(Context ctx) {
        VisibleSession visible = VisibleSession.of(webinars, ctx);
        Visitor visitor = Visitor.of(ctx);
        boolean attended = !visible.session().cancelled() && webinars.registrations()
                .of(visible.session().id(), visitor.personId())
                .map(r -> r.registered() && Boolean.TRUE.equals(r.attended())).orElse(false);
        if (!attended) {
            NotAllowedPage.render(ctx, visible, "webinars.afterwards.certificate.refused.title",
                    "webinars.afterwards.certificate.refused.reason");
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("session", visible.session());
        model.put("week", visible.week());
        model.put("name", visitor.displayName());
        model.put("minutes", Duration.between(visible.session().startsAt(), visible.session().endsAt()).toMinutes());
        ctx.render("webinars/afterwards/certificate", model);
    }
}
