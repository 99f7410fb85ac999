package nl.plein.core.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.web.Forms;

/**
 * Forgotten password ({@code /account/forgot} → mail → {@code /account/reset/{token}}) and changing it while signed
 * in ({@code /account/password}). The forgot form answers the same whether or not the address has an account.
 */
public final class PasswordPages {

    private final People people;
    private final EmailTokens tokens;
    private final Sessions sessions;
    private final AccountMail mail;
    private final AuditLog audit;
    private final URI baseUrl;

    public PasswordPages(People people, EmailTokens tokens, Sessions sessions, AccountMail mail, AuditLog audit,
                         URI baseUrl) {
        this.people = people;
        this.tokens = tokens;
        this.sessions = sessions;
        this.mail = mail;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    public void forgotForm(Context ctx) {
        render(ctx, "account/forgot", HttpStatus.OK, Map.of("email", ""), new FieldErrors(), false);
    }

    public void forgot(Context ctx) {
        String email = Forms.text(ctx, "email", Forms.EMAIL_MAX + 1);
        FieldErrors errors = new FieldErrors();
        if (!Forms.isEmail(email)) errors.add("email", "register.error.email-invalid");
        if (!errors.isEmpty()) {
            render(ctx, "account/forgot", HttpStatus.UNPROCESSABLE_CONTENT, Map.of("email", email), errors, false);
            return;
        }
        people.byEmail(email).filter(p -> !p.blocked()).ifPresent(person -> {
            String token = tokens.issue(person.id(), EmailTokens.Purpose.RESET, null);
            mail.send(person.email(), person.id(), Locale.forLanguageTag(person.locale()), "mail.reset.subject",
                    "mail/reset", Map.of("name", person.displayName(), "url", baseUrl + "/account/reset/" + token),
                    "reset-" + Tokens.hash(token));
            audit.record(null, "password.reset-requested", person.id(), null);
        });
        render(ctx, "account/forgot", HttpStatus.OK, Map.of("email", email), errors, true);
    }

    public void resetForm(Context ctx) {
        boolean usable = tokens.isUsable(ctx.pathParam("token"), EmailTokens.Purpose.RESET);
        Map<String, Object> model = new HashMap<>();
        model.put("usable", usable);
        model.put("token", usable ? ctx.pathParam("token") : "");
        model.put("errors", Map.of());
        model.put("minLength", PasswordPolicy.MIN_LENGTH);
        ctx.status(usable ? HttpStatus.OK : HttpStatus.NOT_FOUND).render("account/reset", model);
    }

    public void reset(Context ctx) {
        String token = ctx.pathParam("token");
        String password = Forms.secret(ctx, "password");
        FieldErrors errors = new FieldErrors();
        PasswordPolicy.problem(password, null).ifPresent(problem -> errors.add("password", problem));
        Map<String, Object> model = new HashMap<>();
        model.put("minLength", PasswordPolicy.MIN_LENGTH);
        if (!errors.isEmpty()) {
            boolean usable = tokens.isUsable(token, EmailTokens.Purpose.RESET);
            model.put("usable", usable);
            model.put("token", usable ? token : "");
            model.put("errors", errors.asMap());
            ctx.status(usable ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.NOT_FOUND).render("account/reset", model);
            return;
        }
        Optional<EmailTokens.Used> used = tokens.use(token, EmailTokens.Purpose.RESET);
        if (used.isEmpty()) {
            model.put("usable", false);
            model.put("token", "");
            model.put("errors", Map.of());
            ctx.status(HttpStatus.NOT_FOUND).render("account/reset", model);
            return;
        }
        String personId = used.get().personId();
        people.changePassword(personId, password);
        // Whoever knew the old password is signed out everywhere; reaching the mailbox also proves the address.
        sessions.endAll(personId);
        people.confirmEmail(personId);
        audit.record(personId, "password.reset", personId, null);
        ctx.redirect("/login?reset=1", HttpStatus.SEE_OTHER);
    }

    public void changeForm(Context ctx) {
        render(ctx, "account/password", HttpStatus.OK, Map.of(), new FieldErrors(), false);
    }

    public void change(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        String current = Forms.secret(ctx, "current");
        String password = Forms.secret(ctx, "password");
        FieldErrors errors = new FieldErrors();
        if (!people.passwordMatches(visitor.personId(), current)) errors.add("current", "password.error.current");
        String email = people.byId(visitor.personId()).map(Person::email).orElse(null);
        PasswordPolicy.problem(password, email).ifPresent(problem -> errors.add("password", problem));
        if (!errors.isEmpty()) {
            render(ctx, "account/password", HttpStatus.UNPROCESSABLE_CONTENT, Map.of(), errors, false);
            return;
        }
        people.changePassword(visitor.personId(), password);
        // Anyone else signed in with the old password (another device, someone who guessed it) is signed out.
        sessions.endOthers(visitor.personId(), ctx.cookie(Sessions.COOKIE));
        audit.record(visitor.personId(), "password.changed", visitor.personId(), null);
        render(ctx, "account/password", HttpStatus.OK, Map.of(), errors, true);
    }

    private void render(Context ctx, String template, HttpStatus status, Map<String, String> form, FieldErrors errors,
                        boolean done) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("done", done);
        model.put("minLength", PasswordPolicy.MIN_LENGTH);
        ctx.status(status).render(template, model);
    }
}
