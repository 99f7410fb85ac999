package nl.plein.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GracefulShutdownTest {

    @TempDir
    Path plugins;

    @Test
    void requestInFlightWhenStoppingStillGetsItsAnswer() throws Exception {
        TestPlugins.greeter().writeTo(plugins);
        TestPlein plein = TestPlein.with().pluginsDir(plugins).start();
        HttpRequest slow = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plein.plein().port() + "/greeter/slow"))
                .build();
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
                .sendAsync(slow, HttpResponse.BodyHandlers.ofString());
        awaitSlowRequestStarted(plein);

        plein.close();

        HttpResponse<String> response = answer.get();
        assertEquals(200, response.statusCode());
        assertEquals("finished", response.body());
    }

    /** Polls the database (bounded) until the slow handler has begun. */
    private static void awaitSlowRequestStarted(TestPlein plein) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            int started = plein.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM greeter_visits WHERE id = 'slow'").mapTo(Integer.class).one());
            if (started == 1) return;
            Thread.sleep(10);
        }
        throw new AssertionError("the slow request never started");
    }
}
