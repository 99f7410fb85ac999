package nl.plein.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the figures were measured: the machine, the JDK, the operating system and the code's revision. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(Path root) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", cpuModel());
        machine.put("memory_mb", memoryMb());
        machine.put("jdk", Runtime.version().toString());
        machine.put("jdk_vendor", System.getProperty("java.vendor"));
        machine.put("os", osName() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", " + System.getProperty("os.arch") + ")");
        machine.put("default_max_heap_mb", defaultMaxHeapMb());
        machine.put("git_revision", git(root, "rev-parse", "HEAD"));
        String status = git(root, "status", "--porcelain");
        machine.put("git_dirty", status == null ? null : !status.isEmpty());
        return machine;
    }

    /**
     * The maximum heap a JVM started without options takes on this machine (a quarter of the memory): the harness
     * runs without options, so its own is the servers' unless {@code BENCHMARK_JAVA_OPTS} says otherwise.
     */
    static long defaultMaxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** The 1, 5 and 15 minute load averages: figures taken while other work runs are not comparable. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static String summary(Map<String, Object> machine) {
        return machine.get("cores") + " cores (" + machine.get("cpu") + "), " + machine.get("memory_mb") + " MB, JDK "
                + machine.get("jdk") + " (" + machine.get("jdk_vendor") + "), " + machine.get("os") + ", revision "
                + abbreviate(machine.get("git_revision")) + (Boolean.TRUE.equals(machine.get("git_dirty")) ? " (dirty)" : "");
    }

    private static String abbreviate(Object revision) {
        if (revision == null) return "unknown (not a git checkout)";
        String text = revision.toString();
        return text.length() > 12 ? text.substring(0, 12) : text;
    }

    private static String cpuModel() {
        return lineValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    }

    private static long memoryMb() {
        return lineValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Long.parseLong(v.replace("kB", "").strip()) / 1024).orElse(-1L);
    }

    private static String osName() {
        return lineValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", ""))
                .orElse(System.getProperty("os.name"));
    }

    /** The value of the first {@code key: value} or {@code key=value} line. */
    private static java.util.Optional<String> lineValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    String rest = line.substring(key.length()).strip();
                    if (rest.startsWith(":") || rest.startsWith("=")) return java.util.Optional.of(rest.substring(1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux, or not readable: the caller has a fallback
        }
        return java.util.Optional.empty();
    }

    private static String git(Path root, String... arguments) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git"));
            command.addAll(List.of(arguments));
            Process git = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
