package nl.plein.core.storage.copy;

import java.util.List;
import java.util.Set;

/**
 * A table as PostgreSQL has it after the migrations.
 *
 * @param primaryKey its key columns in key order; empty when it has none (then every column orders the rows)
 * @param parents    the other tables its foreign keys point to
 */
record TargetTable(String name, List<Column> columns, List<String> primaryKey, Set<String> parents) {

    Column column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst().orElse(null);
    }
}
