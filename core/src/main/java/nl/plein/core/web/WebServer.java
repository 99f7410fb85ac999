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
import nl.plein.core.CoreServices;
import nl.plein.core.Plein;
import nl.plein.core.account.EmailTokens;
import nl.plein.core.account.LoginThrottle;
import nl.plein.core.account.PasswordPages;
import nl.plein.core.account.RegistrationPages;
import nl.plein.core.account.LoginPages;
import nl.plein.core.account.People;
import nl.plein.core.account.Sessions;
import nl.plein.core.account.ProfilePages;
import nl.plein.core.admin.AdminPages;
import nl.plein.core.admin.AuditPages;
import nl.plein.core.admin.JobPages;
import nl.plein.core.admin.PeopleAdminPages;
import nl.plein.core.mail.OutboxPages;
import nl.plein.core.organisation.Invitations;
import nl.plein.core.organisation.OrganisationPages;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.privacy.PersonalData;
import nl.plein.core.privacy.PrivacyPages;
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

    private final CoreServices core;
    private final Settings settings;

    public WebServer(CoreServices core) {
        this.core = core;
        this.settings = core.settings();
    }

    public Javalin create() {
        Cookies cookies = new Cookies(settings.secureCookies());
        CsrfProtection csrf = new CsrfProtection(cookies);
        RequestMetrics requestMetrics = new RequestMetrics(core.metrics());
        ErrorPages errors = new ErrorPages();
        PluginRuntime plugins = core.plugins();
        java.util.function.Supplier<java.util.List<InstalledPlugin>> switchedOn = () -> plugins.installed().stream()
                .filter(p -> core.pluginSwitch().isOn(p.id())).toList();
        CorePages pages = new CorePages(switchedOn, core.people(), cookies, core.templates());
        LoginPages login = new LoginPages(core.people(), core.sessions(), cookies, csrf,
                new LoginThrottle(core.jdbi(), core.ids(), core.clock()), core.audit());
        EmailTokens tokens = new EmailTokens(core.jdbi(), core.clock());
        RegistrationPages registration = new RegistrationPages(core.people(), tokens, core.mail(), core.audit(),
                settings.baseUrl(), core.clock());
        PasswordPages passwords = new PasswordPages(core.people(), tokens, core.sessions(), core.mail(), core.audit(),
                settings.baseUrl());
        Organisations organisations = new Organisations(core.jdbi(), core.ids(), core.clock());
        Invitations invitations = new Invitations(core.jdbi(), core.clock());
        ProfilePages profile = new ProfilePages(core.people(), organisations, tokens, core.mail(), core.audit(),
                settings.baseUrl());
        OrganisationPages organisationPages = new OrganisationPages(organisations, invitations, core.people(),
                core.mail(), core.audit(), settings.baseUrl());
        PrivacyPages privacy = new PrivacyPages(core.people(), core.sessions(), new PersonalData(core.jdbi(),
                core.people(), organisations, invitations, new LoginThrottle(core.jdbi(), core.ids(), core.clock()),
                core.audit(), core.events(), plugins.installed(), core.personalDataStores()), core.audit(), cookies);
        AdminPages admin = new AdminPages(() -> core.pluginSwitch().apply(plugins.statuses()), core.roles(),
                organisations, core.pluginSwitch(), core.audit());
        PeopleAdminPages peopleAdmin = new PeopleAdminPages(core.people(), core.sessions(), organisations, core.roles(),
                core.audit());
        AuditPages auditPages = new AuditPages(core.audit());
        OutboxPages outbox = new OutboxPages(core.outbox());
        JobPages jobPages = new JobPages(core.jobs(), core.audit());
        HealthEndpoint health = new HealthEndpoint(Plein.VERSION, () -> core.pluginSwitch().apply(plugins.statuses()),
                core.jdbi());
        StaticAssets assets = new StaticAssets(settings.themesDir().resolve(settings.theme()).resolve("static"),
                core.pluginLoaders(), core.pluginSwitch()::isOn, settings.development());
        VisitorResolver visitors = new VisitorResolver(core.sessions(), core.people(), core.roles());

        return Javalin.create(config -> {
            server(config);
            config.fileRenderer(core.templates());

            config.routes.before(requestMetrics::before);
            config.routes.before(new SecurityHeaders());
            config.routes.before(visitors);
            config.routes.before(ctx -> {
                if (!ctx.path().startsWith("/static/") && !ctx.path().equals("/health")) csrf.handle(ctx);
            });
            config.routes.beforeMatched(new NulCharacters());
            config.routes.beforeMatched(new AccessControl());
            config.routes.after(requestMetrics::after);
            config.routes.after(ctx -> MDC.clear());

            config.routes.get("/", pages::home, Permission.PUBLIC);
            config.routes.get("/search", pages::search, Permission.PUBLIC);
            config.routes.get("/dashboard", pages::dashboard, Permission.SIGNED_IN);
            config.routes.get("/language/{language}", pages::switchLanguage, Permission.PUBLIC);

            config.routes.get("/login", login::form, Permission.PUBLIC);
            config.routes.post("/login", login::login, Permission.PUBLIC);
            config.routes.post("/logout", login::logout, Permission.SIGNED_IN);
            config.routes.get("/register", registration::form, Permission.PUBLIC);
            config.routes.post("/register", registration::register, Permission.PUBLIC);
            config.routes.get("/account/confirm/{token}", registration::confirmForm, Permission.PUBLIC);
            config.routes.post("/account/confirm/{token}", registration::confirm, Permission.PUBLIC);
            config.routes.get("/account/forgot", passwords::forgotForm, Permission.PUBLIC);
            config.routes.post("/account/forgot", passwords::forgot, Permission.PUBLIC);
            config.routes.get("/account/reset/{token}", passwords::resetForm, Permission.PUBLIC);
            config.routes.post("/account/reset/{token}", passwords::reset, Permission.PUBLIC);
            config.routes.get("/account/password", passwords::changeForm, Permission.SIGNED_IN);
            config.routes.post("/account/password", passwords::change, Permission.SIGNED_IN);
            config.routes.get("/account", profile::show, Permission.SIGNED_IN);
            config.routes.post("/account", profile::update, Permission.SIGNED_IN);
            config.routes.get("/account/email", profile::emailForm, Permission.SIGNED_IN);
            config.routes.post("/account/email", profile::requestEmailChange, Permission.SIGNED_IN);
            config.routes.get("/account/email/{token}", profile::confirmEmailChangeForm, Permission.PUBLIC);
            config.routes.post("/account/email/{token}", profile::confirmEmailChange, Permission.PUBLIC);
            config.routes.get("/account/privacy", privacy::show, Permission.SIGNED_IN);
            config.routes.get("/account/export", privacy::export, Permission.SIGNED_IN);
            config.routes.post("/account/delete", privacy::delete, Permission.SIGNED_IN);

            config.routes.get("/organisations", organisationPages::list, Permission.PUBLIC);
            config.routes.get("/organisations/new", organisationPages::newForm, Permission.SIGNED_IN);
            config.routes.post("/organisations", organisationPages::create, Permission.SIGNED_IN);
            config.routes.get("/organisations/{id}", organisationPages::show, Permission.PUBLIC);
            config.routes.get("/organisations/{id}/edit", organisationPages::editForm, Permission.SIGNED_IN);
            config.routes.post("/organisations/{id}/edit", organisationPages::update, Permission.SIGNED_IN);
            config.routes.get("/organisations/{id}/members", organisationPages::members, Permission.SIGNED_IN);
            config.routes.post("/organisations/{id}/invitations", organisationPages::invite, Permission.SIGNED_IN);
            config.routes.post("/organisations/{id}/members/{person}/role", organisationPages::changeRole, Permission.SIGNED_IN);
            config.routes.post("/organisations/{id}/members/{person}/remove", organisationPages::removeMember, Permission.SIGNED_IN);
            config.routes.post("/organisations/{id}/leave", organisationPages::leave, Permission.SIGNED_IN);
            config.routes.get("/invitations/{token}", organisationPages::invitation, Permission.PUBLIC);
            config.routes.post("/invitations/{token}", organisationPages::acceptInvitation, Permission.SIGNED_IN);
            config.routes.get("/admin", admin::overview, Permission.ADMINISTER);
            config.routes.get("/admin/plugins", admin::plugins, Permission.ADMINISTER);
            config.routes.post("/admin/plugins/{id}/disable", admin::disablePlugin, Permission.ADMINISTER);
            config.routes.post("/admin/plugins/{id}/enable", admin::enablePlugin, Permission.ADMINISTER);
            config.routes.get("/admin/people", peopleAdmin::list, Permission.ADMINISTER);
            config.routes.get("/admin/people/{id}", peopleAdmin::show, Permission.ADMINISTER);
            config.routes.post("/admin/people/{id}/roles", peopleAdmin::updateRoles, Permission.ADMINISTER);
            config.routes.post("/admin/people/{id}/block", peopleAdmin::block, Permission.ADMINISTER);
            config.routes.post("/admin/people/{id}/unblock", peopleAdmin::unblock, Permission.ADMINISTER);
            config.routes.get("/admin/organisations", admin::organisations, Permission.ADMINISTER);
            config.routes.get("/admin/audit", auditPages::list, Permission.ADMINISTER);
            config.routes.get("/admin/outbox", outbox::list, Permission.ADMINISTER);
            config.routes.get("/admin/outbox/{id}", outbox::show, Permission.ADMINISTER);
            config.routes.get("/admin/jobs", jobPages::list, Permission.ADMINISTER);
            config.routes.get("/admin/jobs/{id}", jobPages::show, Permission.ADMINISTER);
            config.routes.post("/admin/jobs/{id}/run", jobPages::runNow, Permission.ADMINISTER);
            config.routes.get("/health", health::handle, Permission.PUBLIC);
            // Load balancers' health checks often ask with HEAD; an implicit HEAD carries no permission and is refused.
            config.routes.head("/health", health::handle, Permission.PUBLIC);
            config.routes.get("/metrics", this::metrics, Permission.PUBLIC);
            config.routes.get("/static/*", assets, Permission.PUBLIC);

            for (InstalledPlugin plugin : plugins.installed()) {
                for (InstalledPlugin.RouteSpec route : plugin.routes()) {
                    config.routes.addHttpHandler(route.method(), route.path(), ctx -> {
                        if (!core.pluginSwitch().isOn(plugin.id())) throw new io.javalin.http.NotFoundResponse();
                        inPlugin(plugin, ctx, route);
                    }, route.permission());
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
        // Uploads are limited per plugin (Uploads.Limits); this is the outer bound for any multipart request.
        config.jetty.multipartConfig.maxFileSize(50, io.javalin.config.SizeUnit.MB);
        config.jetty.multipartConfig.maxTotalRequestSize(60, io.javalin.config.SizeUnit.MB);
        if (settings.trustProxy()) {
            // Behind a reverse proxy every request comes from the proxy; the visitor's address (for sign-in
            // throttling) is the first one in X-Forwarded-For. Only trust it when a proxy sets it.
            config.contextResolver.ip = ctx -> {
                String forwarded = ctx.header("X-Forwarded-For");
                return forwarded == null || forwarded.isBlank() ? ctx.req().getRemoteAddr()
                        : forwarded.split(",")[0].strip();
            };
        }
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
        ctx.attribute(Templates.RENDERING_PLUGIN, plugin.id());
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
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(core.metrics().scrape());
    }
}
