package nl.plein.core.storage.copy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.core.plugin.PleinPluginManager;
import org.pf4j.PluginWrapper;

/**
 * The plugins in the plugins directory, loaded by PF4J as Plein loads them but not started: only their class
 * loaders are needed, because each plugin's migrations are resources of its own archive.
 */
final class InstalledPlugins implements AutoCloseable {

    private final PleinPluginManager manager;
    private final Map<String, ClassLoader> classLoaders = new LinkedHashMap<>();

    InstalledPlugins(Path pluginsDir, String platformVersion) {
        manager = new PleinPluginManager(pluginsDir, platformVersion);
        manager.loadPlugins();
        // Resolved plugins come in dependency order: a plugin's tables may refer to those of a plugin it needs.
        for (PluginWrapper plugin : manager.getResolvedPlugins()) {
            classLoaders.put(plugin.getPluginId(), plugin.getPluginClassLoader());
        }
    }

    /** Plugin id → its class loader, in dependency order. */
    Map<String, ClassLoader> classLoaders() {
        return classLoaders;
    }

    /** Why PF4J left a plugin out, by id. */
    Map<String, String> refusals() {
        return manager.refusals();
    }

    @Override
    public void close() {
        manager.unloadPlugins();
    }
}
