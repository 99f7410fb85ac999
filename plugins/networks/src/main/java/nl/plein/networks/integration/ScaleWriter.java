package nl.plein.networks.integration;

import java.util.List;
import nl.plein.api.hooks.ScaleData;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes generated rows in transactions of a few thousand, one progress step per transaction. The transaction is
 * opened with {@link Jdbi#useTransaction}, so what the chunk writer puts into core's full-text index on the same thread
 * joins it, as it does when people write.
 */
final class ScaleWriter {

    static final int CHUNK = 2_500;

    /** Writes one chunk of rows inside an open transaction. */
    @FunctionalInterface
    interface Chunk<T> {
        void write(Handle h, List<T> rows) throws Exception;
    }

    private final Jdbi jdbi;
    private final ScaleData.Generation generation;

    ScaleWriter(Jdbi jdbi, ScaleData.Generation generation) {
        this.jdbi = jdbi;
        this.generation = generation;
    }

    <T> void write(String what, List<T> rows, Chunk<T> chunk) {
        try (ScaleData.Progress progress = generation.progress(what, rows.size())) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<T> part = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                jdbi.useTransaction(h -> {
                    try {
                        chunk.write(h, part);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                progress.advance(part.size());
            }
        }
    }
}
