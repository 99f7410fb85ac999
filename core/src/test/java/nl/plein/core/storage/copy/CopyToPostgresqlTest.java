package nl.plein.core.storage.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.plein.core.Main;
import nl.plein.core.config.Settings;
import nl.plein.core.demo.DemoLoader;
import nl.plein.core.testing.TestDatabases;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SQLite installation (demo accounts, a plugin with rows of its own) copied into PostgreSQL while it keeps
 * running, with the command line an operator uses; then a Plein on the copy, where the people sign in as before.
 */
class CopyToPostgresqlTest {

    @TempDir
    static Path plugins;

    private static TestPlein sqlite;

    @BeforeAll
    static void anSqliteInstallationWithDataOfCoreAndAPlugin() {
        TestPlugins.greeter().writeTo(plugins);
        // Not TestPlein's default database: the source is SQLite whichever test run this is.
        sqlite = TestPlein.with().pluginsDir(plugins).set("PLEIN_DEMO", "true").start();
        sqlite.browser().get("/greeter/");
        sqlite.browser().get("/greeter/");
        sqlite.browser().signIn(DemoLoader.DEMO_MEMBER, DemoLoader.DEMO_PASSWORD);
    }

    @AfterAll
    static void stop() {
        sqlite.close();
    }

    @Test
    void copiesARunningInstallationThatThenRunsOnPostgresql() throws SQLException {
        Map<String, String> target = TestDatabases.freshPostgresql();
        long visits = countInSqlite("greeter_visits");

        Run copy = copy(target, plugins, "--batch-size", "3");

        assertEquals(0, copy.exit, copy.output());
        assertTrue(Pattern.compile("(?m)^plein_people: (\\d+) / \\1 rows \\(100 %\\) · total [\\d,]+ / [\\d,]+ rows")
                .matcher(copy.out).find(), copy.out);
        // The last table done brings the total to all rows, each counted once (some tables fill whole batches).
        String lastProgress = copy.out.lines().filter(line -> line.contains(" · total ")).reduce((a, b) -> b).orElseThrow();
        assertTrue(lastProgress.matches(".* · total ([\\d,]+) / \\1 rows \\(100 %\\)"), lastProgress);
        assertTrue(Pattern.compile("(?m)^greeter_visits +" + visits + " +" + visits + " +same ").matcher(copy.out).find(),
                copy.out);
        assertTrue(copy.out.contains("Every table is the same on both sides."), copy.out);
        assertEquals(0, copy.err.length(), copy.err);
        // Counted again here, independently of the tool: every table with data has as many rows on both sides.
        List<String> tables = sqliteTables();
        assertTrue(tables.containsAll(List.of("plein_people", "plein_person_roles", "plein_sessions",
                "greeter_visits", "greeter_events")), tables.toString());
        try (Connection postgresql = postgresql(target)) {
            for (String table : tables) {
                assertEquals(countInSqlite(table), count(postgresql, table), table);
            }
            assertTrue(countInSqlite("plein_people") > 3);
        }

        try (TestPlein copied = TestPlein.with().pluginsDir(plugins)
                .set("PLEIN_DATABASE_URL", target.get("PLEIN_DATABASE_URL"))
                .set("PLEIN_DATABASE_USER", target.get("PLEIN_DATABASE_USER")).start()) {
            assertEquals(nl.plein.core.storage.Database.Dialect.POSTGRESQL, copied.plein().database().dialect());
            var browser = copied.browser();
            browser.signIn(DemoLoader.DEMO_MEMBER, DemoLoader.DEMO_PASSWORD);
            var account = browser.get("/account");
            assertEquals(200, account.status());
            assertTrue(account.body().contains(DemoLoader.DEMO_MEMBER), account.body());
            assertTrue(browser.get("/greeter/").body().contains("Bezoeken: " + (visits + 1)));
        }

        // Once it holds data, the same database is refused: no half-merges.
        Run again = copy(target, plugins);
        assertEquals(2, again.exit, again.output());
        assertTrue(again.err.startsWith("plein: not copied: the target database already holds data, in "), again.err);
    }

    @Test
    void withoutATargetItSaysWhichSettingIsMissing() {
        Run copy = copy(Map.of(), plugins);

        assertEquals(2, copy.exit, copy.output());
        assertTrue(copy.err.startsWith("plein: not copied: set PLEIN_DATABASE_URL"), copy.err);
    }

    @Test
    void namesAPluginWhoseDataIsInTheSourceButWhichIsNotInstalled(@TempDir Path noPlugins) {
        Run copy = copy(TestDatabases.freshPostgresql(), noPlugins);

        assertEquals(2, copy.exit, copy.output());
        assertTrue(copy.err.contains("holds data of plugin 'greeter', which is not installed in "), copy.err);
    }

    @Test
    void refusesWhenAPluginIsNewerThanTheDataItWouldCopy(@TempDir Path newerPlugins) {
        TestPlugins.greeter().resource("db/migration/greeter/V2__notes.sql",
                "ALTER TABLE greeter_visits ADD COLUMN note TEXT;").writeTo(newerPlugins);

        Run copy = copy(TestDatabases.freshPostgresql(), newerPlugins);

        assertEquals(2, copy.exit, copy.output());
        assertTrue(copy.err.contains("greeter has migrations [1] in SQLite but [1, 2] here"), copy.err);
    }

