package nl.plein.testplugins.sleepy;

import nl.plein.api.Permission;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import org.pf4j.Extension;

/** Stands in for a plugin that hangs at start, e.g. waiting on a service that does not answer. */
@Extension
public class SleepyPlugin implements PleinPlugin {

    @Override
    public void install(PluginContext context) throws InterruptedException {
        context.routes().get("/", Permission.PUBLIC, ctx -> ctx.result("awake"));
        Thread.sleep(60_000);
    }
}
