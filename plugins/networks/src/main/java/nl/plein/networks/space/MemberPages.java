package nl.plein.networks.space;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;

/**
 * Who is in a space: invitations by mail, deciding requests to join, changing a role, removing someone (those who
 * manage the members: coordinators and platform administrators) and leaving (anyone in it). A space keeps at least
 * one coordinator. Changes count from the next request on: {@link Standing} is read from the database every time.
 */
final class MemberPages {

    static final int MAX_EMAIL = 254;

    private final Networks networks;
    private final Memberships memberships;
    private final Invitations invitations;
    private final JoinRequests joinRequests;
    private final DirectoryPage directory;
    private final SpaceMails mails;

    MemberPages(Networks networks, Memberships memberships, Invitations invitations, JoinRequests joinRequests,
                DirectoryPage directory, SpaceMails mails) {
        this.networks = networks;
        this.memberships = memberships;
        this.invitations = invitations;
        this.joinRequests = joinRequests;
        this.directory = directory;
        this.mails = mails;
    }

    /** {@code POST .../invitations}: mails a link that works once, for 14 days. */
    void invite(Context ctx) {
        Standing standing = manager(ctx);
        String email = FormText.of(ctx, "email").strip();
        String role = FormText.of(ctx, "role");
        FieldErrors errors = new FieldErrors();
        if (email.isEmpty()) {
            errors.add("email", "networks.space.error.email-required");
        } else if (email.length() > MAX_EMAIL || !email.matches("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+")) {
            errors.add("email", "networks.space.error.email-invalid");
        }
        Optional<SpaceRole> invitedAs = SpaceRole.of(role).filter(r -> DirectoryPage.APPOINTABLE.contains(r.code()));
        if (invitedAs.isEmpty()) errors.add("role", "networks.space.error.role-invalid");
        if (!errors.isEmpty()) {
            directory.render(ctx, standing, HttpStatus.UNPROCESSABLE_CONTENT, Map.of("email", email, "role", role),
                    errors);
            return;
        }
        Visitor visitor = Visitor.of(ctx);
        Invitations.Issued issued = invitations.invite(standing.space().id(), email.toLowerCase(Locale.ROOT),
                invitedAs.get(), visitor.personId());
        mails.invitation(issued, standing.space(), visitor.displayName(), visitor.locale());
        ctx.redirect(membersPath(standing) + "?invited=1#invitations", HttpStatus.SEE_OTHER);
    }

    void approve(Context ctx) {
        decide(ctx, true);
    }

    void decline(Context ctx) {
        decide(ctx, false);
    }

    /** The person hears either way; a request decided by another coordinator a moment ago is said to be so. */
    private void decide(Context ctx, boolean approve) {
        Standing standing = manager(ctx);
        Space space = standing.space();
        JoinRequest request = joinRequests.find(space.id(), ctx.pathParam("request"))
                .orElseThrow(NotFoundResponse::new);
        boolean decided = request.isPending()
                && joinRequests.decide(space.id(), request.id(), approve, Visitor.of(ctx).personId());
        if (!decided) {
            RefusedPage.render(ctx, HttpStatus.CONFLICT, space, "networks.space.refused.decided",
                    membersPath(standing));
            return;
        }
        mails.joinDecided(space, request, approve);
        ctx.redirect(membersPath(standing) + (approve ? "?approved=1" : "?declined=1"), HttpStatus.SEE_OTHER);
    }

    /** {@code POST .../members/{person}/role}: member, chair or coordinator. */
    void changeRole(Context ctx) {
        Standing standing = manager(ctx);
        Optional<SpaceRole> role = SpaceRole.of(ctx.formParam("role"))
                .filter(r -> DirectoryPage.APPOINTABLE.contains(r.code()));
        if (role.isEmpty()) {
            RefusedPage.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing.space(),
                    "networks.space.error.role-invalid", membersPath(standing));
            return;
        }
        switch (memberships.changeRole(standing.space().id(), ctx.pathParam("person"), role.get())) {
            case NOT_IN_SPACE -> throw new NotFoundResponse();
            case LAST_COORDINATOR -> RefusedPage.render(ctx, HttpStatus.CONFLICT, standing.space(),
                    "networks.space.refused.last-coordinator-role", membersPath(standing));
            case DONE -> ctx.redirect(membersPath(standing) + "?role=1", HttpStatus.SEE_OTHER);
        }
    }

    /** {@code POST .../members/{person}/remove}: out at once; their organisation too when no one else represents it. */
    void remove(Context ctx) {
        Standing standing = manager(ctx);
        String person = ctx.pathParam("person");
        switch (memberships.remove(standing.space().id(), person)) {
            case NOT_IN_SPACE -> throw new NotFoundResponse();
            case LAST_COORDINATOR -> RefusedPage.render(ctx, HttpStatus.CONFLICT, standing.space(),
                    "networks.space.refused.last-coordinator-remove", membersPath(standing));
            case DONE -> ctx.redirect(person.equals(Visitor.of(ctx).personId()) ? "/networks?left=1"
                    : membersPath(standing) + "?removed=1", HttpStatus.SEE_OTHER);
        }
    }

    /** {@code POST .../leave}: anyone in the space, except its last coordinator. */
    void leave(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        String back = "/networks/spaces/" + standing.space().id();
        switch (memberships.remove(standing.space().id(), Visitor.of(ctx).personId())) {
            case NOT_IN_SPACE -> RefusedPage.render(ctx, HttpStatus.CONFLICT, standing.space(),
                    "networks.space.refused.not-in", back);
            case LAST_COORDINATOR -> RefusedPage.render(ctx, HttpStatus.CONFLICT, standing.space(),
                    "networks.space.refused.last-coordinator-leave", back);
            case DONE -> ctx.redirect("/networks?left=1", HttpStatus.SEE_OTHER);
        }
    }

    /** Coordinators of the space, and platform administrators; everyone else is refused as the gate does. */
    private Standing manager(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        if (!standing.mayManageMembers()) SpaceGate.refuse(ctx);
        return standing;
    }

    private static String membersPath(Standing standing) {
        return "/networks/spaces/" + standing.space().id() + "/members";
    }
}
