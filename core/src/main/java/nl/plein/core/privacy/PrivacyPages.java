package nl.plein.core.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.core.account.People;
import nl.plein.core.account.Person;
import nl.plein.core.account.Sessions;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.web.Cookies;
import nl.plein.core.web.Forms;

/**
 * {@code /account/privacy}: download everything Plein holds about you ({@code /account/export}, JSON), or delete
 * your account ({@code POST /account/delete}, confirmed with your password).
 */
public final class PrivacyPages {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final People people;
    private final Sessions sessions;
    private final PersonalData personalData;
    private final AuditLog audit;
    private final Cookies cookies;

    public PrivacyPages(People people, Sessions sessions, PersonalData personalData, AuditLog audit, Cookies cookies) {
        this.people = people;
        this.sessions = sessions;
        this.personalData = personalData;
        this.audit = audit;
        this.cookies = cookies;
    }

    public void show(Context ctx) {
        ctx.render("account/privacy", Map.of("errors", Map.of()));
    }

    public void export(Context ctx) throws Exception {
        Person person = current(ctx);
        audit.record(person.id(), "privacy.export", person.id(), null);
        ctx.header("Content-Disposition", "attachment; filename=\"plein-gegevens.json\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(personalData.export(person)));
    }

    public void delete(Context ctx) {
        Person person = current(ctx);
        FieldErrors errors = new FieldErrors();
        if (!people.passwordMatches(person.id(), Forms.secret(ctx, "password"))) {
            errors.add("password", "password.error.current");
        }
        if (!"DELETE".equalsIgnoreCase(Forms.text(ctx, "confirm", 20)) && !"VERWIJDER".equalsIgnoreCase(Forms.text(ctx, "confirm", 20))) {
            errors.add("confirm", "privacy.error.confirm");
        }
        if (!errors.isEmpty()) {
            Map<String, Object> model = new HashMap<>();
            model.put("errors", errors.asMap());
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).render("account/privacy", model);
            return;
        }
        sessions.endAll(person.id());
        personalData.erase(person);
        cookies.clear(ctx, Sessions.COOKIE);
        ctx.redirect("/?erased=1", HttpStatus.SEE_OTHER);
    }

    private Person current(Context ctx) {
        return people.byId(Visitor.of(ctx).personId()).orElseThrow(NotFoundResponse::new);
    }
}
