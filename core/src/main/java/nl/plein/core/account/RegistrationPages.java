package nl.plein.core.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.web.Forms;

/**
 * Signing up: {@code GET/POST /register}, then the link in the confirmation mail, {@code GET/POST
 * /account/confirm/{token}}. Registering an address that already has an account shows the same page as a new one
 * (and mails the owner), so the form never tells which addresses have an account.
 */
public final class RegistrationPages {

    private final People people;
    private final EmailTokens tokens;
    private final AccountMail mail;
    private final AuditLog audit;
    private final URI baseUrl;
    private final Clock clock;

    public RegistrationPages(People people, EmailTokens tokens, AccountMail mail, AuditLog audit, URI baseUrl,
                             Clock clock) {
        this.clock = clock;
        this.people = people;
        this.tokens = tokens;
        this.mail = mail;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    public void form(Context ctx) {
        if (Visitor.of(ctx).signedIn()) {
            ctx.redirect("/account", HttpStatus.SEE_OTHER);
            return;
        }
        show(ctx, Map.of("name", "", "email", ""), new FieldErrors(), HttpStatus.OK);
    }

    public void register(Context ctx) {
        String name = Forms.text(ctx, "name", 200);
        String email = Forms.text(ctx, "email", Forms.EMAIL_MAX + 1);
        String password = Forms.secret(ctx, "password");
        FieldErrors errors = new FieldErrors();
        if (name.isEmpty()) errors.add("name", "register.error.name-required");
        if (email.isEmpty()) errors.add("email", "register.error.email-required");
        else if (!Forms.isEmail(email)) errors.add("email", "register.error.email-invalid");
        PasswordPolicy.problem(password, email).ifPresent(problem -> errors.add("password", problem));
        if (!errors.isEmpty()) {
            show(ctx, Map.of("name", name, "email", email), errors, HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        Locale locale = Visitor.of(ctx).locale();
        Optional<Person> existing = people.byEmail(email);
        if (existing.isPresent()) {
            Person owner = existing.get();
            mail.send(owner.email(), owner.id(), Locale.forLanguageTag(owner.locale()), "mail.already-registered.subject",
                    "mail/already-registered", Map.of("name", owner.displayName(), "resetUrl", link("/account/forgot")),
                    // At most one such mail an hour, however often someone tries the address.
                    "already-registered-" + owner.id() + "-" + clock.millis() / 3_600_000);
        } else {
            Person person = people.register(email, name, password, locale.getLanguage());
            sendConfirmation(person);
            audit.record(person.id(), "account.registered", person.id(), null);
        }
        ctx.status(HttpStatus.OK).render("account/check-mail", Map.of("email", People.normaliseEmail(email)));
    }

    void sendConfirmation(Person person) {
        String token = tokens.issue(person.id(), EmailTokens.Purpose.CONFIRM, null);
        mail.send(person.email(), person.id(), Locale.forLanguageTag(person.locale()), "mail.confirm.subject",
                "mail/confirm", Map.of("name", person.displayName(), "url", link("/account/confirm/" + token)),
                "confirm-" + Tokens.hash(token));
    }

    /** Shows a button rather than confirming on GET: mail scanners open links, people press buttons. */
    public void confirmForm(Context ctx) {
        boolean usable = tokens.isUsable(ctx.pathParam("token"), EmailTokens.Purpose.CONFIRM);
        ctx.status(usable ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .render("account/confirm", Map.of("usable", usable, "token", usable ? ctx.pathParam("token") : ""));
    }

    public void confirm(Context ctx) {
        Optional<EmailTokens.Used> used = tokens.use(ctx.pathParam("token"), EmailTokens.Purpose.CONFIRM);
        if (used.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).render("account/confirm", Map.of("usable", false, "token", ""));
            return;
        }
        people.confirmEmail(used.get().personId());
        audit.record(used.get().personId(), "account.confirmed", used.get().personId(), null);
        ctx.redirect("/login?confirmed=1", HttpStatus.SEE_OTHER);
    }

    private String link(String path) {
        return baseUrl + path;
    }

    private void show(Context ctx, Map<String, String> form, FieldErrors errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("minLength", PasswordPolicy.MIN_LENGTH);
        ctx.status(status).render("account/register", model);
    }
}
