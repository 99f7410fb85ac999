package nl.plein.core.plugin;

/**
 * One plugin's state.
 *
 * @param reason why it is not running, in words an operator understands; {@code null} when started
 */
public record PluginStatus(String id, String version, String provider, String description, PluginState state,
                           String reason) {
}
