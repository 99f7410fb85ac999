package nl.plein.core.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.web.Cookies;
import nl.plein.core.web.CsrfProtection;
import nl.plein.core.web.Forms;
import nl.plein.core.web.LocalRedirects;

/**
 * Signing in and out ({@code /login}, {@code /logout}). Wrong address and wrong password get the same answer, and
 * throttling counts per address whether or not an account exists: nothing here tells who has an account.
 */
public final class LoginPages {

    private final People people;
    private final Sessions sessions;
    private final Cookies cookies;
    private final CsrfProtection csrf;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    public LoginPages(People people, Sessions sessions, Cookies cookies, CsrfProtection csrf, LoginThrottle throttle,
                      AuditLog audit) {
        this.people = people;
        this.sessions = sessions;
        this.cookies = cookies;
        this.csrf = csrf;
        this.throttle = throttle;
        this.audit = audit;
    }

    public void form(Context ctx) {
        if (Visitor.of(ctx).signedIn()) {
            ctx.redirect("/dashboard", HttpStatus.SEE_OTHER);
            return;
        }
        show(ctx, "", new FieldErrors(), HttpStatus.OK);
    }

    public void login(Context ctx) {
        String email = Forms.text(ctx, "email", Forms.EMAIL_MAX);
        String password = Forms.secret(ctx, "password");
        FieldErrors errors = new FieldErrors();
        if (email.isEmpty()) errors.add("email", "login.error.email-required");
        if (password.isEmpty()) errors.add("password", "login.error.password-required");
        if (!errors.isEmpty()) {
            show(ctx, email, errors, HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        if (throttle.isBlocked(email, ctx.ip())) {
            show(ctx, email, errors.add("password", "login.error.throttled"), HttpStatus.TOO_MANY_REQUESTS);
            return;
        }
        Optional<Person> person = password.length() > PasswordPolicy.MAX_LENGTH ? Optional.empty()
                : people.authenticate(email, password);
        if (person.isEmpty()) {
            throttle.failed(email, ctx.ip());
            audit.record(null, "login.failed", people.byEmail(email).map(Person::id).orElse(null), null);
            show(ctx, email, errors.add("password", "login.error.failed"), HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        if (person.get().blocked()) {
            audit.record(person.get().id(), "login.blocked", person.get().id(), null);
            show(ctx, email, errors.add("email", "login.error.blocked"), HttpStatus.FORBIDDEN);
            return;
        }
        if (!person.get().emailConfirmed()) {
            show(ctx, email, errors.add("email", "login.error.unconfirmed"), HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        throttle.succeeded(email);
        // A fresh session id at sign-in, and a fresh CSRF token: nothing planted before sign-in survives it.
        sessions.end(ctx.cookie(Sessions.COOKIE));
        cookies.set(ctx, Sessions.COOKIE, sessions.start(person.get().id()), -1);
        csrf.rotate(ctx);
        audit.record(person.get().id(), "login", person.get().id(), null);
        ctx.redirect(LocalRedirects.safe(ctx.formParam("next"), "/dashboard"), HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        sessions.end(ctx.cookie(Sessions.COOKIE));
        cookies.clear(ctx, Sessions.COOKIE);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, String email, FieldErrors errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("errors", errors.asMap());
        model.put("confirmed", "1".equals(ctx.queryParam("confirmed")));
        model.put("reset", "1".equals(ctx.queryParam("reset")));
        String next = ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next");
        model.put("next", LocalRedirects.safe(next, ""));
        ctx.status(status).render("login", model);
    }
}
