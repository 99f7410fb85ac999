package nl.plein.core.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads settings from environment variables ({@code PLEIN_PORT}) and an optional properties file ({@code port=}),
 * the environment winning. The file is {@code $PLEIN_CONFIG}, else {@code plein.properties} in the working
 * directory if it exists. Any value that cannot be used stops start-up with one line naming the setting and the
 * expected form.
 */
public final class SettingsLoader {

    private final Map<String, String> values;

    private SettingsLoader(Map<String, String> values) {
        this.values = values;
    }

    /** Settings from the process environment (and the config file it points to). */
    public static Settings fromEnvironment() {
        return load(System.getenv());
    }

    public static Settings load(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>(readConfigFile(environment));
        environment.forEach((name, value) -> {
            if (name.startsWith("PLEIN_") && !name.equals("PLEIN_CONFIG")) merged.put(keyOf(name), value);
        });
        return new SettingsLoader(merged).build();
    }

    /** {@code PLEIN_SMTP_HOST} → {@code smtp-host}; the config file may also write {@code smtp.host}. */
    static String keyOf(String environmentName) {
        return environmentName.substring("PLEIN_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String environmentNameOf(String key) {
        return "PLEIN_" + key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    private static Map<String, String> readConfigFile(Map<String, String> environment) {
        String explicit = environment.get("PLEIN_CONFIG");
        Path file = explicit != null ? Path.of(explicit) : Path.of("plein.properties");
        if (!Files.exists(file)) {
            if (explicit != null) throw new InvalidSettingException(
                    "Setting PLEIN_CONFIG is \"" + explicit + "\": expected the path of an existing properties file.");
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidSettingException("Setting PLEIN_CONFIG: cannot read " + file + " as a properties file ("
                    + e.getMessage() + ").");
        }
        Map<String, String> result = new HashMap<>();
        properties.forEach((k, v) -> result.put(k.toString().trim().replace('.', '-').replace('_', '-'),
                v.toString().trim()));
        return result;
    }

    private Settings build() {
        int port = integer("port", 7070, 0, 65535); // 0: any free port (tests)
        String host = text("host", "0.0.0.0");
        Path dataDir = path("data-dir", "data");
        // Several instances share uploaded files through one directory (a network file system) given here.
        Path uploadsDir = path("uploads-dir", dataDir.resolve("uploads").toString());
        Path pluginsDir = path("plugins-dir", "plugins");
        Path themesDir = path("themes-dir", "themes");
        String theme = text("theme", "mensen-maken-nederland");
        if (!theme.matches("[a-z0-9][a-z0-9-]*")) fail("theme", theme, "a theme name of lower-case letters, digits and dashes");
        if (!Files.isDirectory(themesDir.resolve(theme))) {
            fail("theme", theme, "the name of a folder in the themes directory " + themesDir.toAbsolutePath()
                    + " (set PLEIN_THEMES_DIR if the themes are elsewhere)");
        }
        URI baseUrl = url("base-url", "http://localhost:" + port);
        boolean demo = bool("demo", false);
        boolean development = bool("dev", false);
        boolean trustProxy = bool("trust-proxy", false);
        java.time.Duration pluginStartTimeout = java.time.Duration.ofSeconds(integer("plugin-start-timeout", 30, 1, 3600));
        Settings.Smtp smtp = new Settings.Smtp(optional("smtp-host"), integer("smtp-port", 25, 1, 65535),
                optional("smtp-username"), optional("smtp-password"), bool("smtp-starttls", false),
                text("mail-from", "Plein <noreply@" + baseUrl.getHost() + ">"));
        return new Settings(host, port, dataDir, uploadsDir, pluginsDir, themesDir, theme, baseUrl, demo, development, trustProxy,
                pluginStartTimeout, smtp, database(),
                optional("metrics-token"), values);
    }

    private Optional<Settings.Postgresql> database() {
        Optional<String> url = optional("database-url");
        if (url.isEmpty()) {
            for (String key : List.of("database-user", "database-password")) {
                if (optional(key).isPresent()) {
                    throw new InvalidSettingException("Setting " + environmentNameOf(key) + " is set but "
                            + environmentNameOf("database-url") + " is not: give the JDBC URL of the PostgreSQL database"
                            + " (e.g. jdbc:postgresql://db.example.nl:5432/plein), or leave both out to use SQLite.");
                }
            }
            return Optional.empty();
        }
        if (!url.get().startsWith("jdbc:postgresql://")) {
            // The value is not repeated: a URL may carry a password.
            throw new InvalidSettingException("Setting " + environmentNameOf("database-url") + ": expected a PostgreSQL"
                    + " JDBC URL such as jdbc:postgresql://localhost:5432/plein (leave it out to use SQLite in the data"
                    + " directory).");
        }
        return Optional.of(new Settings.Postgresql(url.get(), optional("database-user"), optional("database-password"),
                integer("database-pool-size", 10, 2, 200)));
    }

    private Optional<String> optional(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private String text(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    private int integer(String key, int fallback, int min, int max) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) return fallback;
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) return parsed;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw fail(key, value.get(), "a whole number from " + min + " to " + max);
    }

    private boolean bool(String key, boolean fallback) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) return fallback;
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw fail(key, value.get(), "true or false");
        };
    }

    private Path path(String key, String fallback) {
        String value = text(key, fallback);
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw fail(key, value, "a file-system path");
        }
    }

    private URI url(String key, String fallback) {
        String value = text(key, fallback);
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            }
        } catch (Exception ignored) {
            // reported below
        }
        throw fail(key, value, "an http:// or https:// address such as https://plein.example.nl");
    }

    private InvalidSettingException fail(String key, String value, String expected) {
        throw new InvalidSettingException("Setting " + environmentNameOf(key) + " is \"" + value + "\": expected "
                + expected + ".");
    }
}
