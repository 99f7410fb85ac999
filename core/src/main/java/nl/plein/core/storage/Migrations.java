package nl.plein.core.storage;

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
 */
public final class Migrations {

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
        return flyway.migrate().migrationsExecuted;
    }
}
