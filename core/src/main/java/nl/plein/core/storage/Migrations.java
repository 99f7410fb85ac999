package nl.plein.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Runs one owner's migrations: core's or a plugin's. Each owner has its own folder
 * ({@code db/migration/<owner>}) and its own history table ({@code flyway_<owner>}), so plugins can be added and
 * removed independently. Already-applied migrations are skipped, so running this at every start-up is safe.
 *
 * <p>The same scripts run on SQLite and PostgreSQL. The rare statement that cannot be written once for both (a
 * full-text index is an FTS5 virtual table on one and a {@code tsvector} column on the other) goes in
 * {@code db/vendor/sqlite/<owner>} and {@code db/vendor/postgresql/<owner>}, with one version number shared by the
 * pair, so the history reads the same on both.
 *
 * <p>Several instances may start at the same moment on one PostgreSQL database. Flyway locks its history table while
 * it migrates, but not while it creates that table: two instances on an empty database can both try, and one fails
 * ("unable to baseline … already exists, and is empty"). So each owner's migrations run under a PostgreSQL advisory
 * lock of their own; the second instance waits, then finds everything applied.
 */
public final class Migrations {

    /** The first half of the advisory lock's key: "PLN" in ASCII, so Plein's locks stand apart from others'. */
    private static final int LOCK_SPACE = 0x504C4E;

    private Migrations() {
    }

    public static int migrate(Database database, String owner, ClassLoader classLoader) {
        String vendor = database.dialect().name().toLowerCase(Locale.ROOT);
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(database.dataSource())
                .locations("classpath:db/migration/" + owner, "classpath:db/vendor/" + vendor + "/" + owner)
                .table("flyway_" + owner)
                // Other owners' tables already exist: start this owner's history at 0 instead of refusing.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
        if (database.dialect() != Database.Dialect.POSTGRESQL) return flyway.migrate().migrationsExecuted;
        try (Connection lock = database.dedicatedConnection()) {
            advisoryLock(lock, "pg_advisory_lock", owner);
            try {
                return flyway.migrate().migrationsExecuted;
            } finally {
                advisoryLock(lock, "pg_advisory_unlock", owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the migration lock for " + owner, e);
        }
    }

    private static void advisoryLock(Connection connection, String function, String owner) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?, ?)")) {
            statement.setInt(1, LOCK_SPACE);
            statement.setInt(2, owner.hashCode());
            statement.execute();
        }
    }
}
