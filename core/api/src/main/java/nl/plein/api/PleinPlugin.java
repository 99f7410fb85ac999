package nl.plein.api;

import org.pf4j.ExtensionPoint;

/**
 * The one extension point every Plein plugin implements.
 *
 * <p>Core calls {@link #install(PluginContext)} once at start-up, after the plugin's migrations have run and
 * before the web server starts. Everything the plugin contributes is declared on the context; nothing is
 * picked up by scanning. If {@code install} throws, the plugin is marked failed: none of its routes,
 * navigation entries or hooks are used, and the rest of the platform keeps running.
 *
 * <pre>{@code
 * @Extension
 * public class NoticeboardPlugin implements PleinPlugin {
 *     public void install(PluginContext context) {
 *         var notices = new NoticeRepository(context.jdbi(), context.ids(), context.clock(), context.fullText());
 *         var pages = new NoticePages(notices);
 *         context.routes().get("/", Permission.PUBLIC, pages::list);
 *         context.routes().post("/", Permission.SIGNED_IN, pages::create);
 *         context.navigation(new NavigationEntry("example.nav", "/example/", Permission.PUBLIC, 50));
 *     }
 * }
 * }</pre>
 */
public interface PleinPlugin extends ExtensionPoint {

    /** Declares the plugin's routes, hooks and roles. Called once, before the server accepts requests. */
    void install(PluginContext context) throws Exception;
}
