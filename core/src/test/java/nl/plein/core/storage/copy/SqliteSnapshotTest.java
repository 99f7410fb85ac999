package nl.plein.core.storage.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the copy reads from an SQLite file, and what it leaves to the target to rebuild. */
class SqliteSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void leavesOutSqlitesBookkeepingFlywaysHistoriesAndFullTextIndexes() throws SQLException {
        Path file = dir.resolve("plein.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes_notes (id VARCHAR(36) PRIMARY KEY, body TEXT NOT NULL)");
            statement.execute("CREATE VIRTUAL TABLE notes_search USING fts5 (body)");
            statement.execute("INSERT INTO notes_search (body) VALUES ('een notitie')");
            statement.execute("CREATE TABLE flyway_notes (installed_rank INT, version VARCHAR(50), type VARCHAR(20), "
                    + "success BOOLEAN)");
            statement.execute("INSERT INTO flyway_notes VALUES (1, '0', 'BASELINE', 1), (2, '1', 'SQL', 1), "
                    + "(3, '2', 'SQL', 0)");
            statement.execute("CREATE TABLE flyway_quiet (installed_rank INT, version VARCHAR(50), type VARCHAR(20), "
                    + "success BOOLEAN)");
            statement.execute("INSERT INTO flyway_quiet VALUES (1, '0', 'BASELINE', 1)");
            statement.execute("ANALYZE"); // creates sqlite_stat1
        }

        try (SqliteSnapshot snapshot = SqliteSnapshot.open(file)) {
            assertEquals(List.of("notes_notes"), snapshot.dataTables());
            // A baseline and a failed migration are not applied migrations; an owner with none has nothing to copy.
            assertEquals(Map.of("notes", Set.of("1")), snapshot.appliedMigrations());
        }
    }

    @Test
    void aMissingFileIsRefusedWithWhereItLooked() {
        CopyRefused refused = assertThrows(CopyRefused.class, () -> SqliteSnapshot.open(dir.resolve("elders.db")));
        assertTrue(refused.getMessage().startsWith("there is no SQLite database at " + dir.resolve("elders.db")),
                refused.getMessage());
    }
}
