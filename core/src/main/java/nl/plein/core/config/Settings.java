package nl.plein.core.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an operator can set, read once at start-up by {@link SettingsLoader}.
 *
 * @param raw every setting as given (config-file keys), for plugin settings and one-off values
 */
public record Settings(
        String host,
        int port,
        Path dataDir,
        Path uploadsDir,
        Path pluginsDir,
        Path themesDir,
        String theme,
        URI baseUrl,
        boolean demo,
        boolean development,
        boolean trustProxy,
        java.time.Duration pluginStartTimeout,
        Smtp smtp,
        Optional<Postgresql> database,
        Optional<String> metricsToken,
        Map<String, String> raw) {

    public Settings {
        raw = Map.copyOf(raw);
    }

    /** The outgoing mail server; {@code host} empty means mail stays in the outbox (shown to administrators). */
    public record Smtp(Optional<String> host, int port, Optional<String> username, Optional<String> password,
                       boolean startTls, String from) {
    }

    /**
     * A PostgreSQL database instead of the SQLite file: for several instances sharing one database.
     *
     * @param url      {@code jdbc:postgresql://host:5432/plein}
     * @param poolSize connections this instance keeps at most
     */
    public record Postgresql(String url, Optional<String> user, Optional<String> password, int poolSize) {
        @Override
        public String toString() {  // never print the password in a log line
            return "Postgresql[url=" + url + ", user=" + user.orElse("") + ", poolSize=" + poolSize + "]";
        }
    }

    public boolean secureCookies() {
        return "https".equalsIgnoreCase(baseUrl.getScheme());
    }

    public Path databaseFile() {
        return dataDir.resolve("plein.db");
    }
}
