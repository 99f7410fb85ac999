package nl.plein.core.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.core.config.Settings;
import nl.plein.core.i18n.MessageBundles;
import nl.plein.core.storage.Database;
import nl.plein.core.storage.Migrations;
import nl.plein.core.storage.UuidV7Ids;
import nl.plein.core.testing.MutableClock;
import nl.plein.core.view.Templates;
import nl.plein.core.web.PageModel;
import org.jdbi.v3.core.Jdbi;

/**
 * What the mail tests stand on: a real SQLite file with core's migrations, core's bundles and templates, and a
 * plugin "mailtest" (a folder with its own messages and mail templates, loaded through its own class loader, as a
 * plugin jar would be). Opening a second testbed on the same directory is a restart, or a second instance.
 */
final class MailTestbed implements AutoCloseable {

    static final String PLUGIN = "mailtest";

    final MutableClock clock;
    final Database database;
    final Ids ids;
    final MessageBundles messages = new MessageBundles();
    final Templates templates;
    private final URLClassLoader pluginLoader;

    MailTestbed(Path dir, MutableClock clock) {
        this.clock = clock;
        this.database = nl.plein.core.testing.TestDatabases.open(dir);
        Migrations.migrate(database, "core", MailTestbed.class.getClassLoader());
        this.ids = new UuidV7Ids(clock);
        Path plugin = writePlugin(dir.resolve("plugin"));
        this.pluginLoader = classLoader(plugin);
        messages.forPlugin(PLUGIN, pluginLoader);
        this.templates = new Templates(dir.resolve("theme"), Map.of(PLUGIN, pluginLoader), messages,
                new nl.plein.core.content.SafeMarkdown(), true, new PageModel());
    }

    Jdbi jdbi() {
        return database.jdbi();
    }

    static Settings.Smtp smtp(int port) {
        return new Settings.Smtp(Optional.of("127.0.0.1"), port, Optional.of("plein"), Optional.of("geheim"), false,
                "Plein <noreply@plein.test>");
    }

    static Settings.Smtp noSmtp() {
        return new Settings.Smtp(Optional.empty(), 25, Optional.empty(), Optional.empty(), false,
                "Plein <noreply@plein.test>");
    }

    /** A port nobody listens on: what an SMTP server that is down looks like. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Outbox outbox(Settings.Smtp smtp) {
        return new Outbox(jdbi(), ids, clock, templates, messages, smtp);
    }

    MailDispatcher dispatcher(Settings.Smtp smtp) {
        return new MailDispatcher(jdbi(), new SmtpMailer(smtp, clock), clock);
    }

    /** A person with an account; returns the id. */
    String person(String email, String displayName, String locale) {
        String id = ids.next();
        jdbi().useHandle(h -> h.createUpdate("""
                INSERT INTO plein_people (id, email, display_name, password_hash, locale, created_at)
                VALUES (:id, :email, :name, 'not-a-hash', :locale, :now)
                """).bind("id", id).bind("email", email).bind("name", displayName).bind("locale", locale)
                .bind("now", clock.instant()).execute());
        return id;
    }

    OutboxMessage row(String dedupeKey) {
        return jdbi().withHandle(h -> h.createQuery("SELECT * FROM plein_outbox WHERE dedupe_key = :key")
                .bind("key", dedupeKey).map((rs, ctx) -> Outbox.message(rs)).one());
    }

    int rows() {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plein_outbox").mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        database.close();
        try {
            pluginLoader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writePlugin(Path root) {
        write(root.resolve("i18n/mailtest/messages.properties"), """
                mailtest.welcome.subject=Welkom bij de expeditie
                mailtest.welcome.greeting=Hallo {0},
                mailtest.welcome.body=Je doet mee aan de expeditie {0}.
                mailtest.reminder.subject=Herinnering {0}
                """);
        write(root.resolve("i18n/mailtest/messages_en.properties"), """
                mailtest.welcome.subject=Welcome to the expedition
                mailtest.welcome.greeting=Hello {0},
                mailtest.welcome.body=You are taking part in the expedition {0}.
                mailtest.reminder.subject=Reminder {0}
                """);
        write(root.resolve("templates/mailtest/mail/welcome.peb"), """
                {% extends "mail/layout" %}
                {% block content %}
                <p>{{ t('mailtest.welcome.greeting', name) }}</p>
                <p>{{ t('mailtest.welcome.body', expedition) }}</p>
                {% endblock %}
                """);
        write(root.resolve("templates/mailtest/mail/welcome-text.peb"), """
                {{ t('mailtest.welcome.greeting', name) }}

                {{ t('mailtest.welcome.body', expedition) }}
                """);
        return root;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URLClassLoader classLoader(Path root) {
        try {
            // No parent: like a plugin, it sees only its own resources; core's come through core's loader.
            return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
