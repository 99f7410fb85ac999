package nl.plein.core.storage.copy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.plein.core.config.Settings;

/**
 * Moves an installation from SQLite to PostgreSQL: takes a read-only snapshot of the SQLite file (Plein may go on
 * running), refuses a target that already holds data, creates the schema there with the migrations of core and of
 * every plugin whose data the snapshot holds, copies the tables parents first, and compares every table's row count
 * and checksum on both sides. Step by step for operators in docs/operations.md.
 */
public final class CopyToPostgresql {

    private final Path sqliteFile;
    private final Settings.Postgresql target;
    private final Path pluginsDir;
    private final String platformVersion;
    private final PrintStream out;
    private int batchSize = 1_000;

    public CopyToPostgresql(Path sqliteFile, Settings.Postgresql target, Path pluginsDir, String platformVersion,
                            PrintStream out) {
        this.sqliteFile = sqliteFile;
        this.target = target;
        this.pluginsDir = pluginsDir;
        this.platformVersion = platformVersion;
        this.out = out;
    }

    /** Rows per JDBC batch (and between progress lines at most). */
    public CopyToPostgresql batchSize(int rows) {
        this.batchSize = rows;
        return this;
    }

    /**
     * Copies and verifies.
     *
     * @throws CopyRefused before anything is copied, with the reason and what to do
     * @throws CopyFailed  when a table could not be written; the target then holds part of the data
     */
    public CopyReport run() {
        long started = System.nanoTime();
        try (SqliteSnapshot source = SqliteSnapshot.open(sqliteFile)) {
            out.println("From:  " + sqliteFile.toAbsolutePath() + " (read-only snapshot of " + Instant.now()
                    + "; what Plein writes after this is not copied)");
            Map<String, Set<String>> migrations = source.appliedMigrations();
            if (!migrations.containsKey("core")) {
                throw new CopyRefused(sqliteFile.toAbsolutePath() + " is not a Plein database (it has no flyway_core "
                        + "migration history)");
            }
            try (PostgresqlTarget postgresql = PostgresqlTarget.open(target);
                 InstalledPlugins plugins = new InstalledPlugins(pluginsDir, platformVersion)) {
                out.println("To:    " + PostgresqlTarget.withoutParameters(target.url()));
                refuseUnlessEmpty(postgresql);
                createSchema(postgresql, plugins, migrations);
                CopyPlan plan = CopyPlan.of(source, postgresql.tables());
                plan.notes().forEach(note -> out.println("Note:  " + note));
                List<String> misfits = ValueCheck.problems(source, plan.tables());
                if (!misfits.isEmpty()) {
                    throw new CopyRefused("PostgreSQL would refuse values that SQLite accepted: "
                            + String.join("; ", misfits) + ". Nothing was copied: the plugin (or core) that owns the "
                            + "column must widen it with a migration, or the values must change, before the copy");
                }
                out.printf(Locale.ROOT, "Ready in %.1f s: the schema is in place and every value fits.%n",
                        seconds(started));
                return copyAndVerify(source, postgresql, plan, started);
            }
        }
    }

    private void refuseUnlessEmpty(PostgresqlTarget postgresql) {
        List<String> filled = postgresql.tablesWithRows();
        if (!filled.isEmpty()) {
            throw new CopyRefused("the target database already holds data, in " + summary(filled) + ". Copy only into "
                    + "an empty database: create a new one (CREATE DATABASE …) or empty this one, then run the copy again");
        }
    }

    /** The same migrations as Plein's start-up, in the same order: core first, then plugins in dependency order. */
    private void createSchema(PostgresqlTarget postgresql, InstalledPlugins plugins,
                              Map<String, Set<String>> sourceMigrations) {
        List<String> missing = new ArrayList<>();
        for (String owner : sourceMigrations.keySet()) {
            if (owner.equals("core") || plugins.classLoaders().containsKey(owner)) continue;
            String refusal = plugins.refusals().get(owner);
            missing.add("'" + owner + "'" + (refusal == null ? "" : " (found, but it " + refusal + ")"));
        }
        if (!missing.isEmpty()) {
            throw new CopyRefused("the SQLite database holds data of plugin " + String.join(", ", missing) + ", which "
                    + "is not installed in " + pluginsDir.toAbsolutePath() + ". Put the same plugins there as the "
                    + "installation runs with (PLEIN_PLUGINS_DIR), then run the copy again");
        }
        postgresql.migrate("core", CopyToPostgresql.class.getClassLoader());
        plugins.classLoaders().forEach((id, classLoader) -> {
            if (sourceMigrations.containsKey(id)) postgresql.migrate(id, classLoader);
        });
        Map<String, Set<String>> targetMigrations = postgresql.appliedMigrations(sourceMigrations.keySet());
        List<String> differences = new ArrayList<>();
        sourceMigrations.forEach((owner, versions) -> {
            Set<String> onTarget = targetMigrations.get(owner);
            if (!versions.equals(onTarget)) {
                differences.add(owner + " has migrations " + versions + " in SQLite but " + onTarget + " here");
            }
        });
        if (!differences.isEmpty()) {
            throw new CopyRefused("the schema versions differ: " + String.join("; ", differences) + ". Run the copy "
                    + "with the same Plein and plugin versions that last ran on the SQLite database (or start the new "
                    + "versions on SQLite once, so they apply their migrations there, then copy)");
        }
        out.println("Schema: migrations of " + String.join(", ", sourceMigrations.keySet()) + " applied on the target");
    }

    private CopyReport copyAndVerify(SqliteSnapshot source, PostgresqlTarget postgresql, CopyPlan plan, long started) {
        long total = plan.tables().stream().mapToLong(TableCopy::rows).sum();
        out.printf(Locale.ROOT, "Copying %d tables, %,d rows, parents first:%n", plan.tables().size(), total);
        try (Connection connection = postgresql.connection()) {
            connection.setAutoCommit(false);
            long copying = System.nanoTime();
            TableCopier copier = new TableCopier(source.connection(), connection, batchSize,
                    new Progress(out, total, System::nanoTime));
            for (TableCopy table : plan.tables()) copier.copy(table);
            out.printf(Locale.ROOT, "Copied in %.1f s. Verifying: rows and a SHA-256 over every row, in key order, "
                    + "on both sides:%n", seconds(copying));
            long verifying = System.nanoTime();
            List<CopyReport.Table> tables = new ArrayList<>();
            for (TableCopy table : plan.tables()) {
                tables.add(new CopyReport.Table(table.name(),
                        TableChecksum.of(source.connection(), table.selectFromSource(), table.columns()),
                        TableChecksum.of(connection, table.selectFromTarget(), table.columns())));
            }
            connection.rollback(); // verification only read
            CopyReport report = new CopyReport(List.copyOf(tables));
            report.print(out);
            out.printf(Locale.ROOT, "Verified in %.1f s; %.1f s in all.%n", seconds(verifying), seconds(started));
            return report;
        } catch (SQLException e) {
            throw new CopyFailed("the target database failed: " + e.getMessage(), e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String summary(List<String> tables) {
        return tables.size() <= 5 ? String.join(", ", tables)
                : String.join(", ", tables.subList(0, 5)) + " and " + (tables.size() - 5) + " more";
    }
}
