package nl.plein.api;

import java.time.Clock;
import nl.plein.api.hooks.DashboardWidget;
import nl.plein.api.hooks.DemoData;
import nl.plein.api.hooks.ScaleData;
import nl.plein.api.hooks.PersonalDataProvider;
import nl.plein.api.hooks.SearchProvider;
import org.jdbi.v3.core.Jdbi;

/**
 * What core hands a plugin in {@link PleinPlugin#install(PluginContext)}: the only door from a plugin into
 * the platform. Everything registered here belongs to the plugin and is dropped if the plugin fails.
 */
public interface PluginContext {

    /** The plugin's id, e.g. {@code "webinars"}: also its URL prefix, table prefix and resource folder. */
    String pluginId();

    /** Routes under {@code /<plugin-id>/}, each with the permission a visitor needs. */
    Routes routes();

    /**
     * The platform database. The plugin's own migrations ({@code db/migration/<plugin-id>/V<n>__*.sql}, history
     * in {@code flyway_<plugin-id>}) have already run. Only touch tables prefixed {@code <plugin-id>_}. Write
     * transactions ({@code jdbi.inTransaction}) take the write lock up front, so read-then-write is safe.
     * Instants bind and map as epoch milliseconds (BIGINT).
     */
    Jdbi jdbi();

    /** Time-ordered ids, safe to show in URLs. Use these instead of AUTOINCREMENT or SERIAL. */
    Ids ids();

    /** The platform clock. Tests move it; never call {@code Instant.now()} directly. */
    Clock clock();

    /** The plugin's messages ({@code i18n/<plugin-id>/messages{,_en}.properties}); keys start with the id. */
    Messages messages();

    /** The plugin's settings: {@code PLEIN_<ID>_<KEY>} environment variables or {@code <id>.<key>} in the config file. */
    PluginSettings settings();

    /** Publish and subscribe to platform events. */
    Events events();

    /** Durable jobs that survive a restart and run once. */
    Jobs jobs();

    /** The platform's public address without trailing slash, e.g. {@code https://plein.example.nl}: for links in mail. */
    java.net.URI baseUrl();

    /** People and the organisations they act for. */
    Directory directory();

    /** Mail to people, through core's durable outbox, in each recipient's language. */
    Mail mail();

    /** Safe HTML from Markdown people wrote. */
    Markdown markdown();

    /** This plugin's uploaded files: stored outside any web root, served after the plugin's own access check. */
    Uploads uploads();

    /**
     * Full-text search over this plugin's own texts: FTS5 on SQLite, {@code tsvector} (Dutch and English) on
     * PostgreSQL. The plugin puts and removes its documents and filters the ids it gets through its own access rule.
     */
    FullText fullText();

    /** Adds an entry to the main navigation, shown to visitors who have its permission. */
    void navigation(NavigationEntry entry);

    /** Adds a block to the home page: a template of this plugin, rendered with the page model. */
    void homeBlock(HomeBlock block);

    /** Declares a role that administrators can grant, with the permissions it carries. */
    void role(Role role);

    /** Contributes results to the platform search. */
    void search(SearchProvider provider);

    /** Contributes to a person's data export and erasure (AVG/GDPR). */
    void personalData(PersonalDataProvider provider);

    /** Contributes a widget to the personal dashboard. */
    void widget(DashboardWidget widget);

    /** Loads invented demo content once, when the platform runs with demo data. */
    void demoData(DemoData demoData);

    /** Adds this plugin's part to generated data at scale ({@code java -jar plein.jar generate}). */
    void scaleData(ScaleData scaleData);
}
