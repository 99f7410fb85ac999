package nl.plein.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import nl.plein.api.Messages;

/**
 * All message bundles: core's ({@code i18n/core/messages}) and each plugin's ({@code i18n/<id>/messages}), loaded
 * through the plugin's class loader (Pebble's own i18n cannot see inside plugin jars). A key is looked up in the
 * bundle of the plugin its prefix names ({@code webinars.title} → plugin {@code webinars}), else in core's. Dutch
 * is the base bundle; English lives in {@code messages_en}. A missing key shows as {@code ??key??} so it is
 * noticed, never as an error page.
 */
public final class MessageBundles implements Messages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    /** Never fall back to the JVM's default locale: the base bundle is Dutch, whatever the server runs in. */
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A page asks for hundreds of messages; each bundle lookup walks ResourceBundle's caches, so answers are kept. */
    private static final int MAX_REMEMBERED = 20_000;
    private static final String MISSING = new String("missing");

    private final Map<String, ClassLoader> loaders = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, String>> patterns = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    public MessageBundles() {
        loaders.put("core", MessageBundles.class.getClassLoader());
    }

    /** Makes a plugin's bundle known and returns the plugin's view of the messages. */
    public Messages forPlugin(String pluginId, ClassLoader classLoader) {
        loaders.put(pluginId, classLoader);
        patterns.clear();
        formats.clear();
        return this;
    }

    @Override
    public String get(Locale locale, String key, Object... args) {
        String pattern = remembered(patterns, locale, key, () -> {
            String found = find(locale, key);
            return found == null ? MISSING : found;
        });
        if (pattern == MISSING) return "??" + key + "??";
        if (args == null || args.length == 0) return pattern;
        MessageFormat format = remembered(formats, locale, key, () -> new MessageFormat(pattern, locale));
        // A MessageFormat is not thread-safe; formatting takes microseconds, so a short lock beats parsing again.
        synchronized (format) {
            return format.format(args);
        }
    }

    private <T> T remembered(Map<Locale, Map<String, T>> cache, Locale locale, String key,
                             java.util.function.Supplier<T> compute) {
        Map<String, T> forLocale = cache.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        T value = forLocale.get(key);
        if (value != null) return value;
        if (forLocale.size() >= MAX_REMEMBERED) forLocale.clear();
        value = compute.get();
        forLocale.put(key, value);
        return value;
    }

    private String find(Locale locale, String key) {
        int dot = key.indexOf('.');
        String owner = dot > 0 ? key.substring(0, dot) : "core";
        String found = owner.equals("core") || !loaders.containsKey(owner) ? null : lookup(owner, locale, key);
        return found != null ? found : lookup("core", locale, key);
    }

    private String lookup(String owner, Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + owner + "/messages", locale,
                    loaders.get(owner), NO_JVM_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
