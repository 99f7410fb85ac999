package nl.plein.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database a test's Plein runs on. SQLite (a fresh file in the test's data directory) unless the JVM runs with
 * {@code -Dplein.test.database=postgresql}, as the build's {@code postgresql} test run does for every class marked
 * {@link OnBothDatabases}: then each Plein gets a fresh, empty database on one real PostgreSQL server per JVM, started
 * from the binaries in Maven Central (no service to install) and stopped when the JVM ends.
 */
public final class TestDatabases {

    public static final String PROPERTY = "plein.test.database";

    private static final AtomicInteger created = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static final Map<java.nio.file.Path, Map<String, String>> byDirectory =
            new java.util.concurrent.ConcurrentHashMap<>();

    private TestDatabases() {
    }

    /** Whether this test run is the PostgreSQL one. */
    public static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "sqlite"));
    }

    /** The engine of this run in words, for a benchmark's report. */
    public static String describe() {
        return postgresql() ? "PostgreSQL 18 (embedded binaries, on this machine, fsync off)"
                : "SQLite in a temporary directory";
    }

    /** A benchmark's report file, {@code target/<name>.txt} on SQLite and {@code target/<name>-postgresql.txt}. */
    public static java.nio.file.Path report(String name) {
        return java.nio.file.Path.of("target", name + (postgresql() ? "-postgresql" : "") + ".txt");
    }

    /** Settings (as environment variables) for a new, empty PostgreSQL database, whatever this run's default is. */
    public static Map<String, String> freshPostgresql() {
        EmbeddedPostgres postgres = server();
        String name = "plein_test_" + created.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        Map<String, String> settings = new HashMap<>();
        settings.put("PLEIN_DATABASE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name);
        settings.put("PLEIN_DATABASE_USER", "postgres");
        return settings;
    }

    /**
     * A database of this run's kind for tests below the web server: SQLite in {@code dir}, or on PostgreSQL a fresh
     * database the first time a directory is named and the same one again after that (a restart).
     */
    public static nl.plein.core.storage.Database open(java.nio.file.Path dir) {
        var metrics = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        if (!postgresql()) return nl.plein.core.storage.Database.sqlite(dir.resolve("plein.db"), metrics);
        Map<String, String> settings = byDirectory.computeIfAbsent(dir.toAbsolutePath(), d -> freshPostgresql());
        return nl.plein.core.storage.Database.postgresql(new nl.plein.core.config.Settings.Postgresql(
                settings.get("PLEIN_DATABASE_URL"), java.util.Optional.of("postgres"), java.util.Optional.empty(), 4),
                metrics);
    }

    /** The running server, for tests that speak to it directly (e.g. to copy an installation into it). */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // Durability is not what these tests are about; speed is.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
