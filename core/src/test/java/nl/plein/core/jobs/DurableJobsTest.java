package nl.plein.core.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.plein.core.testing.OnBothDatabases;

/** "Send this at 09:00 tomorrow" must happen once, also when the platform restarts in between. */
@OnBothDatabases
class DurableJobsTest {

    @TempDir
    Path plugins;

    @Test
    void jobScheduledBeforeARestartRunsOnceWhenDue() {
        TestPlugins.greeter().writeTo(plugins);
        try (TestPlein plein = TestPlein.with().pluginsDir(plugins).start()) {
            JobStore store = new JobStore(plein.jdbi(), () -> "job-1", plein.clock());
            store.schedule("greeter", "greet", "tomorrow", plein.clock().instant().plus(Duration.ofDays(1)), "hi");
            store.schedule("greeter", "greet", "tomorrow", plein.clock().instant().plus(Duration.ofDays(1)), "hi");

            assertEquals(0, plein.plein().jobs().runDue(), "not due yet");
            plein.restart();
            plein.clock().advance(Duration.ofDays(1));
            store = new JobStore(plein.jdbi(), () -> "unused", plein.clock());

            assertEquals(1, plein.plein().jobs().runDue());
            assertEquals(0, plein.plein().jobs().runDue(), "ran once");
            assertEquals("done", store.status("greeter", "greet", "tomorrow").orElseThrow());
            int greeted = plein.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM greeter_visits WHERE id = 'job-tomorrow'").mapTo(Integer.class).one());
            assertEquals(1, greeted);
        }
    }

    @Test
    void jobOfAPluginThatIsNotInstalledWaits() {
        try (TestPlein plein = TestPlein.with().start()) {
            JobStore store = new JobStore(plein.jdbi(), () -> "job-2", plein.clock());
            store.schedule("greeter", "greet", "later", plein.clock().instant(), "");
            assertEquals(0, plein.plein().jobs().runDue());
            assertEquals("pending", store.status("greeter", "greet", "later").orElseThrow());
        }
    }

    @Test
    void cancelledJobDoesNotRun() {
        TestPlugins.greeter().writeTo(plugins);
        try (TestPlein plein = TestPlein.with().pluginsDir(plugins).start()) {
            JobStore store = new JobStore(plein.jdbi(), () -> "job-3", plein.clock());
            store.schedule("greeter", "greet", "never", plein.clock().instant(), "");
            store.cancel("greeter", "greet", "never");
            assertEquals(0, plein.plein().jobs().runDue());
            assertEquals("cancelled", store.status("greeter", "greet", "never").orElseThrow());
        }
    }
}
