package nl.plein.core.storage.copy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Copies one table: reads the snapshot in key order and writes JDBC batches, in one transaction per table, so a
 * table is on the target either whole or not at all.
 */
final class TableCopier {

    private final Connection source;
    private final Connection target;
    private final int batchSize;
    private final Progress progress;

    TableCopier(Connection source, Connection target, int batchSize, Progress progress) {
        this.source = source;
        this.target = target;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    /** The number of rows written. */
    long copy(TableCopy table) {
        List<Column> columns = table.columns();
        long copied = 0;
        try (Statement select = source.createStatement();
             ResultSet rows = select.executeQuery(table.selectFromSource());
             PreparedStatement insert = target.prepareStatement(table.insertIntoTarget())) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    ColumnType type = columns.get(i).type();
                    Object value;
                    try {
                        value = type.read(rows, i + 1);
                    } catch (IllegalArgumentException e) {
                        throw new CopyFailed(table.name() + "." + columns.get(i).name() + " in row " + (copied + 1)
                                + ": " + e.getMessage(), e);
                    }
                    type.bind(insert, i + 1, value);
                }
                insert.addBatch();
                copied++;
                if (++pending == batchSize) {
                    insert.executeBatch();
                    pending = 0;
                    progress.advance(table.name(), copied, table.rows());
                }
            }
            if (pending > 0) insert.executeBatch();
            target.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            SQLException next = e.getNextException();
            throw new CopyFailed("copying " + table.name() + " failed: " + e.getMessage()
                    + (next == null ? "" : " (" + next.getMessage() + ")"), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
        progress.finish(table.name(), copied, table.rows());
        return copied;
    }

    private void rollbackQuietly() {
        try {
            target.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }
}
