package nl.plein.core.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.web.Forms;

/**
 * A person's own account: {@code /account} (profile: name, language, bio, organisations) and {@code /account/email}
 * (a new address takes effect only when the link mailed to it is used).
 */
public final class ProfilePages {

    static final int BIO_MAX = 2000;

    private final People people;
    private final Organisations organisations;
    private final EmailTokens tokens;
    private final AccountMail mail;
    private final AuditLog audit;
    private final URI baseUrl;

    public ProfilePages(People people, Organisations organisations, EmailTokens tokens, AccountMail mail,
                        AuditLog audit, URI baseUrl) {
        this.people = people;
        this.organisations = organisations;
        this.tokens = tokens;
        this.mail = mail;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    public void show(Context ctx) {
        Person person = current(ctx);
        render(ctx, HttpStatus.OK, Map.of("name", person.displayName(), "locale", person.locale(),
                "bio", person.bio() == null ? "" : person.bio()), new FieldErrors(), false);
    }

    public void update(Context ctx) {
        Person person = current(ctx);
        String name = Forms.text(ctx, "name", 201);
        String locale = Forms.text(ctx, "locale", 5);
        String bio = Forms.text(ctx, "bio", BIO_MAX + 1);
        FieldErrors errors = new FieldErrors();
        if (name.isEmpty()) errors.add("name", "register.error.name-required");
        else if (name.length() > 200) errors.add("name", "profile.error.name-too-long");
        if (!locale.equals("nl") && !locale.equals("en")) errors.add("locale", "profile.error.locale");
        if (bio.length() > BIO_MAX) errors.add("bio", "profile.error.bio-too-long");
        Map<String, String> form = Map.of("name", name, "locale", locale, "bio", bio);
        if (!errors.isEmpty()) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, form, errors, false);
            return;
        }
        people.updateProfile(person.id(), name, locale, bio.isEmpty() ? null : bio);
        render(ctx, HttpStatus.OK, form, errors, true);
    }

    public void emailForm(Context ctx) {
        renderEmail(ctx, HttpStatus.OK, "", new FieldErrors(), false);
    }

    public void requestEmailChange(Context ctx) {
        Person person = current(ctx);
        String email = Forms.text(ctx, "email", Forms.EMAIL_MAX + 1);
        String password = Forms.secret(ctx, "password");
        FieldErrors errors = new FieldErrors();
        if (!Forms.isEmail(email)) errors.add("email", "register.error.email-invalid");
        else if (People.normaliseEmail(email).equals(person.email())) errors.add("email", "email.error.same");
        if (!people.passwordMatches(person.id(), password)) errors.add("password", "password.error.current");
        if (!errors.isEmpty()) {
            renderEmail(ctx, HttpStatus.UNPROCESSABLE_CONTENT, email, errors, false);
            return;
        }
        // Whether the new address is taken is only checked when the link is used: telling it here would reveal
        // which addresses have an account.
        String token = tokens.issue(person.id(), EmailTokens.Purpose.EMAIL_CHANGE, People.normaliseEmail(email));
        mail.send(People.normaliseEmail(email), person.id(), Locale.forLanguageTag(person.locale()),
                "mail.email-change.subject", "mail/email-change",
                Map.of("name", person.displayName(), "url", baseUrl + "/account/email/" + token),
                "email-change-" + Tokens.hash(token));
        renderEmail(ctx, HttpStatus.OK, email, errors, true);
    }

    public void confirmEmailChangeForm(Context ctx) {
        boolean usable = tokens.isUsable(ctx.pathParam("token"), EmailTokens.Purpose.EMAIL_CHANGE);
        ctx.status(usable ? HttpStatus.OK : HttpStatus.NOT_FOUND).render("account/email-confirm",
                Map.of("usable", usable, "token", usable ? ctx.pathParam("token") : "", "taken", false));
    }

    public void confirmEmailChange(Context ctx) {
        Optional<EmailTokens.Used> used = tokens.use(ctx.pathParam("token"), EmailTokens.Purpose.EMAIL_CHANGE);
        if (used.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).render("account/email-confirm", Map.of("usable", false, "token", "",
                    "taken", false));
            return;
        }
        if (!people.changeEmail(used.get().personId(), used.get().newEmail())) {
            ctx.status(HttpStatus.CONFLICT).render("account/email-confirm", Map.of("usable", false, "token", "",
                    "taken", true));
            return;
        }
        audit.record(used.get().personId(), "email.changed", used.get().personId(), null);
        ctx.redirect("/account?email=changed", HttpStatus.SEE_OTHER);
    }

    private Person current(Context ctx) {
        return people.byId(Visitor.of(ctx).personId()).orElseThrow(NotFoundResponse::new);
    }

    private void render(Context ctx, HttpStatus status, Map<String, String> form, FieldErrors errors, boolean saved) {
        Person person = current(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("person", person);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("saved", saved);
        model.put("emailChanged", "changed".equals(ctx.queryParam("email")));
        model.put("memberships", organisations.membershipsOf(person.id()));
        ctx.status(status).render("account/profile", model);
    }

    private void renderEmail(Context ctx, HttpStatus status, String email, FieldErrors errors, boolean sent) {
        Map<String, Object> model = new HashMap<>();
        model.put("person", current(ctx));
        model.put("email", email);
        model.put("errors", errors.asMap());
        model.put("sent", sent);
        ctx.status(status).render("account/email", model);
    }
}
