package nl.plein.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme overrides any plugin's page and asset without touching the plugin. */
class ThemeOverrideTest {

    @TempDir
    Path plugins;
    @TempDir
    Path themes;

    @Test
    void themeTemplateAndAssetWinOverThePluginsOwn() throws IOException {
        TestPlugins.greeter().writeTo(plugins);
        Path theme = themes.resolve("gemeente-lindeburg");
        Files.createDirectories(theme.resolve("templates/greeter"));
        Files.createDirectories(theme.resolve("static/greeter"));
        Files.writeString(theme.resolve("templates/greeter/hello.peb"), """
                {% extends "layout" %}
                {% block content %}<h1 class="lindeburg">Welkom in Lindeburg</h1>{% endblock %}
                """);
        Files.writeString(theme.resolve("static/greeter/wave.svg"), "<svg id=\"lindeburg\"/>");

        try (TestPlein plein = TestPlein.with().pluginsDir(plugins).themesDir(themes).theme("gemeente-lindeburg").start()) {
            Browser browser = plein.browser();
            Browser.Page page = browser.get("/greeter");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("<h1 class=\"lindeburg\">Welkom in Lindeburg</h1>"), page.body());
            assertFalse(page.body().contains("Goedendag"));
            assertTrue(page.body().contains("Direct naar de inhoud"), "core's layout still wraps it");
            assertEquals("<svg id=\"lindeburg\"/>", browser.get("/static/greeter/wave.svg").body());
            assertTrue(browser.get("/").body().contains("De groeter zegt hallo"), "the rest still comes from the plugin");
        }
    }
}
