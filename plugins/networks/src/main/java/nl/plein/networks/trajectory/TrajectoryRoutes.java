package nl.plein.networks.trajectory;

import nl.plein.api.Permission;
import nl.plein.api.Routes;
import nl.plein.networks.Networks;

/**
 * The local trajectories of a programme space. Every route is {@link Permission#PUBLIC}: the space's gate decides
 * (an open programme is read without an account), and the pages check the rest (see {@link TrajectoryPages}).
 */
public final class TrajectoryRoutes {

    private static final String BASE = "/spaces/{space}/trajectories";

    private TrajectoryRoutes() {
    }

    public static void register(Networks networks) {
        var context = networks.context();
        var pages = new TrajectoryPages(networks, new Trajectories(context.jdbi(), context.ids(), context.clock()));
        Routes routes = context.routes();
        routes.get(BASE, Permission.PUBLIC, pages::list);
        routes.post(BASE, Permission.PUBLIC, pages::create);
        routes.get(BASE + "/new", Permission.PUBLIC, pages::newForm);
        routes.get(BASE + "/{trajectory}", Permission.PUBLIC, pages::show);
        routes.get(BASE + "/{trajectory}/edit", Permission.PUBLIC, pages::editForm);
        routes.post(BASE + "/{trajectory}/edit", Permission.PUBLIC, pages::update);
        routes.post(BASE + "/{trajectory}/notes", Permission.PUBLIC, pages::addNote);
    }
}
