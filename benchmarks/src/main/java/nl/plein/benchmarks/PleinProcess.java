package nl.plein.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Plein as an operator runs it: {@code java -jar core/target/plein.jar} from the checkout (so it finds the bundled
 * plugins and themes there), on the generated data directory, on loopback only, without demo data.
 */
final class PleinProcess {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private PleinProcess() {
    }

    /** A started Plein and the milliseconds from {@code java -jar} to its first 200 on {@code /health}. */
    record Started(JavaProcess process, long startupMillis) {
    }

    static Started start(Path root, Path dataDir, Path log) throws IOException, InterruptedException {
        int port = JavaProcess.freePort();
        Map<String, String> environment = Map.of(
                "PLEIN_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "PLEIN_PORT", Integer.toString(port),
                "PLEIN_HOST", "127.0.0.1",
                "PLEIN_DEMO", "false");
        long started = System.nanoTime();
        JavaProcess process = JavaProcess.start("Plein", List.of("-jar", "core/target/plein.jar"), environment, port,
                root, log);
        try {
            return new Started(process, process.awaitOk("/health", started, START_LIMIT));
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.close();
            throw e;
        }
    }
}
