package nl.plein.core.testing;

import java.nio.file.Path;
import nl.plein.testplugins.badmigration.BadMigrationPlugin;
import nl.plein.testplugins.broken.BrokenPlugin;
import nl.plein.testplugins.greeter.GreeterPlugin;
import nl.plein.testplugins.orphan.OrphanPlugin;

/** The test plugins, built as real archives into a plugins directory. */
public final class TestPlugins {

    private TestPlugins() {
    }

    public static PluginJar greeter() {
        return PluginJar.of("greeter", GreeterPlugin.class)
                .resource("db/migration/greeter/V1__visits.sql",
                        "CREATE TABLE greeter_visits (id VARCHAR(36) PRIMARY KEY, at BIGINT NOT NULL);\n"
                                + "CREATE TABLE greeter_events (id VARCHAR(36) PRIMARY KEY, at BIGINT NOT NULL);")
                .resource("templates/greeter/hello.peb", """
                        {% extends "layout" %}
                        {% block title %}{{ t('greeter.title') }}{% endblock %}
                        {% block content %}<h1>{{ t('greeter.title') }}</h1><p class="visits">{{ t('greeter.visits', visits) }}</p>{% endblock %}
                        """)
                .resource("templates/greeter/block.peb", "<p class=\"greeter-block\">{{ t('greeter.block') }} ({{ model.who }})</p>")
                .resource("templates/greeter/broken-block.peb", "<p>never shown</p>")
                .resource("templates/greeter/widget.peb", "<p class=\"greeter-widget\">Hallo {{ name }}</p>")
                .resource("static/greeter/wave.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .resource("i18n/greeter/messages.properties", """
                        greeter.nav=Groeter
                        greeter.title=Goedendag
                        greeter.visits=Bezoeken: {0}
                        greeter.block=De groeter zegt hallo
                        greeter.keeper=Hoeder van het geheim
                        """)
                .resource("i18n/greeter/messages_en.properties", """
                        greeter.nav=Greeter
                        greeter.title=Good day
                        greeter.visits=Visits: {0}
                        greeter.block=The greeter says hello
                        greeter.keeper=Keeper of the secret
                        """);
    }

    public static PluginJar broken() {
        return PluginJar.of("broken", BrokenPlugin.class);
    }

    public static PluginJar badMigration() {
        return PluginJar.of("badmigration", BadMigrationPlugin.class)
                .resource("db/migration/badmigration/V1__oops.sql", "CREATE TABLE badmigration_x (id VARCHAR(36) PRIMARY KEY,;");
    }

    public static PluginJar orphan() {
        return PluginJar.of("orphan", OrphanPlugin.class).dependsOn("missing");
    }

    /** The same orphan classes under another id, needing a platform version that does not exist yet. */
    public static PluginJar fromTheFuture() {
        return PluginJar.of("future", OrphanPlugin.class).requires(">=99.0.0");
    }

    /** Sorts before "greeter" by name, but depends on it, so it must start after it. */
    public static PluginJar afterGreeter() {
        return PluginJar.of("after-greeter", OrphanPlugin.class).dependsOn("greeter");
    }

    /** Depends on a plugin that is installed but fails to start. */
    public static PluginJar afterBroken() {
        return PluginJar.of("after-broken", OrphanPlugin.class).dependsOn("broken");
    }

    /** Hangs in install(). */
    public static PluginJar sleepy() {
        return PluginJar.of("sleepy", nl.plein.testplugins.sleepy.SleepyPlugin.class);
    }

    /** Tries to read the greeter's resources. */
    public static PluginJar peeker() {
        return PluginJar.of("peeker", nl.plein.testplugins.peeker.PeekerPlugin.class);
    }

    public static Path all(Path dir) {
        afterGreeter().writeTo(dir);
        afterBroken().writeTo(dir);
        greeter().writeTo(dir);
        broken().writeTo(dir);
        badMigration().writeTo(dir);
        orphan().writeTo(dir);
        fromTheFuture().writeTo(dir);
        return dir;
    }
}
