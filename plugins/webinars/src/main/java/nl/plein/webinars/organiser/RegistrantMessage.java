package nl.plein.webinars.organiser;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.webinars.Webinars;

/**
 * {@code POST /webinars/sessions/{session}/message}: a message from the session's manager, by mail, to everyone with a
 * seat and, when asked, to the waiting list too ("the link changed", "the slides are online").
 */
public final class RegistrantMessage {

    static final int MAX_SUBJECT = 150;
    static final int MAX_BODY = 5000;

    private final Webinars webinars;
    private final ManagePage page;
    private final Registrants registrants;

    public RegistrantMessage(Webinars webinars, ManagePage page) {
        this.webinars = webinars;
        this.page = page;
        this.registrants = new Registrants(webinars.context().jdbi(), webinars.context().directory());
    }

    public void send(Context ctx) {
        ManagedSession managed = ManagedSession.of(webinars, ctx);
        String subject = typed(ctx, "subject", MAX_SUBJECT);
        String body = typed(ctx, "body", MAX_BODY);
        boolean includeWaiting = "yes".equals(ctx.formParam("includeWaiting"));
        FieldErrors errors = new FieldErrors();
        if (subject.isEmpty()) errors.add("subject", "webinars.organiser.message.error.subject-required");
        else if (subject.length() > MAX_SUBJECT) errors.add("subject", "webinars.organiser.message.error.subject-too-long");
        if (body.isEmpty()) errors.add("body", "webinars.organiser.message.error.body-required");
        else if (body.length() > MAX_BODY) errors.add("body", "webinars.organiser.message.error.body-too-long");
        if (!errors.isEmpty()) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("subject", subject);
            form.put("body", body);
            form.put("includeWaiting", includeWaiting ? "yes" : "");
            page.render(ctx, managed, HttpStatus.UNPROCESSABLE_CONTENT, Map.of("errors", errors.asMap(), "form", form));
            return;
        }
        List<Registrant> recipients = registrants.of(managed.session().id()).stream()
                .filter(r -> r.seated() || includeWaiting && r.waiting()).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("sessionTitle", managed.session().title());
        model.put("startsAt", managed.session().startsAt());
        model.put("heading", subject);
        model.put("message", body);
        model.put("sender", Visitor.of(ctx).displayName());
        model.put("sessionUrl", webinars.context().baseUrl() + "/webinars/sessions/" + managed.session().id());
        // One id per message: sending the same text again is a new message; a retried request of this one is not.
        String messageId = webinars.context().ids().next();
        for (Registrant recipient : recipients) {
            webinars.context().mail().toPerson(recipient.personId(), "webinars.organiser.mail.message.subject",
                    "webinars/mail/organiser-message", model, "message-" + messageId + "-" + recipient.personId());
        }
        ctx.redirect(managed.managePath() + "?sent=" + recipients.size() + "#message", HttpStatus.SEE_OTHER);
    }

    /** What was typed, stripped, cut one past the maximum so the page can say it is too long and still show it. */
    private static String typed(Context ctx, String field, int max) {
        String value = ctx.formParam(field);
        value = value == null ? "" : value.strip();
        return value.length() > max + 1 ? value.substring(0, max + 1) : value;
    }
}
