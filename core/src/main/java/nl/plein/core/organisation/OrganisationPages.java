package nl.plein.core.organisation;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Permission;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.core.account.AccountMail;
import nl.plein.core.account.People;
import nl.plein.core.account.Person;
import nl.plein.core.account.Tokens;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.web.Forms;

/**
 * Organisation pages: the public directory and profiles ({@code /organisations}, {@code /organisations/{id}}),
 * creating and editing, and managing members and invitations. Who may manage an organisation is decided here, in
 * {@link #requireManager}: its own administrators and platform administrators.
 */
public final class OrganisationPages {

    private final Organisations organisations;
    private final Invitations invitations;
    private final People people;
    private final AccountMail mail;
    private final AuditLog audit;
    private final URI baseUrl;

    public OrganisationPages(Organisations organisations, Invitations invitations, People people, AccountMail mail,
                             AuditLog audit, URI baseUrl) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.people = people;
        this.mail = mail;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    public void list(Context ctx) {
        String q = Forms.query(ctx, "q", 100);
        int page = Forms.page(ctx);
        List<Organisation> found = organisations.search(q, page);
        ctx.render("organisations/list", Map.of("organisations", found.stream().limit(Organisations.PAGE_SIZE).toList(),
                "q", q, "page", page, "hasNext", found.size() > Organisations.PAGE_SIZE));
    }

    public void show(Context ctx) {
        Organisation organisation = find(ctx);
        Visitor visitor = Visitor.of(ctx);
        Optional<Membership> own = organisations.membership(organisation.id(), visitor.personId());
        boolean insider = own.isPresent() || visitor.may(Permission.ADMINISTER);
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", organisation);
        model.put("membership", own.orElse(null));
        model.put("mayManage", mayManage(visitor, organisation.id()));
        // Who belongs to an organisation is shown to its members only.
        model.put("members", insider ? organisations.members(organisation.id()) : List.of());
        model.put("left", "1".equals(ctx.queryParam("left")));
        ctx.render("organisations/show", model);
    }

    public void newForm(Context ctx) {
        renderForm(ctx, HttpStatus.OK, null, Map.of("name", "", "kind", "", "municipality", "", "province", "",
                "website", "", "description", ""), new FieldErrors());
    }

