package nl.plein.testplugins.orphan;

import nl.plein.api.Permission;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import org.pf4j.Extension;

/** Depends on a plugin that is not installed, or needs a newer platform. */
@Extension
public class OrphanPlugin implements PleinPlugin {

    @Override
    public void install(PluginContext context) {
        context.routes().get("/", Permission.PUBLIC, ctx -> ctx.result("should never be served"));
    }
}
