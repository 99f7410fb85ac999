package nl.plein.expeditions.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.plein.api.hooks.ScaleData;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Rows for the plugin's tables, collected first and written in batches. Collecting first lets a part announce its
 * total before it writes; each row binds its own typed values, so a null is bound with its column's type (PostgreSQL
 * wants to know it).
 */
final class ScaleRows {

    /** Rows per transaction: large enough for batching to pay, small enough to keep SQLite's write lock short. */
    static final int BATCH = 2_000;

    /** One table's insert and its rows. */
    record Table(String sql, List<Consumer<PreparedBatch>> rows) {

        Table(String sql) {
            this(sql, new ArrayList<>());
        }

        void add(Consumer<PreparedBatch> row) {
            rows.add(row);
        }
    }

    private ScaleRows() {
    }

    /** Writes the tables in order, one progress advance per batch. */
    static void write(Jdbi jdbi, ScaleData.Generation generation, String part, List<Table> tables) {
        long total = tables.stream().mapToLong(t -> t.rows().size()).sum();
        try (ScaleData.Progress progress = generation.progress(part, total)) {
            for (Table table : tables) {
                List<Consumer<PreparedBatch>> rows = table.rows();
                for (int from = 0; from < rows.size(); from += BATCH) {
                    List<Consumer<PreparedBatch>> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
                    jdbi.useTransaction(h -> {
                        PreparedBatch batch = h.prepareBatch(table.sql());
                        for (Consumer<PreparedBatch> row : chunk) {
                            row.accept(batch);
                            batch.add();
                        }
                        batch.execute();
                    });
                    progress.advance(chunk.size());
                }
            }
        }
    }
}
