package nl.plein.testplugins.peeker;

import java.util.Map;
import nl.plein.api.Permission;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import org.pf4j.Extension;

/** Tries to reach another plugin's resources: by class-loader path and by rendering its template. */
@Extension
public class PeekerPlugin implements PleinPlugin {

    @Override
    public void install(PluginContext context) {
        context.routes()
                .get("/resource", Permission.PUBLIC, ctx -> ctx.result(
                        getClass().getClassLoader().getResource("templates/greeter/hello.peb") == null ? "none" : "found"))
                .get("/template", Permission.PUBLIC, ctx -> ctx.render("greeter/hello", Map.of("visits", 0)));
    }
}
