package nl.plein.core.storage.copy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database as it was at one moment, while Plein may go on writing to it: one read-only connection and
 * one read transaction for the whole copy and its verification. In WAL mode a reader sees the database as of its
 * first read and never blocks the writer (nor is blocked by it); what is written after that moment is not seen.
 * Read-only also means the copy cannot change the source, whatever goes wrong.
 */
final class SqliteSnapshot implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private SqliteSnapshot(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    static SqliteSnapshot open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CopyRefused("there is no SQLite database at " + file.toAbsolutePath() + " (set PLEIN_DATA_DIR to "
                    + "the data directory of the installation, or give the file with --from)");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    config.toProperties());
            connection.setAutoCommit(false);
            SqliteSnapshot snapshot = new SqliteSnapshot(file, connection);
            snapshot.tableNames(); // the first read inside the transaction fixes the snapshot
            return snapshot;
        } catch (SQLException e) {
            throw new CopyRefused("cannot read " + file.toAbsolutePath() + " as an SQLite database: " + e.getMessage());
        }
    }

    Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /**
     * Every table that holds data of its own: not SQLite's bookkeeping ({@code sqlite_*}), not Flyway's history (the
     * migrations write that on the target), and not full-text indexes (a virtual table and its shadow tables,
     * {@code <name>_data}, {@code _idx}, …), which PostgreSQL builds its own way from the copied rows.
     */
    List<String> dataTables() {
        Map<String, String> all = tableNames();
        List<String> virtual = all.entrySet().stream()
                .filter(t -> t.getValue() != null && t.getValue().trim().toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL"))
                .map(Map.Entry::getKey).toList();
        List<String> tables = new ArrayList<>();
        for (String name : all.keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("sqlite_") || lower.startsWith("flyway_") || virtual.contains(name)) continue;
            if (virtual.stream().anyMatch(v -> lower.startsWith(v.toLowerCase(Locale.ROOT) + "_"))) continue;
            tables.add(name);
        }
        return tables;
    }

    /**
     * The migrations applied per owner (core or a plugin id), from the {@code flyway_<owner>} history tables; a
     * baseline row is Flyway's "start here" marker, not a migration. An owner that never ran a migration has none.
     */
    Map<String, Set<String>> appliedMigrations() {
        Map<String, Set<String>> applied = new LinkedHashMap<>();
        for (String table : tableNames().keySet()) {
            if (!table.toLowerCase(Locale.ROOT).startsWith("flyway_")) continue;
            Set<String> versions = new TreeSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT version, type, success FROM "
                         + TableCopy.quote(table))) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    String type = rows.getString(2);
                    if (version != null && rows.getBoolean(3) && !type.contains("BASELINE")) versions.add(version);
                }
            } catch (SQLException e) {
                throw new CopyRefused("cannot read the migration history " + table + ": " + e.getMessage());
            }
            if (!versions.isEmpty()) applied.put(table.substring("flyway_".length()), versions);
        }
        return applied;
    }

    /** The column names of a table, lower-cased as PostgreSQL has them. */
    List<String> columns(String table) {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA table_info(" + TableCopy.quote(table) + ")")) {
            while (rows.next()) columns.add(rows.getString("name").toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the columns of " + table, e);
        }
        return columns;
    }

    long count(String table, String where) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + TableCopy.quote(table)
                     + (where == null ? "" : " WHERE " + where))) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + table, e);
        }
    }

    /** Name → its CREATE statement, for every table. */
    private Map<String, String> tableNames() {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) tables.put(rows.getString(1), rows.getString(2));
        } catch (SQLException e) {
            throw new CopyRefused("cannot read the tables of " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        return tables;
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException ignored) {
            // read-only: there is nothing to lose
        }
    }
}
