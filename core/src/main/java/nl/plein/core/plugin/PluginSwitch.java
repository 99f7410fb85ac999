package nl.plein.core.plugin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Switches installed plugins off and on while Plein runs, without a restart. A plugin that is off stays loaded, but
 * nothing of it is used: its routes answer 404, its navigation, home-page block, search results, widgets and event
 * subscriptions are skipped and its jobs wait. Its data stays. The choice is stored, so it survives a restart.
 *
 * <p>With several instances on one database, a switch made on one reaches the others within {@link #FRESH_FOR}: each
 * instance keeps the (tiny) table in memory and reads it again when its copy is older than that. The table itself is
 * the version row: no message bus to keep running, and an instance that was away catches up on its first request.
 */
public final class PluginSwitch {

    static final String SWITCHED_OFF = "switched off by an administrator";

    /** How old this instance's copy of the switches may be before it is read again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private volatile Set<String> off;
    private volatile long readAt;

    public PluginSwitch(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        reload();
    }

    /** Whether the plugin (or core, for owner "core") may act now. */
    public boolean isOn(String pluginId) {
        // Monotonic time, not the platform clock: tests move that clock by days, and this is about real staleness.
        if (System.nanoTime() - readAt > FRESH_FOR.toNanos()) reload();
        return !off.contains(pluginId);
    }

    private synchronized void reload() {
        off = Set.copyOf(jdbi.withHandle(h -> h.createQuery(
                        "SELECT plugin_id FROM plein_plugin_switches WHERE enabled = :no")
                .bind("no", false).mapTo(String.class).list()));
        readAt = System.nanoTime();
    }

    public void set(String pluginId, boolean enabled, String changedBy) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_plugin_switches (plugin_id, enabled, changed_at, changed_by)
                VALUES (:id, :enabled, :now, :by)
                ON CONFLICT (plugin_id) DO UPDATE
                   SET enabled = excluded.enabled, changed_at = excluded.changed_at, changed_by = excluded.changed_by
                """).bind("id", pluginId).bind("enabled", enabled).bind("now", clock.instant()).bind("by", changedBy)
                .execute());
        reload();
    }

    /** The install-time statuses, with the plugins that are switched off now shown as such. */
    public List<PluginStatus> apply(List<PluginStatus> statuses) {
        return statuses.stream().map(s -> s.state() == PluginState.STARTED && !isOn(s.id())
                ? new PluginStatus(s.id(), s.version(), s.provider(), s.description(), PluginState.DISABLED,
                        SWITCHED_OFF)
                : s).toList();
    }
}
