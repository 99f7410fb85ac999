package nl.plein.core.storage.copy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.plein.core.config.Settings;
import nl.plein.core.storage.Database;
import nl.plein.core.storage.Migrations;

/** The PostgreSQL database the installation moves to, opened the way Plein opens it, and what its schema says. */
final class PostgresqlTarget implements AutoCloseable {

    private final Database database;

    private PostgresqlTarget(Database database) {
        this.database = database;
    }

    static PostgresqlTarget open(Settings.Postgresql settings) {
        try {
            // Two connections: one copies, one is free for the checks in between.
            return new PostgresqlTarget(Database.postgresql(new Settings.Postgresql(settings.url(), settings.user(),
                    settings.password(), 2), new SimpleMeterRegistry()));
        } catch (RuntimeException e) {
            throw new CopyRefused("cannot connect to " + withoutParameters(settings.url()) + ": " + rootMessage(e));
        }
    }

    Connection connection() throws SQLException {
        return database.dataSource().getConnection();
    }

    /** Tables that hold rows, Flyway's histories aside: a copy goes only into a database without Plein data. */
    List<String> tablesWithRows() {
        List<String> filled = new ArrayList<>();
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String table : baseTables(statement)) {
                if (table.startsWith("flyway_")) continue;
                try (ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + TableCopy.quote(table) + ")")) {
                    rows.next();
                    if (rows.getBoolean(1)) filled.add(table);
                }
            }
        } catch (SQLException e) {
            throw new CopyRefused("cannot look into the target database: " + e.getMessage());
        }
        return filled;
    }

    void migrate(String owner, ClassLoader classLoader) {
        try {
            Migrations.migrate(database, owner, classLoader);
        } catch (RuntimeException e) {
            throw new CopyRefused("the migrations of " + owner + " failed on the target: " + rootMessage(e));
        }
    }

    /** The same as {@link SqliteSnapshot#appliedMigrations()}, for the owners asked for. */
    Map<String, Set<String>> appliedMigrations(Set<String> owners) {
        Map<String, Set<String>> applied = new LinkedHashMap<>();
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            List<String> tables = baseTables(statement);
            for (String owner : owners) {
                Set<String> versions = new TreeSet<>();
                if (tables.contains("flyway_" + owner)) {
                    try (ResultSet rows = statement.executeQuery("SELECT version, type, success FROM "
                            + TableCopy.quote("flyway_" + owner))) {
                        while (rows.next()) {
                            String version = rows.getString(1);
                            if (version != null && rows.getBoolean(3) && !rows.getString(2).contains("BASELINE")) {
                                versions.add(version);
                            }
                        }
                    }
                }
                applied.put(owner, versions);
            }
        } catch (SQLException e) {
            throw new CopyRefused("cannot read the target's migration history: " + e.getMessage());
        }
        return applied;
    }

    /** Every table of the current schema with its columns, primary key and foreign keys, by name. */
    Map<String, TargetTable> tables() {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            Map<String, List<Column>> columns = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT table_name, column_name, data_type, is_generated, character_maximum_length
                    FROM information_schema.columns
                    WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position""")) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(Column.ofPostgresql(
                            rows.getString(2), rows.getString(3), "ALWAYS".equals(rows.getString(4)),
                            (Integer) rows.getObject(5)));
                }
            }
            Map<String, List<String>> keys = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc
                    JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = tc.constraint_schema
                     AND kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name
                    WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()
                    ORDER BY tc.table_name, kcu.ordinal_position""")) {
                while (rows.next()) keys.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
            Map<String, Set<String>> parents = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT DISTINCT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc
                    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_schema = tc.constraint_schema
                     AND ccu.constraint_name = tc.constraint_name
                    WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()""")) {
                while (rows.next()) parents.computeIfAbsent(rows.getString(1), t -> new HashSet<>()).add(rows.getString(2));
            }
            Map<String, TargetTable> tables = new TreeMap<>();
            for (String table : baseTables(statement)) {
                tables.put(table, new TargetTable(table, List.copyOf(columns.getOrDefault(table, List.of())),
                        List.copyOf(keys.getOrDefault(table, List.of())), Set.copyOf(parents.getOrDefault(table, Set.of()))));
            }
            return tables;
        } catch (SQLException e) {
            throw new CopyRefused("cannot read the target's tables: " + e.getMessage());
        }
    }

    private static List<String> baseTables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
            while (rows.next()) tables.add(rows.getString(1));
        }
        return tables;
    }

    /** A JDBC URL may carry a password as a parameter: it is not printed. */
    static String withoutParameters(String url) {
        int question = url.indexOf('?');
        return question < 0 ? url : url.substring(0, question) + "?…";
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        database.close();
    }
}