    public void create(Context ctx) {
        Map<String, String> typed = OrganisationForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        OrganisationForm form = OrganisationForm.validate(typed, errors);
        if (form == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, typed, errors);
            return;
        }
        Organisation created = organisations.create(form, Visitor.of(ctx).personId());
        audit.record(Visitor.of(ctx).personId(), "organisation.created", created.id(), null);
        ctx.redirect("/organisations/" + created.id(), HttpStatus.SEE_OTHER);
    }

    public void editForm(Context ctx) {
        Organisation organisation = find(ctx);
        requireManager(ctx, organisation.id());
        renderForm(ctx, HttpStatus.OK, organisation, OrganisationForm.of(organisation), new FieldErrors());
    }

    public void update(Context ctx) {
        Organisation organisation = find(ctx);
        requireManager(ctx, organisation.id());
        Map<String, String> typed = OrganisationForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        OrganisationForm form = OrganisationForm.validate(typed, errors);
        if (form == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, organisation, typed, errors);
            return;
        }
        organisations.update(organisation.id(), form);
        ctx.redirect("/organisations/" + organisation.id(), HttpStatus.SEE_OTHER);
    }

    public void members(Context ctx) {
        Organisation organisation = find(ctx);
        requireManager(ctx, organisation.id());
        renderMembers(ctx, HttpStatus.OK, organisation, Map.of("email", "", "role", Membership.MEMBER),
                new FieldErrors(), ctx.queryParam("done"));
    }

    public void invite(Context ctx) {
        Organisation organisation = find(ctx);
        requireManager(ctx, organisation.id());
        String email = Forms.text(ctx, "email", Forms.EMAIL_MAX + 1);
        String role = Forms.text(ctx, "role", 10);
        FieldErrors errors = new FieldErrors();
        if (!Forms.isEmail(email)) errors.add("email", "register.error.email-invalid");
        if (!role.equals(Membership.ADMIN) && !role.equals(Membership.MEMBER)) errors.add("role", "organisation.error.role");
        if (!errors.isEmpty()) {
            renderMembers(ctx, HttpStatus.UNPROCESSABLE_CONTENT, organisation, Map.of("email", email, "role", role),
                    errors, null);
            return;
        }
        Visitor visitor = Visitor.of(ctx);
        String token = invitations.invite(organisation.id(), email, role, visitor.personId());
        Locale locale = people.byEmail(email).map(p -> Locale.forLanguageTag(p.locale())).orElse(visitor.locale());
        mail.send(People.normaliseEmail(email), people.byEmail(email).map(Person::id).orElse(null), locale,
                "mail.invitation.subject", "mail/invitation", Map.of("organisation", organisation.name(),
                        "inviter", visitor.displayName(), "url", baseUrl + "/invitations/" + token),
                "invitation-" + Tokens.hash(token), organisation.name());
        audit.record(visitor.personId(), "organisation.invited", organisation.id(), "role=" + role);
        ctx.redirect("/organisations/" + organisation.id() + "/members?done=invited", HttpStatus.SEE_OTHER);
    }

    public void changeRole(Context ctx) {
        Organisation organisation = find(ctx);
        requireManager(ctx, organisation.id());
        String personId = ctx.pathParam("person");
        String role = Forms.text(ctx, "role", 10);
        if (organisations.membership(organisation.id(), personId).isEmpty()) throw new NotFoundResponse();
        if (!role.equals(Membership.ADMIN) && !role.equals(Membership.MEMBER)) throw new io.javalin.http.BadRequestResponse();
        boolean changed = organisations.setRole(organisation.id(), personId, role);
        audit.record(Visitor.of(ctx).personId(), "organisation.role-changed", personId, "role=" + role);
        ctx.redirect("/organisations/" + organisation.id() + "/members?done=" + (changed ? "role" : "last-admin"),
                HttpStatus.SEE_OTHER);
    }

    public void removeMember(Context ctx) {
        Organisation organisation = find(ctx);
        requireManager(ctx, organisation.id());
        String personId = ctx.pathParam("person");
        if (organisations.membership(organisation.id(), personId).isEmpty()) throw new NotFoundResponse();
        boolean removed = organisations.remove(organisation.id(), personId);
        audit.record(Visitor.of(ctx).personId(), "organisation.member-removed", personId, null);
        ctx.redirect("/organisations/" + organisation.id() + "/members?done=" + (removed ? "removed" : "last-admin"),
                HttpStatus.SEE_OTHER);
    }

    public void leave(Context ctx) {
        Organisation organisation = find(ctx);
        String personId = Visitor.of(ctx).personId();
        if (organisations.membership(organisation.id(), personId).isEmpty()) throw new NotFoundResponse();
        if (!organisations.remove(organisation.id(), personId)) {
            ctx.status(HttpStatus.CONFLICT).render("organisations/last-admin", Map.of("organisation", organisation));
            return;
        }
        ctx.redirect("/organisations/" + organisation.id() + "?left=1", HttpStatus.SEE_OTHER);
    }

    public void invitation(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<Invitations.Invitation> invitation = invitations.open(token);
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("usable", invitation.isPresent());
        invitation.flatMap(i -> organisations.find(i.organisationId())).ifPresent(o -> model.put("organisation", o));
        Visitor visitor = Visitor.of(ctx);
        boolean forThisPerson = invitation.isPresent() && visitor.signedIn() && people.byId(visitor.personId())
                .map(p -> p.email().equals(invitation.get().email())).orElse(false);
        model.put("forThisPerson", forThisPerson);
        model.put("next", "/invitations/" + token);
        ctx.status(invitation.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND).render("organisations/invitation", model);
    }

    public void acceptInvitation(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<Invitations.Invitation> invitation = invitations.open(token);
        Visitor visitor = Visitor.of(ctx);
        Person person = people.byId(visitor.personId()).orElseThrow(NotFoundResponse::new);
        if (invitation.isEmpty()) throw new NotFoundResponse();
        if (!person.email().equals(invitation.get().email())) throw new ForbiddenResponse();
        if (invitations.accept(token)) {
            organisations.join(invitation.get().organisationId(), person.id(), invitation.get().role());
            audit.record(person.id(), "organisation.joined", invitation.get().organisationId(), null);
        }
        ctx.redirect("/organisations/" + invitation.get().organisationId(), HttpStatus.SEE_OTHER);
    }

    private Organisation find(Context ctx) {
        return organisations.find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    }

    private boolean mayManage(Visitor visitor, String organisationId) {
        return visitor.may(Permission.ADMINISTER) || organisations.membership(organisationId, visitor.personId())
                .map(Membership::isAdmin).orElse(false);
    }

    private void requireManager(Context ctx, String organisationId) {
        if (!mayManage(Visitor.of(ctx), organisationId)) throw new ForbiddenResponse();
    }

    private void renderForm(Context ctx, HttpStatus status, Organisation organisation, Map<String, String> form,
                            FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", organisation);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("kinds", Arrays.stream(OrganisationKind.values()).map(OrganisationKind::code).toList());
        model.put("provinces", Organisation.PROVINCES);
        ctx.status(status).render("organisations/form", model);
    }

    private void renderMembers(Context ctx, HttpStatus status, Organisation organisation, Map<String, String> form,
                               FieldErrors errors, String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", organisation);
        model.put("members", organisations.members(organisation.id()));
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("done", done == null ? "" : done);
        ctx.status(status).render("organisations/members", model);
    }
}
