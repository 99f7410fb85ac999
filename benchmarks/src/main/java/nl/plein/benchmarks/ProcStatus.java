package nl.plein.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A process's memory as Linux counts it in {@code /proc/<pid>/status}: the resident set now (VmRSS) and its peak
 * since the process started (VmHWM, the "high water mark"). This is what the operating system has to provide, heap
 * and everything else a JVM holds; the heap in use is only part of it.
 */
final class ProcStatus {

    /** Resident and peak resident set in kB. */
    record Memory(long rssKb, long peakKb) {

        double rssMb() {
            return rssKb / 1024.0;
        }

        double peakMb() {
            return peakKb / 1024.0;
        }
    }

    private ProcStatus() {
    }

    static Memory memory(long pid) throws IOException {
        return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
    }

    static Memory parse(String status) throws IOException {
        OptionalLong rss = field(status, "VmRSS");
        OptionalLong peak = field(status, "VmHWM");
        if (rss.isEmpty() || peak.isEmpty()) throw new IOException("no VmRSS/VmHWM in /proc/<pid>/status");
        return new Memory(rss.getAsLong(), peak.getAsLong());
    }

    /** A line such as {@code VmRSS:\t  412345 kB}. */
    private static OptionalLong field(String status, String name) {
        for (String line : status.split("\n")) {
            if (!line.startsWith(name + ":")) continue;
            String value = line.substring(name.length() + 1).strip();
            if (value.endsWith("kB")) value = value.substring(0, value.length() - 2).strip();
            return OptionalLong.of(Long.parseLong(value));
        }
        return OptionalLong.empty();
    }
}
