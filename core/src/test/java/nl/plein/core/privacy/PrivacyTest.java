package nl.plein.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.plein.core.testing.OnBothDatabases;

/** A person takes their data with them, and then leaves without a trace. */
@OnBothDatabases
class PrivacyTest {

    static final String PASSWORD = "mijn-gegevens-zijn-van-mij";
    static final String EMAIL = "xaviera.quintel@plein.test";
    static final String NAME = "Xaviera Quintelsma";

    @TempDir
    Path plugins;
    TestPlein plein;

    @BeforeEach
    void start() {
        TestPlugins.greeter().writeTo(plugins);
        plein = TestPlein.with().pluginsDir(plugins).start();
        plein.plein().people().create(EMAIL, NAME, PASSWORD, "nl");
    }

    @AfterEach
    void stop() {
        plein.close();
    }

    @Test
    void exportHoldsCoresDataAndEveryPluginsContribution() {
        Browser xaviera = plein.browser();
        xaviera.signIn(EMAIL, PASSWORD);
        xaviera.post("/organisations", Map.of("name", "Stichting Quintel", "kind", "other"));
        Browser.Page export = xaviera.get("/account/export");
        assertEquals(200, export.status());
        assertTrue(export.header("Content-Type").startsWith("application/json"));
        assertTrue(export.header("Content-Disposition").startsWith("attachment"));
        String json = export.body();
        assertTrue(json.contains("\"email\" : \"" + EMAIL + "\""), json);
        assertTrue(json.contains("\"displayName\" : \"" + NAME + "\""));
        assertTrue(json.contains("\"organisationName\" : \"Stichting Quintel\""));
        String id = plein.plein().people().byEmail(EMAIL).orElseThrow().id();
        assertTrue(json.contains("\"greeter\" : {\n      \"greetedPerson\" : \"" + id + "\""), json);
        assertTrue(json.contains("\"action\" : \"login\""), "the security log about them");
        assertEquals(303, plein.browser().get("/account/export").status(), "only for the person themselves");
    }

    @Test
    void afterErasureTheirAddressAndNameAppearNowhereInTheDatabaseFiles() throws IOException {
        Browser xaviera = plein.browser();
        xaviera.signIn(EMAIL, PASSWORD);
        xaviera.post("/organisations", Map.of("name", "Stichting Quintel", "kind", "other"));
        xaviera.post("/account", Map.of("name", NAME, "locale", "nl", "bio", "Ik ben " + NAME + "."));
        xaviera.post("/account/forgot", Map.of("email", EMAIL));
        xaviera.post("/login", Map.of("email", EMAIL, "password", "fout-wachtwoord-hier"));

        Browser.Page refused = xaviera.post("/account/delete", Map.of("password", PASSWORD, "confirm", "ja"));
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("Typ VERWIJDER in dit veld."));
        Browser.Page deleted = xaviera.post("/account/delete", Map.of("password", PASSWORD, "confirm", "VERWIJDER"));
        assertEquals("/?erased=1", deleted.location());
        assertTrue(xaviera.get("/?erased=1").body().contains("Je account en je gegevens zijn verwijderd."));
        assertEquals(303, xaviera.get("/account").status(), "signed out");

        assertTrue(plein.browser().get("/organisations?q=quintel").body().contains("Stichting Quintel"),
                "the organisation others rely on stays");
        int erasures = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plein_audit WHERE action = 'privacy.erased'").mapTo(Integer.class).one());
        assertEquals(1, erasures);

        plein.close();
        for (Path file : databaseFiles()) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(EMAIL), EMAIL + " in " + file);
            assertFalse(bytes.contains(NAME), NAME + " in " + file);
            assertFalse(bytes.contains("Quintelsma"), "name fragment in " + file);
        }
    }

    private java.util.List<Path> databaseFiles() throws IOException {
        try (Stream<Path> files = Files.list(plein.dataDir())) {
            return files.filter(f -> f.getFileName().toString().startsWith("plein.db")).toList();
        }
    }
}
