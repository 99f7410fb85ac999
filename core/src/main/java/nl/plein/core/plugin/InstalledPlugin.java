package nl.plein.core.plugin;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import nl.plein.api.HomeBlock;
import nl.plein.api.Jobs;
import nl.plein.api.NavigationEntry;
import nl.plein.api.Permission;
import nl.plein.api.Role;
import nl.plein.api.hooks.DashboardWidget;
import nl.plein.api.hooks.DemoData;
import nl.plein.api.hooks.ScaleData;
import nl.plein.api.hooks.PersonalDataProvider;
import nl.plein.api.hooks.SearchProvider;

/**
 * A plugin whose install succeeded, with everything it contributed. Only installed plugins are wired into the
 * server, so a failed plugin leaves no trace.
 */
public record InstalledPlugin(
        String id,
        ClassLoader classLoader,
        List<RouteSpec> routes,
        List<NavigationEntry> navigation,
        List<HomeBlock> homeBlocks,
        List<Role> roles,
        List<SearchProvider> searchProviders,
        List<PersonalDataProvider> personalData,
        List<DashboardWidget> widgets,
        List<DemoData> demoData,
        List<ScaleData> scaleData,
        Map<String, Jobs.JobHandler> jobHandlers,
        List<Subscription<?>> subscriptions) {

    /** A route as the plugin declared it, with its full path. */
    public record RouteSpec(HandlerType method, String path, Permission permission, Handler handler) {
    }

    /** An event subscription, activated only when the plugin installed successfully. */
    public record Subscription<E>(Class<E> type, java.util.function.Consumer<? super E> subscriber) {
    }
}
