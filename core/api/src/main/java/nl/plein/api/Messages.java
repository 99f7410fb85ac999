package nl.plein.api;

import java.util.Locale;

/**
 * Message bundles, Dutch by default. In templates use {@code {{ t('key', arg) }}}. Keys carry their plugin's id
 * as prefix ({@code webinars.register.button}); core's keys have none.
 */
public interface Messages {

    /** The message for the key in the locale, with {@link java.text.MessageFormat} arguments filled in. */
    String get(Locale locale, String key, Object... args);
}
