package nl.plein.core.storage.copy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tables go across, with which columns, in which order. Every source table with rows must have a place on
 * the target, and every source column with a value too: otherwise the copy is refused rather than losing data.
 *
 * @param tables parents before the tables whose foreign keys point to them
 * @param notes  what is left out and why (empty tables the target lacks, empty columns it lacks)
 */
record CopyPlan(List<TableCopy> tables, List<String> notes) {

    static CopyPlan of(SqliteSnapshot source, Map<String, TargetTable> targetTables) {
        List<String> notes = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        Map<String, TableCopy> copies = new LinkedHashMap<>();
        for (String sourceName : source.dataTables()) {
            long rows = source.count(sourceName, null);
            TargetTable target = targetTables.get(sourceName.toLowerCase(Locale.ROOT));
            if (target == null) {
                if (rows > 0) unplaced.add(sourceName + " (" + rows + " rows)");
                else notes.add(sourceName + ": empty, and not in the target; left out");
                continue;
            }
            List<Column> columns = new ArrayList<>();
            for (String column : source.columns(sourceName)) {
                Column targetColumn = target.column(column);
                if (targetColumn != null && !targetColumn.generated()) {
                    columns.add(targetColumn);
                } else if (source.count(sourceName, TableCopy.quote(column) + " IS NOT NULL") > 0) {
                    unplaced.add(sourceName + "." + column + (targetColumn == null ? " (not in the target)"
                            : " (computed by the target)"));
                } else {
                    notes.add(sourceName + "." + column + ": empty, and not written on the target; left out");
                }
            }
            copies.put(target.name(), new TableCopy(sourceName, target, List.copyOf(columns), rows));
        }
        if (!unplaced.isEmpty()) {
            throw new CopyRefused("the target has no place for this data of the SQLite database: "
                    + String.join(", ", unplaced) + ". Every plugin that wrote it must be installed, in the same version");
        }
        return new CopyPlan(parentsFirst(copies), List.copyOf(notes));
    }

    /** Depth-first, parents before children; names sorted so the order (and the output) is the same every time. */
    private static List<TableCopy> parentsFirst(Map<String, TableCopy> copies) {
        Set<String> done = new LinkedHashSet<>();
        for (String table : new TreeSet<>(copies.keySet())) visit(table, copies, done, new LinkedHashSet<>());
        return done.stream().map(copies::get).toList();
    }

    private static void visit(String table, Map<String, TableCopy> copies, Set<String> done, Set<String> path) {
        if (done.contains(table)) return;
        if (!path.add(table)) {
            throw new CopyRefused("the foreign keys of " + String.join(" → ", path) + " → " + table + " form a cycle; "
                    + "this tool copies tables parents first and cannot order them");
        }
        for (String parent : new TreeSet<>(copies.get(table).target().parents())) {
            // A table pointing to itself, or to a table that is not copied, puts no other table first.
            if (!parent.equals(table) && copies.containsKey(parent)) visit(parent, copies, done, path);
        }
        path.remove(table);
        done.add(table);
    }
}
