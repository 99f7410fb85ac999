package nl.plein.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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

/** {@code java -jar plein.jar generate}: fills an empty data directory, refuses a used one and a wrong scale. */
class GenerateCommandTest {

    @TempDir
    Path data;
    @TempDir
    Path plugins;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int generate(String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("PLEIN_THEMES_DIR", TestPlein.repositoryThemes().toString());
        env.put("PLEIN_DATA_DIR", data.toString());
        env.put("PLEIN_PLUGINS_DIR", plugins.toString());
        String[] command = new String[args.length + 1];
        command[0] = "generate";
        System.arraycopy(args, 0, command, 1, args.length);
        return Main.run(command, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void generatesIntoAnEmptyDataDirectoryAndRefusesToDoItTwice() throws Exception {
        assertEquals(0, generate("--scale", "0.005", "--seed", "3", "--today", "2026-11-24"),
                err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("core: people: 500 in "), printed);
        assertTrue(printed.contains("Generated in "), printed);
        String manifest = Files.readString(data.resolve(Manifest.FILE));
        assertTrue(manifest.contains("\"today\" : \"2026-11-24\""), manifest);
        assertTrue(manifest.contains("\"seed\" : 3"), manifest);

        assertEquals(2, generate("--scale", "0.005"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already holds 501 people"), err.toString());
    }

    @Test
    void aScaleThatIsNeitherANameNorAFactorIsRefused() {
        assertEquals(2, generate("--scale", "enorm"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--scale is small, national or a number"));
        assertEquals(2, generate("--scale", "0"));
    }
}
