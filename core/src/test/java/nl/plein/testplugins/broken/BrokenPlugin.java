package nl.plein.testplugins.broken;

import nl.plein.api.Permission;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import org.pf4j.Extension;

/** Declares a route, then throws: the route must not be served. */
@Extension
public class BrokenPlugin implements PleinPlugin {

    @Override
    public void install(PluginContext context) {
        context.routes().get("/", Permission.PUBLIC, ctx -> ctx.result("should never be served"));
        throw new IllegalStateException("cannot reach the external service");
    }
}
