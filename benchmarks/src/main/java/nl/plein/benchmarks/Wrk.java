package nl.plein.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Debian's {@code wrk} (a fixed number of connections, each sending its next request as soon as the previous
 * answer is in) against one URL and reads its figures from a Lua {@code done} hook that prints them as JSON. wrk's own
 * report is appended to a log next to the results, for whoever wants the latency distribution.
 */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 50;
    private static final String MARKER = "WRK_JSON ";

    /** Latencies in microseconds in wrk; printed here in milliseconds. */
    static final String SCRIPT = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('%s{"requests":%d,"duration_ms":%.1f,"rps":%.1f,'
                .. '"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"mean_ms":%.3f,"bytes":%d,'
                .. '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\\n',
                '%MARKER%', summary.requests, summary.duration / 1000, summary.requests / (summary.duration / 1e6),
                latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
                latency.max / 1000, latency.mean / 1000, summary.bytes,
                e.connect, e.read, e.write, e.status, e.timeout))
            end
            """.replace("%MARKER%", MARKER);

    /**
     * One wrk run's figures.
     *
     * @param errors every failed request: connection, read and write errors, answers other than 2xx/3xx, timeouts
     */
    record Result(long requests, double durationMs, double rps, double p50, double p90, double p99, double max,
                  double mean, long bytes, long errors, long statusErrors, long timeouts) {
    }

    private final Path script;
    private final Path log;

    Wrk(Path workDir) throws IOException {
        this.script = workDir.resolve("benchmark-wrk.lua");
        this.log = workDir.resolve("benchmark-wrk.log");
        Files.writeString(script, SCRIPT);
    }

    /** {@code wrk -t2 -c50 -d<seconds>s --latency} on {@code url}, sending {@code cookie} when not empty. */
    Result run(String url, String cookie, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--latency", "-s", script.toString()));
        if (cookie != null && !cookie.isEmpty()) command.addAll(List.of("-H", "Cookie: " + cookie));
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Files.writeString(log, "$ wrk … " + url + "\n" + output + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (exit != 0) throw new IOException("wrk ended with exit code " + exit + ": " + output.strip());
        return parse(output);
    }

    static Result parse(String output) throws IOException {
        for (String line : output.split("\n")) {
            int at = line.indexOf(MARKER);
            if (at < 0) continue;
            JsonNode json = new ObjectMapper().readTree(line.substring(at + MARKER.length()));
            JsonNode errors = json.path("errors");
            long status = errors.path("status").asLong();
            long timeouts = errors.path("timeout").asLong();
            long all = errors.path("connect").asLong() + errors.path("read").asLong() + errors.path("write").asLong()
                    + status + timeouts;
            return new Result(json.path("requests").asLong(), json.path("duration_ms").asDouble(),
                    json.path("rps").asDouble(), json.path("p50_ms").asDouble(), json.path("p90_ms").asDouble(),
                    json.path("p99_ms").asDouble(), json.path("max_ms").asDouble(), json.path("mean_ms").asDouble(),
                    json.path("bytes").asLong(), all, status, timeouts);
        }
        throw new IOException("wrk printed no results (is it built with Lua?):\n" + output.strip());
    }
}
