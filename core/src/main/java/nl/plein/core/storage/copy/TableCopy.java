package nl.plein.core.storage.copy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One table to copy: its name on each side (SQLite keeps the case it was created with, PostgreSQL folds to lower
 * case), the columns both have, and how many rows the snapshot holds.
 */
record TableCopy(String sourceName, TargetTable target, List<Column> columns, long rows) {

    String name() {
        return target.name();
    }

    String selectFromSource() {
        return "SELECT " + columnList() + " FROM " + quote(sourceName) + orderBy("BINARY");
    }

    String selectFromTarget() {
        return "SELECT " + columnList() + " FROM " + quote(target.name()) + orderBy("\"C\"");
    }

    String insertIntoTarget() {
        return "INSERT INTO " + quote(target.name()) + " (" + columnList() + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Rows in the same order on both sides: by the primary key (else by every column), text compared byte by byte
     * (SQLite's BINARY and PostgreSQL's "C" both compare UTF-8 bytes, whatever the database's own collation), nulls
     * first as SQLite puts them.
     */
    private String orderBy(String binaryCollation) {
        List<Column> keys = target.primaryKey().isEmpty() ? columns
                : target.primaryKey().stream().map(target::column).toList();
        return " ORDER BY " + keys.stream()
                .map(c -> quote(c.name()) + (c.type().collatable() ? " COLLATE " + binaryCollation : "") + " NULLS FIRST")
                .collect(Collectors.joining(", "));
    }

    private String columnList() {
        return columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
