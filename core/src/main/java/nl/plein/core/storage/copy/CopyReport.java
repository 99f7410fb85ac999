package nl.plein.core.storage.copy;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Each copied table compared on both sides: the copy is good only when every one matches. */
public record CopyReport(List<Table> tables) {

    /** One table's count and checksum on the SQLite and on the PostgreSQL side. */
    public record Table(String name, TableChecksum source, TableChecksum target) {
        public boolean matches() {
            return source.equals(target);
        }

        public long sourceRows() {
            return source.rows();
        }

        public long targetRows() {
            return target.rows();
        }
    }

    public boolean matches() {
        return tables.stream().allMatch(Table::matches);
    }

    public List<String> mismatches() {
        return tables.stream().filter(t -> !t.matches()).map(Table::name).toList();
    }

    public long rows() {
        return tables.stream().mapToLong(Table::sourceRows).sum();
    }

    void print(PrintStream out) {
        int width = Math.max(5, tables.stream().mapToInt(t -> t.name().length()).max().orElse(0));
        String format = "%-" + width + "s  %12s  %12s  %s%n";
        out.printf(Locale.ROOT, format, "table", "SQLite rows", "PostgreSQL", "SHA-256 of the rows");
        for (Table table : tables) {
            String checksum = table.source().sha256().equals(table.target().sha256())
                    ? "same      " + table.source().sha256().substring(0, 16)
                    : "DIFFERENT " + table.source().sha256().substring(0, 16) + " ≠ " + table.target().sha256().substring(0, 16);
            out.printf(Locale.ROOT, format, table.name(), String.format(Locale.ROOT, "%,d", table.sourceRows()),
                    String.format(Locale.ROOT, "%,d", table.targetRows()), checksum);
        }
    }
}
