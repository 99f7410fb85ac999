package nl.plein.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server in a JVM of its own (Plein or the ceiling), started with the JVM that runs the harness, its output
 * appended to a log file. Its start-up is timed from just before the process is started to the first 200 on a path.
 */
public final class JavaProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private JavaProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The {@code java} of this JVM, so the servers run on the JDK the results file names. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Extra JVM options for both servers (e.g. {@code -Xmx256m}), from {@code BENCHMARK_JAVA_OPTS}. */
    static List<String> javaOptions() {
        String opts = System.getenv().getOrDefault("BENCHMARK_JAVA_OPTS", "").strip();
        return opts.isEmpty() ? List.of() : List.of(opts.split("\\s+"));
    }

    static JavaProcess start(String name, List<String> arguments, Map<String, String> environment, int port,
                             Path workingDir, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(javaOptions());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new JavaProcess(name, builder.start(), port, log);
    }

    /**
     * Waits for the first 200 on {@code path}; returns the milliseconds since {@code startedNanos}. Stops with the
     * log's name if the process ends or {@code limit} passes first.
     */
    long awaitOk(String path, long startedNanos, Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = startedNanos + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1_000_000;
                }
            } catch (IOException refused) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IOException(name + " stopped with exit code " + process.exitValue() + " before answering "
                        + path + "; see " + log);
            }
            Thread.sleep(10);
        }
        throw new IOException(name + " did not answer 200 on " + path + " within " + limit.toSeconds() + " s; see " + log);
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Asks the JVM to stop (SIGTERM: Plein shuts down gracefully) and waits; forces it after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) return;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A port nobody listens on right now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
