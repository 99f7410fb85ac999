package nl.plein.api;

import java.util.Optional;

/**
 * A plugin's own settings. Key {@code reminder-hours} of plugin {@code webinars} is read from the environment
 * variable {@code PLEIN_WEBINARS_REMINDER_HOURS}, else from {@code webinars.reminder-hours} in the config file.
 */
public interface PluginSettings {

    Optional<String> get(String key);

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }
}
