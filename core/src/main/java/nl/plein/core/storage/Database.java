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
 * The platform's one database: a connection pool and the Jdbi every feature and plugin uses.
 *
 * <p>SQLite settings, and why: WAL so readers never block the writer; foreign keys on (off by default in SQLite);
 * a busy timeout so a second writer waits instead of failing; and IMMEDIATE transactions, because in SQLite's
 * default DEFERRED mode two transactions that both read and then write fail with SQLITE_BUSY and lose an update.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        registerInstantsAsEpochMillis(jdbi);
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
        return new Database(new HikariDataSource(pool));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
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
