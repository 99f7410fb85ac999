package nl.plein.core.admin;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import nl.plein.core.plugin.PluginStatus;
import nl.plein.core.web.RoleRegistry;

/** Pages for platform administrators. */
public final class AdminPages {

    private final Supplier<java.util.List<PluginStatus>> plugins;
    private final RoleRegistry roles;

    public AdminPages(Supplier<java.util.List<PluginStatus>> plugins, RoleRegistry roles) {
        this.plugins = plugins;
        this.roles = roles;
    }

    public void overview(Context ctx) {
        ctx.render("admin/overview", Map.of("plugins", plugins.get()));
    }

    /** Every plugin found, with its version, state and, for those not running, why. */
    public void plugins(Context ctx) {
        ctx.render("admin/plugins", Map.of("plugins", plugins.get(), "roles", roles.all()));
    }
}
