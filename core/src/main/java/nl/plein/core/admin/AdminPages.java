package nl.plein.core.admin;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import nl.plein.core.plugin.PluginStatus;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.web.Forms;
import nl.plein.core.web.RoleRegistry;

/** Pages for platform administrators. */
public final class AdminPages {

    private final Supplier<java.util.List<PluginStatus>> plugins;
    private final RoleRegistry roles;
    private final Organisations organisations;

    public AdminPages(Supplier<java.util.List<PluginStatus>> plugins, RoleRegistry roles, Organisations organisations) {
        this.plugins = plugins;
        this.roles = roles;
        this.organisations = organisations;
    }

    /** Every organisation, searchable; each links to its page, which administrators may manage. */
    public void organisations(Context ctx) {
        String q = Forms.query(ctx, "q", 100);
        int page = Forms.page(ctx);
        var found = organisations.search(q, page);
        ctx.render("admin/organisations", Map.of("organisations", found.stream().limit(Organisations.PAGE_SIZE).toList(),
                "q", q, "page", page, "hasNext", found.size() > Organisations.PAGE_SIZE));
    }

    public void overview(Context ctx) {
        ctx.render("admin/overview", Map.of("plugins", plugins.get()));
    }

    /** Every plugin found, with its version, state and, for those not running, why. */
    public void plugins(Context ctx) {
        ctx.render("admin/plugins", Map.of("plugins", plugins.get(), "roles", roles.all()));
    }
}
