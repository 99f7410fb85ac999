package nl.plein.core.plugin;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import nl.plein.api.Directory;
import nl.plein.api.Events;
import nl.plein.api.FullText;
import nl.plein.api.HomeBlock;
import nl.plein.api.Ids;
import nl.plein.api.Jobs;
import nl.plein.api.Mail;
import nl.plein.api.Markdown;
import nl.plein.api.Uploads;
import nl.plein.api.Messages;
import nl.plein.api.NavigationEntry;
import nl.plein.api.Permission;
import nl.plein.api.PluginContext;
import nl.plein.api.PluginSettings;
import nl.plein.api.Role;
import nl.plein.api.Routes;
import nl.plein.api.hooks.DashboardWidget;
import nl.plein.api.hooks.DemoData;
import nl.plein.api.hooks.ScaleData;
import nl.plein.api.hooks.PersonalDataProvider;
import nl.plein.api.hooks.SearchProvider;
import nl.plein.core.events.EventBus;
import nl.plein.core.jobs.JobStore;
import nl.plein.core.search.FullTextIndex;
import org.jdbi.v3.core.Jdbi;

/**
 * The context one plugin installs into. It only collects: nothing a plugin declares takes effect until its whole
 * install succeeded ({@link #toInstalled()}).
 */
final class DefaultPluginContext implements PluginContext {

    private final String pluginId;
    private final ClassLoader classLoader;
    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final Messages messages;
    private final Map<String, String> rawSettings;
    private final EventBus eventBus;
    private final JobStore jobStore;
    private final Mail mail;
    private final Directory directory;
    private final java.net.URI baseUrl;
    private final Markdown markdown;
    private final Uploads uploads;
    private final FullText fullText;

    private final List<InstalledPlugin.RouteSpec> routes = new ArrayList<>();
    private final List<NavigationEntry> navigation = new ArrayList<>();
    private final List<HomeBlock> homeBlocks = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<SearchProvider> searchProviders = new ArrayList<>();
    private final List<PersonalDataProvider> personalData = new ArrayList<>();
    private final List<DashboardWidget> widgets = new ArrayList<>();
    private final List<DemoData> demoData = new ArrayList<>();
    private final List<ScaleData> scaleData = new ArrayList<>();
    private final Map<String, Jobs.JobHandler> jobHandlers = new LinkedHashMap<>();
    private final List<InstalledPlugin.Subscription<?>> subscriptions = new ArrayList<>();

    DefaultPluginContext(String pluginId, ClassLoader classLoader, Jdbi jdbi, Ids ids, Clock clock, Messages messages,
                         Map<String, String> rawSettings, EventBus eventBus, JobStore jobStore, Mail mail,
                         Markdown markdown, Uploads uploads, Directory directory, java.net.URI baseUrl,
                         FullTextIndex fullTextIndex) {
        this.directory = directory;
        this.baseUrl = baseUrl;
        this.mail = mail;
        this.markdown = markdown;
        this.uploads = uploads;
        this.pluginId = pluginId;
        this.classLoader = classLoader;
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
        this.messages = messages;
        this.rawSettings = rawSettings;
        this.eventBus = eventBus;
        this.jobStore = jobStore;
        this.fullText = fullTextIndex.forPlugin(pluginId, jobs(), clock);
    }

    InstalledPlugin toInstalled() {
        return new InstalledPlugin(pluginId, classLoader, List.copyOf(routes), List.copyOf(navigation),
                List.copyOf(homeBlocks), List.copyOf(roles), List.copyOf(searchProviders), List.copyOf(personalData),
                List.copyOf(widgets), List.copyOf(demoData), List.copyOf(scaleData), Map.copyOf(jobHandlers), List.copyOf(subscriptions));
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public Routes routes() {
        return new Routes() {
            @Override
            public Routes get(String path, Permission permission, Handler handler) {
                return add(HandlerType.GET, path, permission, handler);
            }

            @Override
            public Routes post(String path, Permission permission, Handler handler) {
                return add(HandlerType.POST, path, permission, handler);
            }

            @Override
            public Routes put(String path, Permission permission, Handler handler) {
                return add(HandlerType.PUT, path, permission, handler);
            }

            @Override
            public Routes delete(String path, Permission permission, Handler handler) {
                return add(HandlerType.DELETE, path, permission, handler);
            }

            private Routes add(HandlerType method, String path, Permission permission, Handler handler) {
                Objects.requireNonNull(permission, "every route needs a permission (deny by default)");
                Objects.requireNonNull(handler, "handler");
                if (path == null || !path.startsWith("/")) {
                    throw new IllegalArgumentException("route paths start with '/', relative to /" + pluginId);
                }
                String full = "/" + pluginId + (path.equals("/") ? "" : path);
                routes.add(new InstalledPlugin.RouteSpec(method, full, permission, handler));
                return this;
            }
        };
    }

    @Override
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public Ids ids() {
        return ids;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public PluginSettings settings() {
        return key -> Optional.ofNullable(rawSettings.get(pluginId + "-" + key)).filter(v -> !v.isBlank());
    }

    @Override
    public Events events() {
        return new Events() {
            @Override
            public <E> void subscribe(Class<E> type, Consumer<? super E> subscriber) {
                subscriptions.add(new InstalledPlugin.Subscription<>(type, subscriber));
            }

            @Override
            public void publish(Object event) {
                eventBus.publish(event);
            }
        };
    }

    @Override
    public Jobs jobs() {
        return new Jobs() {
            @Override
            public void handle(String kind, JobHandler handler) {
                jobHandlers.put(kind, handler);
            }

            @Override
            public void schedule(String kind, String key, java.time.Instant runAt, String payload) {
                jobStore.schedule(pluginId, kind, key, runAt, payload);
            }

            @Override
            public void cancel(String kind, String key) {
                jobStore.cancel(pluginId, kind, key);
            }
        };
    }

    @Override
    public java.net.URI baseUrl() {
        return baseUrl;
    }

    @Override
    public Directory directory() {
        return directory;
    }

    @Override
    public Mail mail() {
        return mail;
    }

    @Override
    public Markdown markdown() {
        return markdown;
    }

    @Override
    public Uploads uploads() {
        return uploads;
    }

    @Override
    public FullText fullText() {
        return fullText;
    }

    @Override
    public void navigation(NavigationEntry entry) {
        navigation.add(Objects.requireNonNull(entry));
    }

    @Override
    public void homeBlock(HomeBlock block) {
        homeBlocks.add(Objects.requireNonNull(block));
    }

    @Override
    public void role(Role role) {
        if (!role.id().startsWith(pluginId + ".")) {
            throw new IllegalArgumentException("role ids start with the plugin id: " + pluginId + ".…");
        }
        roles.add(role);
    }

    @Override
    public void search(SearchProvider provider) {
        searchProviders.add(Objects.requireNonNull(provider));
    }

    @Override
    public void personalData(PersonalDataProvider provider) {
        personalData.add(Objects.requireNonNull(provider));
    }

    @Override
    public void widget(DashboardWidget widget) {
        widgets.add(Objects.requireNonNull(widget));
    }

    @Override
    public void demoData(DemoData demo) {
        demoData.add(Objects.requireNonNull(demo));
    }

    @Override
    public void scaleData(ScaleData generator) {
        scaleData.add(Objects.requireNonNull(generator));
    }
}
