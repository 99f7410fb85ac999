package nl.plein.goodbusy.integration;

import java.util.List;
import java.util.function.BiConsumer;
import nl.plein.api.hooks.ScaleData;
import nl.plein.goodbusy.Versions;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes generated rows in batches: one prepared statement run for many rows, a transaction per {@value #CHUNK} rows
 * (short enough not to hold the writer long, long enough that SQLite does not sync per row), one progress step per
 * transaction.
 */
final class ScaleWriter {

    static final int CHUNK = 2_000;

    private final Jdbi jdbi;
    private final ScaleData.Generation generation;

    ScaleWriter(Jdbi jdbi, ScaleData.Generation generation) {
        this.jdbi = jdbi;
        this.generation = generation;
    }

    /** Raises matching's change counters: its copies in memory of the open items no longer hold. */
    void changed(String... counters) {
        jdbi.useTransaction(h -> {
            for (String counter : counters) Versions.raise(h, counter);
        });
    }

    <T> void write(String part, String sql, List<T> rows, BiConsumer<PreparedBatch, T> bind) {
        try (ScaleData.Progress progress = generation.progress(part, rows.size())) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                jdbi.useTransaction(h -> {
                    PreparedBatch batch = h.prepareBatch(sql);
                    for (T row : chunk) {
                        bind.accept(batch, row);
                        batch.add();
                    }
                    batch.execute();
                });
                progress.advance(chunk.size());
            }
        }
    }
}
