package nl.plein.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.Plein;
import nl.plein.core.generate.Manifest;
import nl.plein.core.config.SettingsLoader;
import org.jdbi.v3.core.Jdbi;

/**
 * A real Plein on a random port, over a fresh SQLite file in a temporary data directory (or a fresh PostgreSQL
 * database, see {@link TestDatabases}), with the plugins and theme a test chooses. Restart it on the same data with
 * {@link #restart()}.
 *
 * <pre>{@code
 * try (TestPlein plein = TestPlein.with().pluginsDir(dir).start()) {
 *     var page = plein.browser().get("/greeter");
 * }
 * }</pre>
 */
public final class TestPlein implements AutoCloseable {

    /**
     * The repository's themes folder, seen from a module directory (core/ or plugins/<id>/); for a plugin built
     * outside this checkout, the copy of the default theme that travels in the test-jar, unpacked once.
     */
    public static synchronized Path repositoryThemes() {
        for (Path candidate : new Path[] {Path.of("../themes"), Path.of("../../themes"), Path.of("themes")}) {
            if (Files.isDirectory(candidate.resolve("mensen-maken-nederland"))) return candidate.toAbsolutePath();
        }
        if (unpackedThemes == null) unpackedThemes = ThemeCopy.unpack("plein-themes");
        return unpackedThemes;
    }

    private static Path unpackedThemes;

    private final Map<String, String> environment;
    private final MutableClock clock;
    private Plein plein;

    private TestPlein(Map<String, String> environment, MutableClock clock) {
        this.environment = environment;
        this.clock = clock;
        this.plein = Plein.start(SettingsLoader.load(environment), clock);
        plein.awaitDemoData();
    }

    public static Builder with() {
        return new Builder();
    }

    /** Settings as environment variables, like an operator gives them. */
    public static final class Builder {
        private final Map<String, String> environment = new HashMap<>();
        private MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");

        Builder() {
            environment.put("PLEIN_PORT", "0");
            environment.put("PLEIN_THEMES_DIR", repositoryThemes().toString());
            environment.put("PLEIN_HOST", "127.0.0.1");
        }

        public Builder pluginsDir(Path dir) {
            return set("PLEIN_PLUGINS_DIR", dir.toAbsolutePath().toString());
        }

        /**
         * Loads the plugin module the test runs in (its {@code target/classes}), and no other: a plugins directory
         * of its own holds a link to the module, the way the checkout's {@code plugins/} folder holds them all.
         */
        public Builder thisPlugin() {
            try {
                Path module = Path.of("").toAbsolutePath();
                Path dir = Files.createTempDirectory("plein-plugins");
                Files.createSymbolicLink(dir.resolve(module.getFileName()), module);
                return pluginsDir(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Builder themesDir(Path dir) {
            return set("PLEIN_THEMES_DIR", dir.toAbsolutePath().toString());
        }

        public Builder theme(String theme) {
            return set("PLEIN_THEME", theme);
        }

        public Builder clock(MutableClock value) {
            this.clock = value;
            return this;
        }

        public Builder set(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /**
         * Runs on the same database as another Plein, as a second instance behind a load balancer: the same
         * PostgreSQL database (or SQLite file) and the same shared uploads directory.
         */
        public Builder sameDatabaseAs(TestPlein other) {
            for (String name : new String[] {"PLEIN_DATABASE_URL", "PLEIN_DATABASE_USER", "PLEIN_DATABASE_PASSWORD",
                    "PLEIN_DATA_DIR"}) {
                String value = other.environment.get(name);
                if (value != null) environment.put(name, value);
            }
            return this;
        }

        /** A fresh PostgreSQL database, whatever the run's default (for tests that are about PostgreSQL). */
        public Builder onPostgresql() {
            environment.putAll(TestDatabases.freshPostgresql());
            return this;
        }

        public TestPlein start() {
            if (TestDatabases.postgresql() && !environment.containsKey("PLEIN_DATABASE_URL")) {
                environment.putAll(TestDatabases.freshPostgresql());
            }
            try {
                environment.putIfAbsent("PLEIN_DATA_DIR", Files.createTempDirectory("plein-test").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            environment.putIfAbsent("PLEIN_PLUGINS_DIR", environment.get("PLEIN_DATA_DIR") + "/no-plugins");
            return new TestPlein(Map.copyOf(environment), clock);
        }
    }

    public Browser browser() {
        return new Browser(URI.create("http://127.0.0.1:" + plein.port()));
    }

    public Plein plein() {
        return plein;
    }

    public Jdbi jdbi() {
        return plein.database().jdbi();
    }

    public MutableClock clock() {
        return clock;
    }

    public Path dataDir() {
        return Path.of(environment.get("PLEIN_DATA_DIR"));
    }

    /**
     * Fills this (empty) installation with generated data around the test clock's day, as
     * {@code java -jar plein.jar generate} does; progress goes to standard output.
     */
    public Manifest generate(ScaleData.Scale scale, long seed) {
        return plein.generate(scale, seed, LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam")),
                System.out);
    }

    /** Stops and starts again on the same data directory (on a new port), as after a redeploy. */
    public TestPlein restart() {
        close();
        plein = Plein.start(SettingsLoader.load(environment), clock);
        plein.awaitDemoData();
        running = true;
        return this;
    }

    private boolean running = true;

    /** Stops, if it still runs; a second close does nothing (a test may stop it early to inspect its files). */
    @Override
    public void close() {
        if (!running) return;
        running = false;
        plein.close();
    }
}