    @Test
    void findsEveryValueThatPostgresqlWouldRefuseBeforeCopyingAny(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("copy.db");
        sqlite.jdbi().useHandle(h -> h.execute("VACUUM INTO '" + file + "'"));
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = copy.createStatement()) {
            // SQLite takes both; PostgreSQL holds a locale in VARCHAR(8) and a boolean as true or false.
            statement.executeUpdate("UPDATE plein_people SET locale = 'nl-NL-x-lang' WHERE email = '"
                    + DemoLoader.DEMO_MEMBER + "'");
            statement.executeUpdate("UPDATE plein_people SET blocked = 2 WHERE email = '" + DemoLoader.DEMO_ADMIN + "'");
        }
        Map<String, String> target = TestDatabases.freshPostgresql();

        Run copy = copy(target, plugins, "--from", file.toString());

        assertEquals(2, copy.exit, copy.output());
        assertTrue(copy.err.contains("plein_people.locale is VARCHAR(8) on PostgreSQL, but 1 row holds values up to 12 "
                + "characters long"), copy.err);
        assertTrue(copy.err.contains("plein_people.blocked is BOOLEAN on PostgreSQL, but 1 row holds values that are "
                + "not 0 or 1"), copy.err);
        try (Connection postgresql = postgresql(target)) {
            assertEquals(0, count(postgresql, "plein_people"));
        }
    }

    @Test
    void aSnapshotDoesNotSeeWhatIsWrittenAfterIt() {
        Path file = sqlite.dataDir().resolve("plein.db");
        try (SqliteSnapshot snapshot = SqliteSnapshot.open(file)) {
            long before = snapshot.count("greeter_visits", null);
            sqlite.browser().get("/greeter/");
            assertEquals(before + 1, countInSqlite("greeter_visits"));
            assertEquals(before, snapshot.count("greeter_visits", null));
        }
    }

    /** The verification is not a formality: one changed value on the target changes its checksum. */
    @Test
    void theChecksumTellsAChangedValue() throws SQLException {
        Map<String, String> target = TestDatabases.freshPostgresql();
        assertEquals(0, copy(target, plugins).exit);
        Settings.Postgresql settings = new Settings.Postgresql(target.get("PLEIN_DATABASE_URL"),
                java.util.Optional.of("postgres"), java.util.Optional.empty(), 2);
        try (SqliteSnapshot source = SqliteSnapshot.open(sqlite.dataDir().resolve("plein.db"));
             PostgresqlTarget postgresql = PostgresqlTarget.open(settings);
             Connection connection = postgresql.connection()) {
            TableCopy people = CopyPlan.of(source, postgresql.tables()).tables().stream()
                    .filter(t -> t.name().equals("plein_people")).findFirst().orElseThrow();
            TableChecksum original = TableChecksum.of(source.connection(), people.selectFromSource(), people.columns());
            assertEquals(original, TableChecksum.of(connection, people.selectFromTarget(), people.columns()));

            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE plein_people SET blocked = TRUE WHERE email = '"
                        + DemoLoader.DEMO_MEMBER + "'");
            }
            TableChecksum changed = TableChecksum.of(connection, people.selectFromTarget(), people.columns());
            assertEquals(original.rows(), changed.rows());
            assertNotEquals(original.sha256(), changed.sha256());
        }
    }

    @Test
    void progressIsPrintedAtMostOnceASecondAndWhenATableIsDone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = {0};
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 48_210 + 10, () -> now[0]);
        progress.advance("plein_people", 6_000, 48_210);    // too soon after the start
        now[0] = 1_000_000_000L;
        progress.advance("plein_people", 12_000, 48_210);   // a second later
        now[0] = 1_500_000_000L;
        progress.advance("plein_people", 24_000, 48_210);   // half a second later
        progress.advance("plein_people", 48_210, 48_210);   // the last batch, also too soon
        progress.finish("plein_people", 48_210, 48_210);    // counted once
        progress.finish("plein_audit", 10, 10);

        assertEquals("""
                plein_people: 12,000 / 48,210 rows (24 %) · total 12,000 / 48,220 rows (24 %)
                plein_people: 48,210 / 48,210 rows (100 %) · total 48,210 / 48,220 rows (99 %)
                plein_audit: 10 / 10 rows (100 %) · total 48,220 / 48,220 rows (100 %)
                """, bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    private record Run(int exit, String out, String err) {
        String output() {
            return out + err;
        }
    }

    private static Run copy(Map<String, String> target, Path pluginsDir, String... options) {
        Map<String, String> environment = new HashMap<>(target);
        environment.put("PLEIN_DATA_DIR", sqlite.dataDir().toString());
        environment.put("PLEIN_PLUGINS_DIR", pluginsDir.toString());
        environment.put("PLEIN_THEMES_DIR", TestPlein.repositoryThemes().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("copy-to-postgresql"));
        args.addAll(List.of(options));
        int exit = Main.run(args.toArray(String[]::new), environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Tables with data of their own: not SQLite's, not Flyway's, not a full-text index (virtual and shadow tables). */
    private static List<String> sqliteTables() {
        List<String> virtual = sqlite.jdbi().withHandle(h -> h.createQuery("SELECT name FROM sqlite_master "
                + "WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'").mapTo(String.class).list());
        return sqlite.jdbi().withHandle(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name NOT LIKE 'flyway!_%' ESCAPE '!' ORDER BY name")
                .mapTo(String.class).list()).stream()
                .filter(name -> virtual.stream().noneMatch(v -> name.equals(v) || name.startsWith(v + "_")))
                .toList();
    }

    private static long countInSqlite(String table) {
        return sqlite.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static Connection postgresql(Map<String, String> target) throws SQLException {
        return DriverManager.getConnection(target.get("PLEIN_DATABASE_URL"), target.get("PLEIN_DATABASE_USER"), "");
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
