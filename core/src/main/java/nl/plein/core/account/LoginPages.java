package nl.plein.core.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.core.web.Cookies;
import nl.plein.core.web.CsrfProtection;
import nl.plein.core.web.LocalRedirects;

/** Signing in and out. */
public final class LoginPages {

    private final People people;
    private final Sessions sessions;
    private final Cookies cookies;
    private final CsrfProtection csrf;

    public LoginPages(People people, Sessions sessions, Cookies cookies, CsrfProtection csrf) {
        this.people = people;
        this.sessions = sessions;
        this.cookies = cookies;
        this.csrf = csrf;
    }

    public void form(Context ctx) {
        show(ctx, "", new FieldErrors(), HttpStatus.OK);
    }

    public void login(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        FieldErrors errors = new FieldErrors();
        if (email.isEmpty()) errors.add("email", "login.error.email-required");
        if (password.isEmpty()) errors.add("password", "login.error.password-required");
        if (email.length() > 320 || password.length() > 1000) errors.add("email", "login.error.failed");
        if (!errors.isEmpty()) {
            show(ctx, email, errors, HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        Optional<Person> person = people.authenticate(email, password);
        if (person.isEmpty()) {
            // One message for unknown address and wrong password alike: the form must not reveal who has an account.
            show(ctx, email, errors.add("password", "login.error.failed"), HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        // A fresh session id at sign-in, and a fresh CSRF token: nothing planted before sign-in survives it.
        sessions.end(ctx.cookie(Sessions.COOKIE));
        cookies.set(ctx, Sessions.COOKIE, sessions.start(person.get().id()), -1);
        csrf.rotate(ctx);
        ctx.redirect(LocalRedirects.safe(ctx.formParam("next"), "/dashboard"), HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        sessions.end(ctx.cookie(Sessions.COOKIE));
        cookies.clear(ctx, Sessions.COOKIE);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, String email, FieldErrors errors, HttpStatus status) {
        if (Visitor.of(ctx).signedIn() && errors.isEmpty()) {
            ctx.redirect("/dashboard", HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("errors", errors.asMap());
        model.put("next", LocalRedirects.safe(ctx.queryParam("next") != null ? ctx.queryParam("next")
                : ctx.formParam("next"), ""));
        ctx.status(status).render("login", model);
    }
}
