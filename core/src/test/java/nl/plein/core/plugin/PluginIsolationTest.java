package nl.plein.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One platform with a healthy plugin next to plugins that throw at start, have a broken migration, miss a
 * dependency, or need a newer platform. The healthy one and core must keep serving; every other one is reported.
 */
class PluginIsolationTest {

    static final String ADMIN = "beheer@plein.test";
    static final String ADMIN_PASSWORD = "lang-genoeg-wachtwoord";

    @TempDir
    static Path plugins;
    static TestPlein plein;

    @BeforeAll
    static void start() {
        TestPlugins.all(plugins);
        plein = TestPlein.with().pluginsDir(plugins)
                .set("PLEIN_ADMIN_EMAIL", ADMIN).set("PLEIN_ADMIN_PASSWORD", ADMIN_PASSWORD).start();
    }

    @AfterAll
    static void stop() {
        plein.close();
    }

    @Test
    void healthListsEveryPluginWithItsState() {
        Browser.Page health = plein.browser().get("/health");
        assertEquals(200, health.status());
        assertTrue(health.header("Content-Type").startsWith("application/json"));
        String body = health.body();
        assertTrue(body.contains("\"status\":\"DEGRADED\""), body);
        assertTrue(body.contains("\"version\":\"0.1.0\""), body);
        assertTrue(body.contains("{\"id\":\"greeter\",\"version\":\"1.0.0\",\"state\":\"STARTED\"}"), body);
        assertTrue(body.contains("{\"id\":\"broken\",\"version\":\"1.0.0\",\"state\":\"FAILED\",\"reason\":\"install failed\"}"), body);
        assertTrue(body.contains("\"id\":\"badmigration\",\"version\":\"1.0.0\",\"state\":\"FAILED\",\"reason\":\"its database migration failed\""), body);
        assertTrue(body.contains("{\"id\":\"orphan\",\"version\":\"\",\"state\":\"REFUSED\",\"reason\":\"needs plugin 'missing', which is not installed\"}"), body);
        assertTrue(body.contains("\"id\":\"future\",\"version\":\"1.0.0\",\"state\":\"REFUSED\",\"reason\":\"needs Plein >=99.0.0, this is Plein 0.1.0\""), body);
    }

    @Test
    void pluginsStartInDependencyOrderAndDependantsOfAFailedPluginFail() {
        String body = plein.browser().get("/health").body();
        assertTrue(body.indexOf("\"id\":\"greeter\"") < body.indexOf("\"id\":\"after-greeter\""), body);
        assertTrue(body.contains("{\"id\":\"after-greeter\",\"version\":\"1.0.0\",\"state\":\"STARTED\"}"), body);
        assertTrue(body.contains("{\"id\":\"after-broken\",\"version\":\"1.0.0\",\"state\":\"FAILED\","
                + "\"reason\":\"needs plugin 'broken', which did not start\"}"), body);
        assertEquals(200, plein.browser().get("/after-greeter").status());
        assertEquals(404, plein.browser().get("/after-broken").status());
    }

    @Test
    void healthyPluginServesWhileTheFailedOnesServeNothing() {
        Browser browser = plein.browser();
        assertEquals(200, browser.get("/greeter").status());
        assertEquals(200, browser.get("/").status());
        for (String failed : new String[] {"/broken", "/badmigration", "/orphan", "/future"}) {
            Browser.Page page = browser.get(failed);
            assertEquals(404, page.status(), failed);
            assertFalse(page.body().contains("should never be served"), failed);
        }
    }

    @Test
    void administratorSeesEachFailureWithItsReason() {
        Browser admin = plein.browser();
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        Browser.Page page = admin.get("/admin/plugins");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("install failed: IllegalStateException: cannot reach the external service"),
                page.body());
        assertTrue(page.body().contains("its database migration failed"));
        assertTrue(page.body().contains("needs plugin &#39;missing&#39;, which is not installed"), page.body());
        assertTrue(page.body().contains("Mislukt"));
        assertTrue(page.body().contains("Geweigerd"));
    }

    @Test
    void pluginPagesAreForAdministratorsOnly() {
        Browser anonymous = plein.browser();
        assertEquals(303, anonymous.get("/admin/plugins").status());
        assertTrue(anonymous.get("/admin/plugins").location().startsWith("/login?next="));
        assertEquals(403, anonymous.postRaw("/admin/plugins", Map.of()).status());
    }

    @Test
    void failedPluginLeftNoTablesAndTheHealthyOneHasItsHistory() {
        int greeterMigrations = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM flyway_greeter WHERE success = 1 AND version = '1'").mapTo(Integer.class).one());
        assertEquals(1, greeterMigrations);
        int badTables = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'badmigration_x'").mapTo(Integer.class).one());
        assertEquals(0, badTables);
    }
}
