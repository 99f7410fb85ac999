package nl.plein.core.generate;

import java.io.PrintStream;
import java.util.Locale;
import nl.plein.api.hooks.ScaleData;

/** Progress of one part, printed at most once a second, and the total with its time when the part is done. */
final class ProgressLines implements ScaleData.Progress {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastPrinted = started;

    ProgressLines(PrintStream out, String owner, String what, long total) {
        this.out = out;
        this.what = owner + ": " + what;
        this.total = total;
    }

    @Override
    public void advance(long count) {
        done += count;
        long now = System.nanoTime();
        if (now - lastPrinted >= INTERVAL_NANOS) {
            lastPrinted = now;
            out.printf(Locale.ROOT, "  %s: %,d / %,d (%d %%) · %.1f s%n", what, done, total,
                    total == 0 ? 100 : done * 100 / total, (now - started) / 1e9);
        }
    }

    @Override
    public void close() {
        out.printf(Locale.ROOT, "  %s: %,d in %.1f s%n", what, done, (System.nanoTime() - started) / 1e9);
    }
}
