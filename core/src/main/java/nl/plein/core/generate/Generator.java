package nl.plein.core.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.plugin.InstalledPlugin;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills an empty installation with invented data at a scale: core's people and organisations, then every installed
 * plugin's {@link ScaleData}, then the manifest ({@value Manifest#FILE}) that tells the benchmark suite what to
 * measure. The same seed, scale and day give the same rows.
 */
public final class Generator {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Jdbi jdbi;
    private final List<InstalledPlugin> plugins;
    private final Set<String> roles;
    private final String version;
    private final PrintStream out;

    public Generator(Jdbi jdbi, List<InstalledPlugin> plugins, Set<String> roles, String version, PrintStream out) {
        this.jdbi = jdbi;
        this.plugins = plugins;
        this.roles = roles;
        this.version = version;
        this.out = out;
    }

    /** Refused (nothing written) when the database already holds people: generated data needs an empty one. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public Manifest run(ScaleData.Scale scale, long seed, LocalDate today, Path dataDir) {
        long people = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plein_people").mapTo(Long.class).one());
        if (people > 0) {
            throw new Refused("the database already holds " + people + " people; generate into an empty data "
                    + "directory (or an empty PostgreSQL database)");
        }
        long started = System.nanoTime();
        var now = today.atTime(LocalTime.NOON).atZone(AMSTERDAM).toInstant();
        List<Manifest.Part> parts = new ArrayList<>();
        List<Manifest.Page> pages = new ArrayList<>();
        Map<String, Object> notes = new LinkedHashMap<>();
        SeededGeneration.Core core = new SeededGeneration.Core();
        out.printf(Locale.ROOT, "Generating %s data (factor %s) from seed %d for %s%n", scale.name(), scale.factor(),
                seed, today);

        long partStarted = System.nanoTime();
        SeededGeneration coreGeneration = new SeededGeneration("core", scale, seed, now, jdbi, roles, out, core,
                pages, notes);
        CorePeople.Made made = new CorePeople(jdbi).generate(coreGeneration);
        core.people = made.people();
        core.organisations = made.organisations();
        coreGeneration.note("people", made.people().size());
        coreGeneration.note("organisations", made.organisations().size());
        ScaleData.Organisation busiest = made.organisations().stream()
                .filter(o -> o.kind().equals("volunteer-organisation"))
                .max(java.util.Comparator.comparingInt(ScaleData.Organisation::members)).orElseThrow();
        coreGeneration.benchmarkPage("home page, signed in", "/", busiest.administratorId());
        parts.add(new Manifest.Part("core", seconds(partStarted)));

        for (InstalledPlugin plugin : plugins) {
            if (plugin.scaleData().isEmpty()) continue;
            partStarted = System.nanoTime();
            SeededGeneration generation = new SeededGeneration(plugin.id(), scale, seed, now, jdbi, roles, out, core,
                    pages, notes);
            for (ScaleData data : plugin.scaleData()) {
                try {
                    data.generate(generation);
                } catch (Exception e) {
                    throw new IllegalStateException("the plugin " + plugin.id() + " failed to generate its data", e);
                }
            }
            parts.add(new Manifest.Part(plugin.id(), seconds(partStarted)));
        }
        Manifest manifest = new Manifest(scale.name(), scale.factor(), seed, today.toString(), version,
                seconds(started), ScaleData.PASSWORD, CorePeople.ADMINISTRATOR, parts, pages, notes);
        write(manifest, dataDir.resolve(Manifest.FILE));
        out.printf(Locale.ROOT, "Generated in %.1f s:%n", manifest.seconds());
        for (Manifest.Part part : parts) out.printf(Locale.ROOT, "  %-12s %6.1f s%n", part.owner(), part.seconds());
        out.println("Manifest: " + dataDir.resolve(Manifest.FILE) + "; every account's password: " + ScaleData.PASSWORD);
        return manifest;
    }

    private static void write(Manifest manifest, Path file) {
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }
}
