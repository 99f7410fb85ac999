package nl.plein.core.storage;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs one owner's migrations: core's or a plugin's. Each owner has its own folder
 * ({@code db/migration/<owner>}) and its own history table ({@code flyway_<owner>}), so plugins can be added and
 * removed independently. Already-applied migrations are skipped, so running this at every start-up is safe.
 */
public final class Migrations {

    private Migrations() {
    }

    public static int migrate(DataSource dataSource, String owner, ClassLoader classLoader) {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + owner)
                .table("flyway_" + owner)
                // Other owners' tables already exist: start this owner's history at 0 instead of refusing.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
        return flyway.migrate().migrationsExecuted;
    }
}
