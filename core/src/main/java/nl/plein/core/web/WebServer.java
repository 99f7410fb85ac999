package nl.plein.core.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import nl.plein.api.Permission;
import nl.plein.api.Visitor;
import nl.plein.core.Plein;
import nl.plein.core.account.LoginPages;
import nl.plein.core.account.People;
import nl.plein.core.account.Sessions;
import nl.plein.core.admin.AdminPages;
import nl.plein.core.config.Settings;
import nl.plein.core.home.CorePages;
import nl.plein.core.plugin.InstalledPlugin;
import nl.plein.core.plugin.PluginRuntime;
import nl.plein.core.view.Templates;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.MDC;

/**
 * The Javalin server: the request pipeline (security headers, visitor, CSRF, access check, metrics), core's routes,
 * every installed plugin's routes, and themed error pages. Reads like a table of contents on purpose.
 */
public final class WebServer {

    private final Settings settings;
    private final Templates templates;
    private final PrometheusMeterRegistry metrics;
    private final People people;
    private final Sessions sessions;
    private final RoleRegistry roles;
    private final PluginRuntime plugins;
    private final Jdbi jdbi;
    private final Map<String, ClassLoader> pluginLoaders;

    public WebServer(Settings settings, Templates templates, PrometheusMeterRegistry metrics, People people,
                     Sessions sessions, RoleRegistry roles, PluginRuntime plugins, Jdbi jdbi,
                     Map<String, ClassLoader> pluginLoaders) {
        this.settings = settings;
        this.templates = templates;
        this.metrics = metrics;
        this.people = people;
        this.sessions = sessions;
        this.roles = roles;
        this.plugins = plugins;
        this.jdbi = jdbi;
        this.pluginLoaders = pluginLoaders;
    }

    public Javalin create() {
        Cookies cookies = new Cookies(settings.secureCookies());
        CsrfProtection csrf = new CsrfProtection(cookies);
        RequestMetrics requestMetrics = new RequestMetrics(metrics);
        ErrorPages errors = new ErrorPages();
        CorePages core = new CorePages(plugins.installed(), people, cookies, templates);
        LoginPages login = new LoginPages(people, sessions, cookies, csrf);
        AdminPages admin = new AdminPages(plugins::statuses, roles);
        HealthEndpoint health = new HealthEndpoint(Plein.VERSION, plugins::statuses, jdbi);
        StaticAssets assets = new StaticAssets(settings.themesDir().resolve(settings.theme()).resolve("static"),
                pluginLoaders, settings.development());
        VisitorResolver visitors = new VisitorResolver(sessions, people, roles);

        return Javalin.create(config -> {
            server(config);
            config.fileRenderer(templates);

            config.routes.before(requestMetrics::before);
            config.routes.before(new SecurityHeaders());
            config.routes.before(visitors);
            config.routes.before(ctx -> {
                if (!ctx.path().startsWith("/static/") && !ctx.path().equals("/health")) csrf.handle(ctx);
            });
            config.routes.beforeMatched(new AccessControl());
            config.routes.after(requestMetrics::after);
            config.routes.after(ctx -> MDC.clear());

            config.routes.get("/", core::home, Permission.PUBLIC);
            config.routes.get("/search", core::search, Permission.PUBLIC);
            config.routes.get("/dashboard", core::dashboard, Permission.SIGNED_IN);
            config.routes.get("/language/{language}", core::switchLanguage, Permission.PUBLIC);
            config.routes.get("/login", login::form, Permission.PUBLIC);
            config.routes.post("/login", login::login, Permission.PUBLIC);
            config.routes.post("/logout", login::logout, Permission.SIGNED_IN);
            config.routes.get("/admin", admin::overview, Permission.ADMINISTER);
            config.routes.get("/admin/plugins", admin::plugins, Permission.ADMINISTER);
            config.routes.get("/health", health::handle, Permission.PUBLIC);
            config.routes.get("/metrics", this::metrics, Permission.PUBLIC);
            config.routes.get("/static/*", assets, Permission.PUBLIC);

            for (InstalledPlugin plugin : plugins.installed()) {
                for (InstalledPlugin.RouteSpec route : plugin.routes()) {
                    config.routes.addHttpHandler(route.method(), route.path(),
                            ctx -> inPlugin(plugin, ctx, route), route.permission());
                }
            }

            config.routes.exception(HttpResponseException.class, errors::httpError);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) errors.status(ctx);
            });
            config.routes.error(405, errors::status);
        });
    }

    private void server(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = 1_000_000L;
        config.router.ignoreTrailingSlashes = true;
        config.jetty.modifyServer(server -> {
            // Graceful shutdown: stop accepting, let in-flight requests finish (up to 20 s), then stop.
            GracefulHandler graceful = new GracefulHandler();
            graceful.setHandler(server.getHandler());
            server.setHandler(graceful);
            server.setStopTimeout(20_000);
            server.setStopAtShutdown(false);
        });
    }

    /** A plugin's handler runs with the plugin's class loader as context loader, and its id in every log line. */
    private static void inPlugin(InstalledPlugin plugin, Context ctx, InstalledPlugin.RouteSpec route) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin.classLoader());
        MDC.put("plugin", plugin.id());
        try {
            route.handler().handle(ctx);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Prometheus metrics for administrators, or for a scraper presenting {@code PLEIN_METRICS_TOKEN} as a bearer
     * token. Without a token set, only administrators can read them.
     */
    private void metrics(Context ctx) {
        boolean allowed = Visitor.of(ctx).may(Permission.ADMINISTER);
        String header = ctx.header("Authorization");
        if (!allowed && header != null && header.startsWith("Bearer ") && settings.metricsToken().isPresent()) {
            allowed = MessageDigest.isEqual(header.substring(7).getBytes(StandardCharsets.UTF_8),
                    settings.metricsToken().get().getBytes(StandardCharsets.UTF_8));
        }
        if (!allowed) throw new UnauthorizedResponse();
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
