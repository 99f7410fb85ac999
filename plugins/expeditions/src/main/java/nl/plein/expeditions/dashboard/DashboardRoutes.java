package nl.plein.expeditions.dashboard;

import nl.plein.api.Permission;
import nl.plein.api.PluginContext;
import nl.plein.expeditions.ExpeditionPermissions;
import nl.plein.expeditions.expedition.ExpeditionPages;
import nl.plein.expeditions.expedition.ExpeditionRepository;

/**
 * The dashboards' routes: the leader's group dashboard, the programme manager's overview and export, and the
 * observer's totals. They read the progress tables directly and write nothing.
 *
 * <p>Javalin serves the first route that matches, so {@code /programme}, {@code /programme.csv} and
 * {@code /figures} must be declared before the plugin's {@code GET /{id}}; otherwise that route takes them for an
 * expedition's id and answers 404. Call {@link #register} before the expedition routes.
 */
public final class DashboardRoutes {

    private DashboardRoutes() {
    }

    /**
     * Declares the routes.
     *
     * @param expeditions unused for now: the dashboards find their expedition, and the visitor's standing in it,
     *                    through {@code pages}; part of the signature so every feature registers alike
     */
    public static void register(PluginContext context, ExpeditionRepository expeditions, ExpeditionPages pages) {
        var group = new GroupDashboard(new GroupProgress(context.jdbi()), pages, context.directory(), context.messages());
        var programme = new ProgrammePages(new ProgrammeFigures(context.jdbi()), context.directory(),
                context.messages(), context.clock());
        context.routes()
                .get("/programme", ExpeditionPermissions.MANAGE_PROGRAMME, programme::overview)
                .get("/programme.csv", ExpeditionPermissions.MANAGE_PROGRAMME, programme::export)
                .get("/figures", ExpeditionPermissions.OBSERVE, programme::figures)
                // Leaders of this expedition and overseers; checked in the handler through ExpeditionAccess.
                .get("/{id}/dashboard", Permission.SIGNED_IN, group::show);
    }
}
