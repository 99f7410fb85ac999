package nl.plein.core.plugin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Ids;
import nl.plein.api.Directory;
import nl.plein.api.Markdown;
import nl.plein.api.PleinPlugin;
import nl.plein.core.mail.MailAdapter;
import nl.plein.core.mail.Outbox;
import nl.plein.core.upload.UploadStore;
import nl.plein.core.events.EventBus;
import nl.plein.core.i18n.MessageBundles;
import nl.plein.core.jobs.JobStore;
import nl.plein.core.search.FullTextIndex;
import nl.plein.core.storage.Database;
import nl.plein.core.storage.Migrations;
import org.pf4j.PluginDependency;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Loads the plugins, runs each one's migrations and installs it, in dependency order, isolating failures: a plugin
 * that cannot start is recorded with its reason and everything else carries on.
 */
public final class PluginRuntime {

    private static final Logger log = LoggerFactory.getLogger(PluginRuntime.class);

    /** Path segments core itself serves; a plugin cannot take them as its id. */
    static final Set<String> RESERVED_IDS = Set.of("plein", "core", "admin", "account", "login", "logout", "static",
            "health", "metrics", "search", "dashboard", "language", "people", "organisations", "api", "theme",
            "register", "invitations", "privacy");

    private final PleinPluginManager manager;
    private final Map<String, PluginStatus> statuses = new LinkedHashMap<>();
    private final List<InstalledPlugin> installed = new ArrayList<>();

    private PluginRuntime(PleinPluginManager manager) {
        this.manager = manager;
    }

    /** Everything a plugin's context hands out. */
    public record Services(Database database, Ids ids, Clock clock, MessageBundles messages,
                           Map<String, String> settings, EventBus events, JobStore jobs, Outbox outbox,
                           Markdown markdown, Path uploadsDir, Directory directory, java.net.URI baseUrl,
                           java.time.Duration startTimeout) {
    }

    public static PluginRuntime start(Path pluginsDir, String platformVersion, Services services) {
        PluginRuntime runtime = new PluginRuntime(new PleinPluginManager(pluginsDir, platformVersion));
        runtime.loadAndInstall(services);
        return runtime;
    }

    private void loadAndInstall(Services services) {
        manager.loadPlugins();
        manager.refusals().forEach((id, reason) -> {
            log.warn("plugin refused plugin={} reason=\"{}\"", id, reason);
            statuses.put(id, new PluginStatus(id, "", "", "", PluginState.REFUSED, reason));
        });
        manager.startPlugins();

        Set<String> healthy = new HashSet<>();
        for (PluginWrapper plugin : manager.getResolvedPlugins()) {
            String id = plugin.getPluginId();
            MDC.put("plugin", id);
            try {
                PluginStatus status = installOne(plugin, healthy, services);
                statuses.put(id, status);
                if (status.state() == PluginState.STARTED) {
                    healthy.add(id);
                    log.info("plugin started plugin={} version={}", id, status.version());
                } else {
                    log.error("plugin not started plugin={} state={} reason=\"{}\"", id, status.state(), status.reason());
                }
            } finally {
                MDC.remove("plugin");
            }
        }
        for (PluginWrapper plugin : manager.getPlugins()) {
            if (!statuses.containsKey(plugin.getPluginId())) {
                statuses.put(plugin.getPluginId(), statusOf(plugin, PluginState.DISABLED, "disabled by the operator"));
            }
        }
    }

