package nl.plein.core.plugin;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Switches installed plugins off and on while Plein runs, without a restart. A plugin that is off stays loaded, but
 * nothing of it is used: its routes answer 404, its navigation, home-page block, search results, widgets and event
 * subscriptions are skipped and its jobs wait. Its data stays. The choice is stored, so it survives a restart.
 */
public final class PluginSwitch {

    static final String SWITCHED_OFF = "switched off by an administrator";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Set<String> off = ConcurrentHashMap.newKeySet();

    public PluginSwitch(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        off.addAll(jdbi.withHandle(h -> h.createQuery("SELECT plugin_id FROM plein_plugin_switches WHERE enabled = :no")
                .bind("no", false).mapTo(String.class).list()));
    }

    /** Whether the plugin (or core, for owner "core") may act now. */
    public boolean isOn(String pluginId) {
        return !off.contains(pluginId);
    }

    public void set(String pluginId, boolean enabled, String changedBy) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_plugin_switches (plugin_id, enabled, changed_at, changed_by)
                VALUES (:id, :enabled, :now, :by)
                ON CONFLICT (plugin_id) DO UPDATE
                   SET enabled = excluded.enabled, changed_at = excluded.changed_at, changed_by = excluded.changed_by
                """).bind("id", pluginId).bind("enabled", enabled).bind("now", clock.instant()).bind("by", changedBy)
                .execute());
        if (enabled) off.remove(pluginId);
        else off.add(pluginId);
    }

    /** The install-time statuses, with the plugins that are switched off now shown as such. */
    public List<PluginStatus> apply(List<PluginStatus> statuses) {
        return statuses.stream().map(s -> s.state() == PluginState.STARTED && !isOn(s.id())
                ? new PluginStatus(s.id(), s.version(), s.provider(), s.description(), PluginState.DISABLED,
                        SWITCHED_OFF)
                : s).toList();
    }
}
