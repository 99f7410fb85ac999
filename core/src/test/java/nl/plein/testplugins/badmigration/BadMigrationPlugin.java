package nl.plein.testplugins.badmigration;

import nl.plein.api.Permission;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import org.pf4j.Extension;

/** Its migration is broken SQL, so install is never reached. */
@Extension
public class BadMigrationPlugin implements PleinPlugin {

    @Override
    public void install(PluginContext context) {
        context.routes().get("/", Permission.PUBLIC, ctx -> ctx.result("should never be served"));
    }
}
