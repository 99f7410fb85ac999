package nl.plein.core.storage.copy;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress lines while copying, such as {@code plein_people: 12,000 / 48,210 rows (25 %) · total 30,000 / 100,000
 * rows (30 %)}: at most one a second while a table is under way, and always one when a table is done.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final long totalRows;
    private final LongSupplier nanoTime;
    private long copiedBefore;
    private long lastPrinted;

    Progress(PrintStream out, long totalRows, LongSupplier nanoTime) {
        this.out = out;
        this.totalRows = totalRows;
        this.nanoTime = nanoTime;
        this.lastPrinted = nanoTime.getAsLong();
    }

    /** {@code copied} of the table's {@code rows} are in so far: a line if the last one is a second old. */
    void advance(String table, long copied, long rows) {
        if (nanoTime.getAsLong() - lastPrinted >= INTERVAL_NANOS) print(table, copied, rows);
    }

    /** The table is done, with {@code copied} rows: always a line. */
    void finish(String table, long copied, long rows) {
        print(table, copied, rows);
        copiedBefore += copied;
    }

    private void print(String table, long copied, long rows) {
        lastPrinted = nanoTime.getAsLong();
        out.println(table + ": " + line(copied, rows) + " · total " + line(copiedBefore + copied, totalRows));
    }

    static String line(long done, long of) {
        long percent = of == 0 ? 100 : done * 100 / of;
        return String.format(Locale.ROOT, "%,d / %,d rows (%d %%)", done, of, percent);
    }
}
