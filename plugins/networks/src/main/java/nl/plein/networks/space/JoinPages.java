package nl.plein.networks.space;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;

/**
 * {@code POST /networks/spaces/{space}/join}: a signed-in outsider of an open or members-only space asks to join,
 * for one of their organisations or none; the coordinators hear of it by mail. A secret space cannot be asked for:
 * to an outsider it does not exist (404), and its own people are in it already.
 */
final class JoinPages {

    static final int MAX_MESSAGE = 2000;

    private final Networks networks;
    private final JoinRequests joinRequests;
    private final FrontPage front;
    private final SpaceMails mails;

    JoinPages(Networks networks, JoinRequests joinRequests, FrontPage front, SpaceMails mails) {
        this.networks = networks;
        this.joinRequests = joinRequests;
        this.front = front;
        this.mails = mails;
    }

    void join(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        Space space = standing.space();
        if (space.visibility() == Visibility.SECRET) throw new NotFoundResponse();
        if (standing.role() != null) {
            RefusedPage.render(ctx, HttpStatus.CONFLICT, space, "networks.space.refused.already-in",
                    "/networks/spaces/" + space.id());
            return;
        }
        Visitor visitor = Visitor.of(ctx);
        String organisationId = FormText.of(ctx, "organisation");
        String message = FormText.of(ctx, "message").strip();
        List<OrganisationInfo> own = networks.context().directory().organisationsOf(visitor.personId());
        Optional<OrganisationInfo> organisation = own.stream().filter(o -> o.id().equals(organisationId)).findFirst();
        FieldErrors errors = new FieldErrors();
        if (!organisationId.isEmpty() && organisation.isEmpty()) {
            errors.add("organisation", "networks.space.error.organisation-not-yours");
        }
        if (message.codePointCount(0, message.length()) > MAX_MESSAGE) {
            errors.add("message", "networks.space.error.message-too-long");
        }
        if (!errors.isEmpty()) {
            front.render(ctx, standing, HttpStatus.UNPROCESSABLE_CONTENT,
                    Map.of("organisation", organisationId, "message", message), errors);
            return;
        }
        joinRequests.request(space.id(), visitor.personId(), organisation.map(OrganisationInfo::id).orElse(null),
                message).ifPresent(request -> mails.joinRequested(space, request, visitor.displayName(),
                organisation.map(OrganisationInfo::name).orElse(null), coordinators(space.id())));
        ctx.redirect("/networks/spaces/" + space.id() + "?requested=1", HttpStatus.SEE_OTHER);
    }

    private List<String> coordinators(String spaceId) {
        return networks.spaces().members(spaceId).stream().filter(m -> m.role() == SpaceRole.COORDINATOR)
                .map(Member::personId).toList();
    }
}
