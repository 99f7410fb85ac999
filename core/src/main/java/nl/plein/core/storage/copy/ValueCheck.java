package nl.plein.core.storage.copy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds, before anything is written, the values PostgreSQL would refuse although SQLite took them: SQLite does not
 * enforce {@code VARCHAR(n)}, and keeps whatever type it is given. One pass over each table lists every such column
 * at once, instead of the copy breaking off at the first one with the target half full.
 */
final class ValueCheck {

    private ValueCheck() {
    }

    /** What does not fit, one line per column; empty when everything does. */
    static List<String> problems(SqliteSnapshot source, List<TableCopy> tables) {
        List<String> problems = new ArrayList<>();
        for (TableCopy table : tables) {
            List<String> checks = new ArrayList<>();
            List<Column> checked = new ArrayList<>();
            for (Column column : table.columns()) {
                String misfit = misfit(column);
                if (misfit == null) continue;
                checks.add("SUM(CASE WHEN " + misfit + " THEN 1 ELSE 0 END)");
                checks.add(column.type() == ColumnType.TEXT ? "MAX(LENGTH(" + TableCopy.quote(column.name()) + "))" : "0");
                checked.add(column);
            }
            if (checked.isEmpty() || table.rows() == 0) continue;
            try (Statement statement = source.connection().createStatement();
                 ResultSet row = statement.executeQuery("SELECT " + String.join(", ", checks) + " FROM "
                         + TableCopy.quote(table.sourceName()))) {
                row.next();
                for (int i = 0; i < checked.size(); i++) {
                    long rows = row.getLong(2 * i + 1);
                    if (rows > 0) problems.add(describe(table, checked.get(i), rows, row.getLong(2 * i + 2)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot check the values of " + table.sourceName(), e);
            }
        }
        return problems;
    }

    /** An SQLite condition that is true for a value the column cannot take; null when every value fits. */
    private static String misfit(Column column) {
        String name = TableCopy.quote(column.name());
        return switch (column.type()) {
            case TEXT -> column.limit() == Long.MAX_VALUE ? null : "LENGTH(" + name + ") > " + column.limit();
            case INTEGER -> name + " IS NOT NULL AND (typeof(" + name + ") <> 'integer' OR " + name + " > "
                    + column.limit() + " OR " + name + " < " + (-column.limit() - 1) + ")";
            case BOOLEAN -> name + " IS NOT NULL AND (typeof(" + name + ") <> 'integer' OR " + name + " NOT IN (0, 1))";
            case DECIMAL, FLOAT -> name + " IS NOT NULL AND typeof(" + name + ") NOT IN ('integer', 'real')";
            case BYTES, OTHER -> null;
        };
    }

    private static String describe(TableCopy table, Column column, long rows, long longest) {
        String what = column.type() == ColumnType.TEXT
                ? String.format(Locale.ROOT, "values up to %d characters long", longest)
                : "values that are not " + (column.type() == ColumnType.BOOLEAN ? "0 or 1" : "numbers in range");
        return String.format(Locale.ROOT, "%s.%s is %s on PostgreSQL, but %,d row%s hold%s %s", table.name(),
                column.name(), column.describe(), rows, rows == 1 ? "" : "s", rows == 1 ? "s" : "", what);
    }
}
