package nl.plein.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.sqlite.SQLiteConfig;

/**
 * The platform's one database: a connection pool and the Jdbi every feature and plugin uses. SQLite (a file in the
 * data directory) unless a PostgreSQL JDBC URL is set; the same migrations and the same SQL run on both.
 *
 * <p>SQLite settings, and why: WAL so readers never block the writer; foreign keys on (off by default in SQLite);
 * a busy timeout so a second writer waits instead of failing; and IMMEDIATE transactions, because in SQLite's
 * default DEFERRED mode two transactions that both read and then write fail with SQLITE_BUSY and lose an update.
 */
public final class Database implements AutoCloseable {

    /** The two engines Plein runs on. The few statements that must differ (full-text search) ask which one this is. */
    public enum Dialect { SQLITE, POSTGRESQL }

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        registerInstantsAsEpochMillis(jdbi);
    }

    /** The database the settings name: PostgreSQL when a JDBC URL is given, else SQLite in the data directory. */
    public static Database open(nl.plein.core.config.Settings settings, MeterRegistry metrics) {
        return settings.database().isPresent()
                ? postgresql(settings.database().get(), metrics)
                : sqlite(settings.databaseFile(), metrics);
    }

    /**
     * PostgreSQL for several instances behind a load balancer. Everything they share (sessions, outbox, jobs, the
     * plugin switches) is in the database, so any instance can serve any request.
     */
    public static Database postgresql(nl.plein.core.config.Settings.Postgresql settings, MeterRegistry metrics) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("plein-db");
        pool.setJdbcUrl(settings.url());
        settings.user().ifPresent(pool::setUsername);
        settings.password().ifPresent(pool::setPassword);
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setMinimumIdle(1);
        // One attempt at start-up: a server that is away stops Plein at once with the driver's reason (the service
        // manager starts it again), instead of a start that hangs.
        pool.setInitializationFailTimeout(1);
        pool.setConnectionTimeout(10_000);
        pool.addDataSourceProperty("ApplicationName", "plein");
        pool.setMetricRegistry(metrics);
        try {
            return new Database(new HikariDataSource(pool), Dialect.POSTGRESQL);
        } catch (com.zaxxer.hikari.pool.HikariPool.PoolInitializationException e) {
            // An operator's mistake (address, password, firewall) or a server that is down: one line, as for settings.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new nl.plein.core.config.InvalidSettingException("Setting PLEIN_DATABASE_URL: cannot connect to "
                    + settings.url().replaceAll("\\?.*", "") + " (" + cause.getMessage().strip().replace('\n', ' ')
                    + "). Check the address, PLEIN_DATABASE_USER and PLEIN_DATABASE_PASSWORD, and that the server"
                    + " accepts connections from here.");
        }
    }

    public static Database sqlite(Path file, MeterRegistry metrics) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory for " + file, e);
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(10_000);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Deleted rows are overwritten with zeros, so erased personal data does not linger in free pages.
        sqlite.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");

        HikariConfig pool = new HikariConfig();
        pool.setPoolName("plein-db");
        pool.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
        pool.setDataSourceProperties(sqlite.toProperties());
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(1);
        pool.setMetricRegistry(metrics);
        return new Database(new HikariDataSource(pool), Dialect.SQLITE);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * A connection of its own, outside the pool, for a lock held while pooled connections do the work (a small pool
     * would otherwise be exhausted by the lock holder). The caller closes it.
     */
    public java.sql.Connection dedicatedConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
                dataSource.getPassword());
    }

    /** The single place where instants meet the database: epoch milliseconds in a BIGINT, on every database. */
    private static void registerInstantsAsEpochMillis(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.BIGINT) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setLong(position, value.toEpochMilli());
            }
        });
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            long millis = rs.getLong(column);
            return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        });
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
