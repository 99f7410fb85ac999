package nl.plein.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.plein.core.testing.OnBothDatabases;

@OnBothDatabases
class MigrationsTest {

    @TempDir
    Path plugins;

    @Test
    void migrationsRunOnceAndNotAgainAfterARestart() {
        TestPlugins.greeter().writeTo(plugins);
        try (TestPlein plein = TestPlein.with().pluginsDir(plugins).start()) {
            plein.browser().get("/greeter");
            assertEquals(1, appliedMigrations(plein, "flyway_greeter"));
            int coreMigrations = appliedMigrations(plein, "flyway_core");
            assertEquals(1, rows(plein));

            plein.restart();

            assertEquals(1, appliedMigrations(plein, "flyway_greeter"), "not applied again");
            assertEquals(coreMigrations, appliedMigrations(plein, "flyway_core"));
            assertEquals(1, rows(plein), "data survived the restart");
            assertTrue(plein.browser().get("/greeter").body().contains("Bezoeken: 2"));
        }
    }

    private static int appliedMigrations(TestPlein plein, String table) {
        return plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM " + table + " WHERE success = :yes AND version <> '0'").bind("yes", true)
                .mapTo(Integer.class).one());
    }

    private static int rows(TestPlein plein) {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM greeter_visits").mapTo(Integer.class).one());
    }
}
