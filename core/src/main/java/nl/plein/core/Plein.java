package nl.plein.core;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.plein.api.Role;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Generator;
import nl.plein.core.generate.Manifest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.plein.api.Ids;
import nl.plein.api.event.PlatformStarted;
import nl.plein.api.Markdown;
import nl.plein.core.account.AccountMail;
import nl.plein.core.account.Person;
import nl.plein.core.content.SafeMarkdown;
import nl.plein.core.organisation.CoreDirectory;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.mail.MailDispatcher;
import nl.plein.core.mail.Outbox;
import nl.plein.core.mail.SmtpMailer;
import nl.plein.core.privacy.PersonalData;
import nl.plein.core.account.Administrators;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.account.People;
import nl.plein.core.account.Sessions;
import nl.plein.core.config.Settings;
import nl.plein.core.demo.DemoLoader;
import nl.plein.core.events.EventBus;
import nl.plein.core.i18n.MessageBundles;
import nl.plein.core.jobs.JobScheduler;
import nl.plein.core.jobs.JobStore;
import nl.plein.core.plugin.InstalledPlugin;
import nl.plein.core.plugin.PluginRuntime;
import nl.plein.core.plugin.PluginStatus;
import nl.plein.core.plugin.PluginSwitch;
import nl.plein.core.storage.Database;
import nl.plein.core.storage.Migrations;
import nl.plein.core.storage.UuidV7Ids;
import nl.plein.core.view.Templates;
import nl.plein.core.web.PageModel;
import nl.plein.core.web.RoleRegistry;
import nl.plein.core.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Plein: storage, plugins, jobs and the web server, started in that order and stopped in reverse.
 * Tests start it on port 0 with their own data directory and clock.
 */
