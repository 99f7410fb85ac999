package nl.plein.networks.space;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Directory;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;

/**
 * The link in an invitation mail, {@code /networks/invitations/{token}}: anyone holding it sees which space it is
 * for and is asked to sign in (or create an account) first; a signed-in person chooses the organisation they
 * represent — or none — and accepts. The link is what admits, not the address it was sent to: core tells plugins no
 * one's address, and the mail went only there. A link that was used, has expired or never existed gets a page saying
 * so (never an error page). Template {@code networks/space/invitation}.
 */
final class InvitationPages {

    /** The invitation a link is for, with its space. */
    private record Opened(Invitation invitation, Space space) {
    }

    private final Networks networks;
    private final Invitations invitations;

    InvitationPages(Networks networks, Invitations invitations) {
        this.networks = networks;
        this.invitations = invitations;
    }

    void show(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<Opened> opened = usable(ctx, token);
        if (opened.isEmpty()) return;
        Visitor visitor = Visitor.of(ctx);
        List<OrganisationInfo> own = visitor.signedIn()
                ? networks.context().directory().organisationsOf(visitor.personId()) : List.of();
        render(ctx, HttpStatus.OK, token, opened.get(), own, own.isEmpty() ? "" : own.get(0).id(), new FieldErrors());
    }

    void accept(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<Opened> opened = usable(ctx, token);
        if (opened.isEmpty()) return;
        Visitor visitor = Visitor.of(ctx);
        String organisationId = FormText.of(ctx, "organisation");
        List<OrganisationInfo> own = networks.context().directory().organisationsOf(visitor.personId());
        if (!organisationId.isEmpty() && own.stream().noneMatch(o -> o.id().equals(organisationId))) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, token, opened.get(), own, organisationId,
                    new FieldErrors().add("organisation", "networks.space.error.organisation-not-yours"));
            return;
        }
        if (invitations.accept(token, visitor.personId(), organisationId.isEmpty() ? null : organisationId)
                .isEmpty()) {
            // Used a moment ago (a double click, or the link opened twice at once): the first one counted.
            unusable(ctx, "used");
            return;
        }
        ctx.redirect("/networks/spaces/" + opened.get().space().id() + "?joined=1", HttpStatus.SEE_OTHER);
    }

    /**
     * The invitation and its space when the link can be used; otherwise the page that says why (unknown, used,
     * expired — the last two without naming the space again) is rendered, and empty returned.
     */
    private Optional<Opened> usable(Context ctx, String token) {
        Optional<Opened> opened = invitations.byToken(token)
                .flatMap(i -> networks.spaces().find(i.spaceId()).map(s -> new Opened(i, s)));
        if (opened.isEmpty()) {
            unusable(ctx, "unknown");
            return opened;
        }
        switch (opened.get().invitation().state(networks.context().clock().instant())) {
            case OPEN -> {
                return opened;
            }
            case USED -> unusable(ctx, "used");
            case EXPIRED -> unusable(ctx, "expired");
        }
        return Optional.empty();
    }

    private void render(Context ctx, HttpStatus status, String token, Opened opened, List<OrganisationInfo> own,
                        String chosen, FieldErrors errors) {
        Visitor visitor = Visitor.of(ctx);
        Directory directory = networks.context().directory();
        Invitation invitation = opened.invitation();
        Map<String, Object> model = new HashMap<>();
        model.put("state", "open");
        model.put("token", token);
        model.put("space", opened.space());
        model.put("invitation", invitation);
        model.put("inviter", invitation.invitedBy() == null ? ""
                : directory.person(invitation.invitedBy()).map(Directory.PersonInfo::displayName).orElse(""));
        model.put("organisations", own);
        model.put("already", visitor.signedIn() ? networks.spaces().member(opened.space().id(), visitor.personId())
                .map(m -> m.role().code()).orElse("") : "");
        model.put("chosen", chosen);
        model.put("errors", errors.asMap());
        model.put("next", "/networks/invitations/" + token);
        ctx.status(status).render("networks/space/invitation", model);
    }

    private static void unusable(Context ctx, String state) {
        ctx.status("unknown".equals(state) ? HttpStatus.NOT_FOUND : HttpStatus.GONE)
                .render("networks/space/invitation", Map.of("state", state));
    }
}
