package nl.plein.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import nl.plein.api.Role;
import nl.plein.core.jobs.JobStore;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator switches a plugin off and on while Plein runs; plugins cannot reach into each other. */
class PluginManagementTest {

    static final String PASSWORD = "plugin-beheer-wachtwoord";

    @TempDir
    Path plugins;

    private Browser admin(TestPlein plein) {
        var people = plein.plein().people();
        if (people.byEmail("beheer@plein.test").isEmpty()) {
            people.grant(people.create("beheer@plein.test", "Bea", PASSWORD, "nl").id(), Role.ADMINISTRATOR);
        }
        Browser admin = plein.browser();
        admin.signIn("beheer@plein.test", PASSWORD);
        return admin;
    }

    @Test
    void switchedOffPluginDisappearsAtOnceKeepsItsDataAndComesBack() {
        TestPlugins.greeter().writeTo(plugins);
        try (TestPlein plein = TestPlein.with().pluginsDir(plugins).start()) {
            Browser visitor = plein.browser();
            assertEquals(200, visitor.get("/greeter").status());
            Browser admin = admin(plein);
            assertTrue(admin.get("/admin/plugins").body().contains("Schakel greeter uit"));

            assertEquals(303, admin.post("/admin/plugins/greeter/disable", Map.of()).status());
            assertEquals(404, visitor.get("/greeter").status());
            String home = visitor.get("/").body();
            assertFalse(home.contains("Groeter"), "not in the menu");
            assertFalse(home.contains("De groeter zegt hallo"), "no home-page block");
            assertFalse(visitor.get("/search?q=x").body().contains("Greeting for x"), "no search results");
            assertTrue(visitor.get("/health").body().contains(
                    "{\"id\":\"greeter\",\"version\":\"1.0.0\",\"state\":\"DISABLED\",\"reason\":\"switched off by an administrator\"}"));
            new JobStore(plein.jdbi(), () -> "job-x", plein.clock()).schedule("greeter", "greet", "now",
                    plein.clock().instant(), "");
            assertEquals(0, plein.plein().jobs().runDue(), "its jobs wait");
            assertTrue(admin.get("/admin/audit").body().contains("plugin.disabled"));

            plein.restart();
            assertEquals(404, plein.browser().get("/greeter").status(), "still off after a restart");
            admin = admin(plein);
            admin.post("/admin/plugins/greeter/enable", Map.of());
            Browser.Page back = plein.browser().get("/greeter");
            assertEquals(200, back.status());
            assertTrue(back.body().contains("Bezoeken: 2"), "its data stayed");
            assertEquals(1, plein.plein().jobs().runDue(), "the waiting job runs");
        }
    }

    @Test
    void pluginThatHangsAtStartIsFailedAfterTheTimeOutAndTheOthersRun() {
        TestPlugins.greeter().writeTo(plugins);
        TestPlugins.sleepy().writeTo(plugins);
        try (TestPlein plein = TestPlein.with().pluginsDir(plugins).set("PLEIN_PLUGIN_START_TIMEOUT", "1").start()) {
            assertTrue(plein.browser().get("/health").body().contains(
                    "{\"id\":\"sleepy\",\"version\":\"1.0.0\",\"state\":\"FAILED\",\"reason\":\"did not finish starting within 1 s\"}"));
            assertEquals(404, plein.browser().get("/sleepy").status());
            assertEquals(200, plein.browser().get("/greeter").status());
        }
    }

    @Test
    void pluginCannotReadAnotherPluginsResources() {
        TestPlugins.greeter().writeTo(plugins);
        TestPlugins.peeker().writeTo(plugins);
        try (TestPlein plein = TestPlein.with().pluginsDir(plugins).start()) {
            assertEquals("none", plein.browser().get("/peeker/resource").body(), "not through its class loader");
            Browser.Page rendered = plein.browser().get("/peeker/template");
            assertEquals(500, rendered.status(), "not through the template chain");
            assertFalse(rendered.body().contains("Goedendag"));
            assertEquals(200, plein.browser().get("/greeter").status(), "the greeter itself is fine");
        }
    }

    @Test
    void unknownOrFailedPluginsCannotBeSwitched() {
        TestPlugins.broken().writeTo(plugins);
        try (TestPlein plein = TestPlein.with().pluginsDir(plugins).start()) {
            Browser admin = admin(plein);
            assertEquals(404, admin.post("/admin/plugins/broken/enable", Map.of()).status());
            assertEquals(404, admin.post("/admin/plugins/nope/disable", Map.of()).status());
        }
    }
}
