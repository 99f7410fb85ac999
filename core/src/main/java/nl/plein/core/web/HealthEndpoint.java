package nl.plein.core.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.plein.core.plugin.PluginState;
import nl.plein.core.plugin.PluginStatus;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code GET /health}: the platform version, whether the database answers, and each plugin's id, version and
 * state. Status is UP, DEGRADED (some plugin not running) or DOWN (no database); only DOWN answers 503, so a load
 * balancer keeps an instance with one failed plugin.
 */
public final class HealthEndpoint {

    private final String version;
    private final Supplier<List<PluginStatus>> plugins;
    private final Jdbi jdbi;

    public HealthEndpoint(String version, Supplier<List<PluginStatus>> plugins, Jdbi jdbi) {
        this.version = version;
        this.plugins = plugins;
        this.jdbi = jdbi;
    }

    public void handle(Context ctx) {
        boolean database;
        try {
            database = jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            database = false;
        }
        List<PluginStatus> statuses = plugins.get();
        boolean allStarted = statuses.stream().allMatch(p -> p.state() == PluginState.STARTED
                || p.state() == PluginState.DISABLED);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !database ? "DOWN" : allStarted ? "UP" : "DEGRADED");
        body.put("version", version);
        body.put("database", database ? "UP" : "DOWN");
        body.put("plugins", statuses.stream().map(p -> {
            Map<String, Object> plugin = new LinkedHashMap<>();
            plugin.put("id", p.id());
            plugin.put("version", p.version());
            plugin.put("state", p.state().name());
            // The full reason (with the exception's message) is for administrators; the public gets its first part.
            if (p.reason() != null) plugin.put("reason", p.reason().split(": ", 2)[0]);
            return plugin;
        }).toList());
        ctx.header("Cache-Control", "no-store");
        ctx.status(database ? 200 : 503).json(body);
    }
}
