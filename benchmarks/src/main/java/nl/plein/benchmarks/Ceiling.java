package nl.plein.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Measures {@link BareJavalin} in a JVM of its own, in the same run and under the same wrk settings as Plein's pages,
 * so a page's ratio to it compares like with like on whatever this machine is doing at the time.
 */
final class Ceiling {

    /** The ceiling's figures and its JVM's memory after the run. */
    record Result(Wrk.Result wrk, ProcStatus.Memory memory) {
    }

    private Ceiling() {
    }

    static Result measure(Path root, Path log, Wrk wrk, int warmUpSeconds, int seconds)
            throws IOException, InterruptedException {
        int port = JavaProcess.freePort();
        Path jar = root.resolve("benchmarks/target/plein-benchmarks.jar");
        try (JavaProcess bare = JavaProcess.start("the bare Javalin server",
                List.of("-cp", jar.toString(), BareJavalin.class.getName(), Integer.toString(port)), Map.of(), port,
                root, log)) {
            bare.awaitOk("/", System.nanoTime(), Duration.ofMinutes(1));
            String url = bare.base() + "/";
            wrk.run(url, "", warmUpSeconds);
            Wrk.Result result = wrk.run(url, "", seconds);
            return new Result(result, ProcStatus.memory(bare.pid()));
        }
    }
}
