package nl.plein.core.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plein.api.Role;
import nl.plein.api.Visitor;
import nl.plein.core.account.People;
import nl.plein.core.account.Person;
import nl.plein.core.account.Sessions;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.web.Forms;
import nl.plein.core.web.RoleRegistry;

/**
 * Administrators manage people: {@code /admin/people} (search), {@code /admin/people/{id}} (roles, block). Every
 * change is written to the audit log. Administrators cannot take away their own administrator role or block
 * themselves, so an installation cannot lock itself out by a slip.
 */
public final class PeopleAdminPages {

    static final int PAGE_SIZE = 50;

    private final People people;
    private final Sessions sessions;
    private final Organisations organisations;
    private final RoleRegistry roles;
    private final AuditLog audit;

    public PeopleAdminPages(People people, Sessions sessions, Organisations organisations, RoleRegistry roles,
                            AuditLog audit) {
        this.people = people;
        this.sessions = sessions;
        this.organisations = organisations;
        this.roles = roles;
        this.audit = audit;
    }

    public void list(Context ctx) {
        String q = Forms.query(ctx, "q", 100);
        int page = Forms.page(ctx);
        List<Person> found = people.search(q, page, PAGE_SIZE);
        ctx.render("admin/people", Map.of("people", found.stream().limit(PAGE_SIZE).toList(), "q", q, "page", page,
                "hasNext", found.size() > PAGE_SIZE));
    }

    public void show(Context ctx) {
        Person person = find(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("person", person);
        model.put("held", people.roles(person.id()));
        model.put("roles", roles.all());
        model.put("memberships", organisations.membershipsOf(person.id()));
        model.put("self", person.id().equals(Visitor.of(ctx).personId()));
        model.put("done", Optional.ofNullable(ctx.queryParam("done")).orElse(""));
        ctx.render("admin/person", model);
    }

    /** Sets exactly the ticked roles: grants the new ones, revokes the others. */
    public void updateRoles(Context ctx) {
        Person person = find(ctx);
        String actor = Visitor.of(ctx).personId();
        Set<String> wanted = new HashSet<>(ctx.formParams("role"));
        Set<String> held = people.roles(person.id());
        for (Role role : roles.all()) {
            boolean self = person.id().equals(actor) && role.id().equals(Role.ADMINISTRATOR);
            if (wanted.contains(role.id()) && !held.contains(role.id())) {
                people.grant(person.id(), role.id());
                audit.record(actor, "role.granted", person.id(), role.id());
            } else if (!wanted.contains(role.id()) && held.contains(role.id()) && !self) {
                people.revoke(person.id(), role.id());
                audit.record(actor, "role.revoked", person.id(), role.id());
            }
        }
        ctx.redirect("/admin/people/" + person.id() + "?done=roles", HttpStatus.SEE_OTHER);
    }

    public void block(Context ctx) {
        setBlocked(ctx, true);
    }

    public void unblock(Context ctx) {
        setBlocked(ctx, false);
    }

    private void setBlocked(Context ctx, boolean blocked) {
        Person person = find(ctx);
        String actor = Visitor.of(ctx).personId();
        if (person.id().equals(actor)) {
            ctx.redirect("/admin/people/" + person.id() + "?done=self", HttpStatus.SEE_OTHER);
            return;
        }
        people.setBlocked(person.id(), blocked);
        if (blocked) sessions.endAll(person.id());
        audit.record(actor, blocked ? "person.blocked" : "person.unblocked", person.id(), null);
        ctx.redirect("/admin/people/" + person.id() + "?done=" + (blocked ? "blocked" : "unblocked"), HttpStatus.SEE_OTHER);
    }

    private Person find(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 36) throw new NotFoundResponse();
        return people.byId(id).orElseThrow(NotFoundResponse::new);
    }
}