public final class Plein implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Plein.class);
    public static final String VERSION = readVersion();

    private final Settings settings;
    private final Database database;
    private final PluginRuntime plugins;
    private final JobScheduler jobs;
    private final MailDispatcher mailDispatcher;
    private final PluginSwitch pluginSwitch;
    private final Thread demoData;
    private final Javalin server;
    private final People people;

    private Plein(Settings settings, Database database, PluginRuntime plugins, JobScheduler jobs,
                  MailDispatcher mailDispatcher, Javalin server, People people, PluginSwitch pluginSwitch,
                  Thread demoData) {
        this.demoData = demoData;
        this.pluginSwitch = pluginSwitch;
        this.mailDispatcher = mailDispatcher;
        this.settings = settings;
        this.database = database;
        this.plugins = plugins;
        this.jobs = jobs;
        this.server = server;
        this.people = people;
    }

    public static Plein start(Settings settings, Clock clock) {
        long started = System.nanoTime();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List.of(new JvmMemoryMetrics(), new JvmGcMetrics(), new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new ProcessorMetrics(), new UptimeMetrics()).forEach(binder -> binder.bindTo(metrics));

        Database database = Database.open(settings, metrics);
        Migrations.migrate(database, "core", Plein.class.getClassLoader());
        Ids ids = new UuidV7Ids(clock);
        People people = new People(database.jdbi(), ids, clock);
        MessageBundles messages = new MessageBundles();
        PluginSwitch pluginSwitch = new PluginSwitch(database.jdbi(), clock);
        EventBus events = new EventBus(pluginSwitch::isOn);
        JobStore jobStore = new JobStore(database.jdbi(), ids, clock);
        JobScheduler jobs = new JobScheduler(jobStore, pluginSwitch::isOn);
        Markdown markdown = new SafeMarkdown();
        Map<String, ClassLoader> pluginLoaders = new LinkedHashMap<>();
        Templates templates = new Templates(settings.themesDir().resolve(settings.theme()).resolve("templates"),
                pluginLoaders, messages, markdown, settings.development(), new PageModel());
        Outbox outbox = new Outbox(database.jdbi(), ids, clock, templates, messages, settings.smtp());

        PluginRuntime plugins = PluginRuntime.start(settings.pluginsDir(), VERSION, new PluginRuntime.Services(
                database, ids, clock, messages, settings.raw(), events, jobStore, outbox, markdown,
                settings.uploadsDir(),
                new CoreDirectory(people, new Organisations(database.jdbi(), ids, clock)), settings.baseUrl(),
                settings.pluginStartTimeout()));
        for (InstalledPlugin plugin : plugins.installed()) {
            pluginLoaders.put(plugin.id(), plugin.classLoader());
            plugin.jobHandlers().forEach((kind, handler) -> jobs.register(plugin.id(), kind, handler));
            plugin.subscriptions().forEach(subscription -> subscribe(events, plugin.id(), subscription));
        }
        RoleRegistry roles = new RoleRegistry(plugins.installed().stream().flatMap(p -> p.roles().stream()).toList());

        Administrators administrators = new Administrators(people);
        administrators.createFromEnvironmentIfNone(settings.raw().get("admin-email"), settings.raw().get("admin-password"))
                .ifPresent(problem -> log.error("PLEIN_ADMIN_EMAIL/PLEIN_ADMIN_PASSWORD not used: {}", problem));

        ((PageModel) templates.commonModel()).navigation(() -> plugins.installed().stream()
                .filter(p -> pluginSwitch.isOn(p.id())).flatMap(p -> p.navigation().stream()).toList());
        Sessions sessions = new Sessions(database.jdbi(), clock);
        AuditLog audit = new AuditLog(database.jdbi(), ids, clock);
        AccountMail mail = outbox::enqueue;
        Map<String, PersonalData.Store> personalDataStores = Map.of("mail", new PersonalData.Store() {
            @Override
            public Object export(Person person) {
                return null;
            }

            @Override
            public void erase(Person person) {
                outbox.eraseFor(person.id(), person.email());
            }
        });
        Javalin server = new WebServer(new CoreServices(settings, clock, ids, database.jdbi(), metrics, messages,
                templates, events, people, sessions, roles, audit, mail, plugins, pluginLoaders, personalDataStores,
                outbox, pluginSwitch, jobs)).create();
        MailDispatcher mailDispatcher = new MailDispatcher(database.jdbi(), new SmtpMailer(settings.smtp(), clock), clock);
        mailDispatcher.start(Duration.ofSeconds(10));
        server.start(settings.host(), settings.port());
        // Demo content is written after the server answers: at a first start it takes a few hundred milliseconds,
        // and a demo does not need it in the very first request. Tests wait for it with awaitDemoData().
        Thread demo = new Thread(() -> {
            if (settings.demo()) {
                new DemoLoader(database.jdbi(), people, new Organisations(database.jdbi(), ids, clock), messages, clock)
                        .load(plugins.installed(), roles.all());
            }
        }, "plein-demo-data");
        demo.start();
        jobs.start(Duration.ofSeconds(5));
        events.publish(new PlatformStarted(clock.instant()));
        log.info("plein started version={} port={} plugins={} theme={} demo={} startup_ms={}", VERSION,
                server.port(), plugins.installed().size(), settings.theme(), settings.demo(),
                (System.nanoTime() - started) / 1_000_000);
        return new Plein(settings, database, plugins, jobs, mailDispatcher, server, people, pluginSwitch, demo);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void subscribe(EventBus events, String owner, InstalledPlugin.Subscription subscription) {
        events.subscribe(owner, subscription.type(), subscription.subscriber());
    }

    public int port() {
        return server.port();
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public List<PluginStatus> pluginStatuses() {
        return pluginSwitch.apply(plugins.statuses());
    }

    public JobScheduler jobs() {
        return jobs;
    }

    /**
     * Fills this (empty) installation with invented data at a scale and writes the manifest into the data directory;
     * see {@link Generator}.
     */
    public Manifest generate(ScaleData.Scale scale, long seed, LocalDate today, PrintStream out) {
        Set<String> roleIds = new HashSet<>(Set.of(Role.ADMINISTRATOR));
        plugins.installed().forEach(plugin -> plugin.roles().forEach(role -> roleIds.add(role.id())));
        return new Generator(database.jdbi(), plugins.installed(), roleIds, VERSION, out)
                .run(scale, seed, today, settings.dataDir());
    }

    /** Waits until demo content (when asked for) is written. */
    public void awaitDemoData() {
        try {
            demoData.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what is due in the outbox now (tests call it instead of waiting for the timer). */
    public int sendMail() {
        return mailDispatcher.dispatchDue();
    }

    public People people() {
        return people;
    }

    /** Graceful: the server finishes in-flight requests, then jobs stop, then plugins one at a time, then storage. */
    @Override
    public void close() {
        log.info("plein stopping");
        awaitDemoData();
        server.stop();
        jobs.close();
        mailDispatcher.close();
        plugins.stop();
        database.close();
        log.info("plein stopped");
    }

    private static String readVersion() {
        try (InputStream in = Plein.class.getResourceAsStream("/plein-version.properties")) {
            Properties properties = new Properties();
            if (in != null) properties.load(in);
            return properties.getProperty("version", "0.0.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
