package nl.plein.networks.space;

import nl.plein.api.Permission;
import nl.plein.api.PluginContext;
import nl.plein.networks.Networks;
import nl.plein.networks.NetworksPermissions;

/**
 * Spaces and membership: the list of spaces, creating and editing a space, its front page, the member directory,
 * invitations, requests to join, leaving and removing. Pages anyone may ask for are {@code PUBLIC} and the gate
 * ({@link SpaceGate}) decides per space; what needs an account anyway is {@code SIGNED_IN}, and the handler checks
 * the visitor's {@link Standing} in that space.
 */
public final class SpaceRoutes {

    private SpaceRoutes() {
    }

    public static void register(Networks networks) {
        PluginContext context = networks.context();
        var memberships = new Memberships(context.jdbi(), context.clock());
        var invitations = new Invitations(context.jdbi(), context.ids(), context.clock(), memberships);
        var joinRequests = new JoinRequests(context.jdbi(), context.ids(), context.clock(), memberships);
        var mails = new SpaceMails(context);
        var list = new SpaceListPage(networks, memberships, joinRequests);
        var forms = new SpaceFormPages(networks, new SpaceChanges(context.jdbi(), context.clock()));
        var front = new FrontPage(networks, new RecentActivity(context.jdbi(), context.clock()), joinRequests);
        var joining = new JoinPages(networks, joinRequests, front, mails);
        var directory = new DirectoryPage(networks, joinRequests, invitations);
        var members = new MemberPages(networks, memberships, invitations, joinRequests, directory, mails);
        var invitationPages = new InvitationPages(networks, invitations);

        // "new" before "{space}": routes match in the order they are declared.
        context.routes()
                .get("/", Permission.PUBLIC, list::show)
                .get("/spaces/new", NetworksPermissions.CREATE_SPACE, forms::newForm)
                .post("/spaces/new", NetworksPermissions.CREATE_SPACE, forms::create)
                .get("/spaces/{space}", Permission.PUBLIC, front::show)
                .get("/spaces/{space}/edit", Permission.SIGNED_IN, forms::editForm)
                .post("/spaces/{space}/edit", Permission.SIGNED_IN, forms::update)
                .post("/spaces/{space}/join", Permission.SIGNED_IN, joining::join)
                .post("/spaces/{space}/leave", Permission.SIGNED_IN, members::leave)
                .get("/spaces/{space}/members", Permission.SIGNED_IN, directory::show)
                .post("/spaces/{space}/invitations", Permission.SIGNED_IN, members::invite)
                .post("/spaces/{space}/join-requests/{request}/approve", Permission.SIGNED_IN, members::approve)
                .post("/spaces/{space}/join-requests/{request}/decline", Permission.SIGNED_IN, members::decline)
                .post("/spaces/{space}/members/{person}/role", Permission.SIGNED_IN, members::changeRole)
                .post("/spaces/{space}/members/{person}/remove", Permission.SIGNED_IN, members::remove)
                .get("/invitations/{token}", Permission.PUBLIC, invitationPages::show)
                .post("/invitations/{token}", Permission.SIGNED_IN, invitationPages::accept);
    }
}
