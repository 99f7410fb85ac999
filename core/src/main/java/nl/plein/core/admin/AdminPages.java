package nl.plein.core.admin;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import nl.plein.core.plugin.PluginStatus;
import nl.plein.api.Visitor;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.plugin.PluginState;
import nl.plein.core.plugin.PluginSwitch;
import nl.plein.core.web.Forms;
import nl.plein.core.web.RoleRegistry;

/** Pages for platform administrators. */
public final class AdminPages {

    private final Supplier<java.util.List<PluginStatus>> plugins;
    private final RoleRegistry roles;
    private final Organisations organisations;

    private final PluginSwitch pluginSwitch;
    private final AuditLog audit;

    public AdminPages(Supplier<java.util.List<PluginStatus>> plugins, RoleRegistry roles, Organisations organisations,
                      PluginSwitch pluginSwitch, AuditLog audit) {
        this.plugins = plugins;
        this.roles = roles;
        this.organisations = organisations;
        this.pluginSwitch = pluginSwitch;
        this.audit = audit;
    }

    /** Switches a running plugin off at once, without a restart; its data stays. */
    public void disablePlugin(Context ctx) {
        setPlugin(ctx, false);
    }

    public void enablePlugin(Context ctx) {
        setPlugin(ctx, true);
    }

    private void setPlugin(Context ctx, boolean enabled) {
        String id = ctx.pathParam("id");
        boolean switchable = plugins.get().stream().anyMatch(p -> p.id().equals(id)
                && (p.state() == PluginState.STARTED
                    || (p.state() == PluginState.DISABLED && !pluginSwitch.isOn(id))));
        if (!switchable) throw new io.javalin.http.NotFoundResponse();
        pluginSwitch.set(id, enabled, Visitor.of(ctx).personId());
        audit.record(Visitor.of(ctx).personId(), enabled ? "plugin.enabled" : "plugin.disabled", null, id);
        ctx.redirect("/admin/plugins", io.javalin.http.HttpStatus.SEE_OTHER);
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
        ctx.render("admin/plugins", Map.of("plugins", plugins.get(), "roles", roles.all(),
                "switchedOff", plugins.get().stream().filter(p -> !pluginSwitch.isOn(p.id())).map(PluginStatus::id).toList()));
    }
}
