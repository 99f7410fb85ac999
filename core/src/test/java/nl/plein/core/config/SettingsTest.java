package nl.plein.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.plein.core.Main;
import nl.plein.core.testing.TestPlein;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    @TempDir
    Path dir;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("PLEIN_THEMES_DIR", TestPlein.repositoryThemes().toString());
        env.put("PLEIN_DATA_DIR", dir.toString());
        for (int i = 0; i < pairs.length; i += 2) env.put(pairs[i], pairs[i + 1]);
        return env;
    }

    @ParameterizedTest
    @CsvSource({
            "PLEIN_PORT, zeventig, a whole number from 0 to 65535",
            "PLEIN_PORT, 70000, a whole number from 0 to 65535",
            "PLEIN_DEMO, ja, true or false",
            "PLEIN_BASE_URL, plein.example.nl, an http:// or https:// address",
            "PLEIN_THEME, bestaat-niet, the name of a folder in the themes directory",
            "PLEIN_THEME, ../etc, a theme name of lower-case letters",
            "PLEIN_SMTP_PORT, -1, a whole number from 1 to 65535"})
    void wrongSettingIsNamedWithTheExpectedForm(String name, String value, String expected) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> SettingsLoader.load(env(name, value)));
        assertTrue(e.getMessage().startsWith("Setting " + name + " is \"" + value + "\": expected "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void badSettingStopsStartUpWithOneLineAndExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[0], env("PLEIN_PORT", "abc"), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        String output = err.toString(StandardCharsets.UTF_8);
        assertEquals("plein: Setting PLEIN_PORT is \"abc\": expected a whole number from 0 to 65535.", output.strip());
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Map<String, String> env = env();
        env.remove("PLEIN_DATA_DIR");
        Settings settings = SettingsLoader.load(env);
        assertEquals(7070, settings.port());
        assertEquals(Path.of("data"), settings.dataDir());
        assertEquals(Path.of("plugins"), settings.pluginsDir());
        assertEquals("mensen-maken-nederland", settings.theme());
        assertFalse(settings.demo());
        assertEquals("http://localhost:7070", settings.baseUrl().toString());
        assertFalse(settings.secureCookies());
        assertTrue(settings.database().isEmpty(), "SQLite unless a PostgreSQL URL is given");
        assertEquals(Path.of("data", "uploads"), settings.uploadsDir());
    }

    @Test
    void postgresqlIsChosenByItsJdbcUrl() {
        Settings settings = SettingsLoader.load(env("PLEIN_DATABASE_URL", "jdbc:postgresql://db.plein.test:5432/plein",
                "PLEIN_DATABASE_USER", "plein", "PLEIN_DATABASE_PASSWORD", "geheim-wachtwoord",
                "PLEIN_UPLOADS_DIR", "/srv/gedeeld/uploads"));
        Settings.Postgresql database = settings.database().orElseThrow();
        assertEquals("jdbc:postgresql://db.plein.test:5432/plein", database.url());
        assertEquals("plein", database.user().orElseThrow());
        assertEquals(10, database.poolSize());
        assertFalse(database.toString().contains("geheim"), "the password is never printed");
        assertEquals(Path.of("/srv/gedeeld/uploads"), settings.uploadsDir());
    }

    @Test
    void anUnreachablePostgresqlStopsStartUpWithOneLineAndExitCode2() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[0], env("PLEIN_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + closedPort
                + "/plein?password=geheim"), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        String output = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(output.startsWith("plein: Setting PLEIN_DATABASE_URL: cannot connect to jdbc:postgresql://127.0.0.1:"
                + closedPort + "/plein ("), output);
        assertFalse(output.contains("geheim"), output);
        assertFalse(output.contains("\n"), "one line: " + output);
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresqlOrAUserWithoutUrlIsRefusedWithoutEchoingSecrets() {
        InvalidSettingException wrong = assertThrows(InvalidSettingException.class, () -> SettingsLoader.load(
                env("PLEIN_DATABASE_URL", "mysql://root:geheim@db/plein")));
        assertTrue(wrong.getMessage().contains("PLEIN_DATABASE_URL"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("geheim"), "a URL may carry a password: not repeated");
        InvalidSettingException alone = assertThrows(InvalidSettingException.class, () -> SettingsLoader.load(
                env("PLEIN_DATABASE_PASSWORD", "geheim")));
        assertTrue(alone.getMessage().contains("PLEIN_DATABASE_URL is not"), alone.getMessage());
        assertFalse(alone.getMessage().contains("geheim"));
    }

    @Test
    void configFileIsReadAndTheEnvironmentWins() throws IOException {
        Path file = dir.resolve("plein.properties");
        Files.writeString(file, "port=8080\ndemo=true\nbase-url=https://plein.example.nl/\nsmtp.host=mail.example.nl\n"
                + "webinars.reminder-hours=24\n");
        Settings settings = SettingsLoader.load(env("PLEIN_CONFIG", file.toString(), "PLEIN_PORT", "9090"));
        assertEquals(9090, settings.port());
        assertTrue(settings.demo());
        assertEquals("https://plein.example.nl", settings.baseUrl().toString());
        assertTrue(settings.secureCookies());
        assertEquals("mail.example.nl", settings.smtp().host().orElseThrow());
        assertEquals("24", settings.raw().get("webinars-reminder-hours"));
    }

    @Test
    void missingConfigFileIsNamed() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> SettingsLoader.load(env("PLEIN_CONFIG", dir.resolve("nope.properties").toString())));
        assertTrue(e.getMessage().startsWith("Setting PLEIN_CONFIG is"));
    }
}