    private PluginStatus installOne(PluginWrapper plugin, Set<String> healthy, Services services) {
        String id = plugin.getPluginId();
        switch (plugin.getPluginState()) {
            case DISABLED -> {
                String requires = plugin.getDescriptor().getRequires();
                return plugin.getFailedException() != null
                        ? statusOf(plugin, PluginState.REFUSED, "needs Plein " + requires + ", this is Plein "
                          + manager.getSystemVersion())
                        : statusOf(plugin, PluginState.DISABLED, "disabled by the operator");
            }
            default -> { /* checked below */ }
        }
        // Before PF4J's own state: stopping a failed plugin also stops its dependants, and this is the real reason.
        for (PluginDependency dependency : plugin.getDescriptor().getDependencies()) {
            if (!dependency.isOptional() && !healthy.contains(dependency.getPluginId())) {
                stopQuietly(id);
                return statusOf(plugin, PluginState.FAILED, "needs plugin '" + dependency.getPluginId()
                        + "', which did not start");
            }
        }
        if (plugin.getPluginState() != org.pf4j.PluginState.STARTED) {
            return statusOf(plugin, PluginState.FAILED, "could not start: " + describe(plugin.getFailedException()));
        }
        if (!id.matches("[a-z][a-z0-9-]{1,39}") || RESERVED_IDS.contains(id)) {
            stopQuietly(id);
            return statusOf(plugin, PluginState.REFUSED, "the id '" + id + "' is reserved or not of the form "
                    + "lower-case letters, digits and dashes");
        }
        ClassLoader classLoader = plugin.getPluginClassLoader();
        try {
            int applied = Migrations.migrate(services.database(), id, classLoader);
            if (applied > 0) log.info("migrations applied plugin={} count={}", id, applied);
        } catch (RuntimeException e) {
            log.error("migration failed plugin={}", id, e);
            stopQuietly(id);
            return statusOf(plugin, PluginState.FAILED, "its database migration failed: " + describe(e));
        }
        List<PleinPlugin> extensions = manager.getExtensions(PleinPlugin.class, id);
        if (extensions.isEmpty()) {
            stopQuietly(id);
            return statusOf(plugin, PluginState.FAILED, "it has no PleinPlugin extension (is the class annotated "
                    + "with @Extension and the extension index built?)");
        }
        DefaultPluginContext context = new DefaultPluginContext(id, classLoader, services.database().jdbi(),
                services.ids(), services.clock(), services.messages().forPlugin(id, classLoader),
                services.settings(), services.events(), services.jobs(),
                new MailAdapter(id, services.database().jdbi(), services.outbox()), services.markdown(),
                new UploadStore(services.database().jdbi(), services.uploadsDir(), services.ids(), services.clock(), id),
                services.directory(), services.baseUrl(), FullTextIndex.on(services.database()));
        // On a thread of its own, so a plugin that hangs at start cannot hold up the others past the time-out.
        java.util.concurrent.ExecutorService starter = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "plein-start-" + id);
            thread.setDaemon(true);
            thread.setContextClassLoader(classLoader);
            return thread;
        });
        try {
            starter.submit(() -> {
                MDC.put("plugin", id);
                for (PleinPlugin extension : extensions) extension.install(context);
                return null;
            }).get(services.startTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.error("install timed out plugin={} seconds={}", id, services.startTimeout().toSeconds());
            stopQuietly(id);
            return statusOf(plugin, PluginState.FAILED, "did not finish starting within "
                    + services.startTimeout().toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            log.error("install failed plugin={}", id, e.getCause());
            stopQuietly(id);
            return statusOf(plugin, PluginState.FAILED, "install failed: " + describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return statusOf(plugin, PluginState.FAILED, "start was interrupted");
        } finally {
            starter.shutdownNow();
        }
        installed.add(context.toInstalled());
        return statusOf(plugin, PluginState.STARTED, null);
    }

    private static PluginStatus statusOf(PluginWrapper plugin, PluginState state, String reason) {
        var descriptor = plugin.getDescriptor();
        return new PluginStatus(plugin.getPluginId(), descriptor.getVersion(),
                descriptor.getProvider() == null ? "" : descriptor.getProvider(),
                descriptor.getPluginDescription() == null ? "" : descriptor.getPluginDescription(), state, reason);
    }

    private static String describe(Throwable failure) {
        if (failure == null) return "unknown reason (see the log)";
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }

    private void stopQuietly(String id) {
        try {
            manager.stopPlugin(id);
        } catch (RuntimeException e) {
            log.warn("could not stop plugin={}", id, e);
        }
    }

    /** Every plugin found, with its state, in start order. */
    public List<PluginStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    /** The plugins whose install succeeded, in dependency order. */
    public List<InstalledPlugin> installed() {
        return Collections.unmodifiableList(installed);
    }

    /**
     * Stops plugins one at a time, dependants first. (PF4J 3.15's stopPlugins() iterates a list it modifies and
     * throws ConcurrentModificationException.)
     */
    public void stop() {
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            try {
                manager.stopPlugin(plugin.getPluginId());
            } catch (RuntimeException e) {
                log.warn("could not stop plugin={}", plugin.getPluginId(), e);
            }
        }
    }
}
