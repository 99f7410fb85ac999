package nl.plein.webinars.calendar;

import static nl.plein.webinars.WebinarsFixture.BASE_URL;
import static nl.plein.webinars.WebinarsFixture.event;
import static nl.plein.webinars.WebinarsFixture.parse;
import static nl.plein.webinars.WebinarsFixture.property;
import static nl.plein.webinars.WebinarsFixture.sessionInput;
import static nl.plein.webinars.WebinarsFixture.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.fortuna.ical4j.model.Calendar;
import nl.plein.core.plugin.PluginState;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.TestPlein;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calendar as a self-hoster runs it: the plugin from one jar that carries ical4j and the other libraries (as the
 * build's shade step makes it), loaded by PF4J's jar loader, and a calendar file written on a thread whose context
 * class loader knows nothing of ical4j, as on the platform's job thread. The test reads the files with its own copy
 * of ical4j, so two copies work side by side in one JVM, as they would with another plugin that bundles ical4j.
 */
class PluginArchiveTest {

    /** What the shade step packs with the plugin, one class of each library to find its jar by. */
    private static final List<Class<?>> LIBRARIES = List.of(net.fortuna.ical4j.model.Calendar.class,
            org.apache.commons.lang3.Validate.class, org.apache.commons.codec.binary.Base64.class,
            org.threeten.extra.Interval.class, org.apache.commons.csv.CSVFormat.class, org.apache.commons.io.IOUtils.class);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void calendarFilesAndMailWorkFromThePluginJarOnAnyThread() throws Exception {
        Path plugins = Files.createTempDirectory("webinars-archive");
        writeArchive(plugins.resolve("webinars.jar"));
        try (TestPlein plein = TestPlein.with().pluginsDir(plugins).set("PLEIN_BASE_URL", BASE_URL)
                .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort()))
                .start()) {
            assertEquals(PluginState.STARTED, plein.plein().pluginStatuses().stream()
                    .filter(p -> p.id().equals("webinars")).findFirst().orElseThrow().state());
            WebinarsFixture fixture = new WebinarsFixture(plein);
            Browser organiser = fixture.organiser("organisator@plein.test", "Olga Organisator");
            WebinarsFixture.Forms forms = fixture.forms(organiser);
            // Entered with the organiser's form, handled by the plugin's classes from the jar: the Sunday the clocks
            // go back, 10:00 CET.
            Session session = fixture.session(forms.session(fixture.week("Nieuwe vrijwilligers", true,
                    LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 25)).id(),
                    sessionInput("Vrijwilligers uit het buitenland", LocalDateTime.of(2026, 10, 25, 10, 0), 10)));
            assertEquals(Instant.parse("2026-10-25T09:00:00Z"), session.startsAt());

            Calendar file = parse(plein.browser().get("/webinars/sessions/" + session.id() + "/calendar.ics").body());
            assertEquals("Europe/Amsterdam", file.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID")
                    .orElseThrow().getValue());
            assertEquals(Instant.parse("2026-10-25T09:00:00Z"), start(event(file, session)));

            Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
            fixture.register(ann, session);
            assertEquals(303, forms.cancel(session.id()).status());

            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());   // sees no ical4j at all
            try {
                assertEquals(1, plein.plein().jobs().runDue());
            } finally {
                thread.setContextClassLoader(previous);
            }
            plein.plein().sendMail();
            Mailbox mailbox = new Mailbox(greenMail);
            String confirmation = mailbox.to("ann@plein.test").get(0).attachment("vrijwilligers-uit-het-buitenland.ics")
                    .orElseThrow().text();
            assertEquals("CONFIRMED", property(event(parse(confirmation), session), "STATUS"));
            String cancelled = mailbox.last("ann@plein.test").attachment("vrijwilligers-uit-het-buitenland.ics")
                    .orElseThrow().text();
            assertTrue(cancelled.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"), cancelled);
            assertEquals("CANCELLED", property(event(parse(cancelled), session), "STATUS"));
            assertEquals(Instant.parse("2026-10-25T09:00:00Z"), start(event(parse(cancelled), session)));
        }
    }

    /**
     * The plugin's classes and resources (with the extension index that names {@code WebinarsPlugin}) and its
     * libraries inside, as the build's shade step packs them.
     */
    private static void writeArchive(Path jar) throws IOException, URISyntaxException {
        Set<String> written = new HashSet<>();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            Path classes = Path.of("target/classes");
            putTree(out, written, classes, classes);
            for (Class<?> library : LIBRARIES) {
                Path source = Path.of(library.getProtectionDomain().getCodeSource().getLocation().toURI());
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source))) {
                    for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                        String name = entry.getName();
                        if (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".DSA")
                                || name.endsWith(".RSA") || name.equals("META-INF/MANIFEST.MF"))
                                || name.endsWith("module-info.class")) continue;
                        put(out, written, name, entry.isDirectory() ? null : in.readAllBytes());
                    }
                }
            }
        }
    }

    private static void putTree(ZipOutputStream out, Set<String> written, Path root, Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (name.isEmpty()) continue;
                if (Files.isDirectory(file)) {
                    put(out, written, name + "/", null);
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        put(out, written, name, in.readAllBytes());
                    }
                }
            }
        }
    }

    /** Adds an entry, with its folders first (class loaders find a folder in a jar only by its entry); first wins. */
    private static void put(ZipOutputStream out, Set<String> written, String name, byte[] content) throws IOException {
        int slash = name.lastIndexOf('/', name.endsWith("/") ? name.length() - 2 : name.length() - 1);
        if (slash > 0) put(out, written, name.substring(0, slash + 1), null);
        if (!written.add(name)) return;
        out.putNextEntry(new ZipEntry(name));
        if (content != null) out.write(content);
        out.closeEntry();
    }
}
