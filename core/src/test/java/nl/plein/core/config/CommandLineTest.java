package nl.plein.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.plein.core.Main;
import nl.plein.core.testing.TestPlein;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first administrator of a fresh installation comes from the command line. */
class CommandLineTest {

    @TempDir
    Path data;

    private Map<String, String> env(String password) {
        Map<String, String> env = new HashMap<>();
        env.put("PLEIN_THEMES_DIR", TestPlein.repositoryThemes().toString());
        env.put("PLEIN_DATA_DIR", data.toString());
        env.put("PLEIN_ADMIN_PASSWORD", password);
        return env;
    }

    @Test
    void createAdminMakesAnAdministratorWhoCanSignIn() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"create-admin", "--email", "eerste@plein.test", "--name", "Eerste Beheerder"},
                env("een-sterk-wachtwoord"), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));

        try (TestPlein plein = TestPlein.with().set("PLEIN_DATA_DIR", data.toString()).start()) {
            var browser = plein.browser();
            browser.signIn("eerste@plein.test", "een-sterk-wachtwoord");
            assertEquals(200, browser.get("/admin").status());
        }
    }

    @Test
    void createAdminRefusesAShortPasswordWithOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"create-admin", "--email", "eerste@plein.test"}, env("kort"),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("plein: administrator not created: the password needs at least 10"));
    }
}
