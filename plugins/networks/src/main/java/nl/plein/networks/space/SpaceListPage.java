package nl.plein.networks.space;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import nl.plein.api.Markdown;
import nl.plein.api.Visitor;
import nl.plein.networks.Networks;
import nl.plein.networks.NetworksPermissions;

/**
 * {@code GET /networks}: the spaces the visitor may know of ({@link Spaces#listed}) — open and members-only ones for
 * everyone, secret ones only for those in them and administrators — with the visitor's role in each. Three
 * statements whatever the number of spaces. Template {@code networks/space/list}.
 */
final class SpaceListPage {

    /** A space as a line of the list. */
    record Line(Space space, String excerptHtml, String role, int waiting) {
    }

    private final Networks networks;
    private final Memberships memberships;
    private final JoinRequests joinRequests;

    SpaceListPage(Networks networks, Memberships memberships, JoinRequests joinRequests) {
        this.networks = networks;
        this.memberships = memberships;
        this.joinRequests = joinRequests;
    }

    void show(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        List<Space> spaces = networks.spaces().listed(visitor);
        Map<String, SpaceRole> roles = visitor.signedIn() ? memberships.rolesOf(visitor.personId()) : Map.of();
        Map<String, Integer> waiting = visitor.signedIn() ? joinRequests.waitingFor(visitor.personId()) : Map.of();
        Markdown markdown = networks.context().markdown();
        List<Line> lines = spaces.stream().map(s -> new Line(s, markdown.toSafeHtml(excerpt(s.description())),
                roles.containsKey(s.id()) ? roles.get(s.id()).code() : "", waiting.getOrDefault(s.id(), 0))).toList();
        ctx.render("networks/space/list", Map.of("spaces", lines,
                "mayCreate", visitor.may(NetworksPermissions.CREATE_SPACE),
                "notice", "1".equals(ctx.queryParam("left")) ? "left" : ""));
    }

    /** The first paragraph, at most about 280 characters, cut between words. */
    static String excerpt(String description) {
        String first = description.strip().split("\\R\\s*\\R", 2)[0].strip();
        if (first.length() <= 280) return first;
        int cut = first.lastIndexOf(' ', 280);
        if (cut < 200) cut = Character.isHighSurrogate(first.charAt(279)) ? 279 : 280;
        return first.substring(0, cut).strip() + " …";
    }
}
