package nl.plein.core;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Generator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.plein.core.account.Administrators;
import nl.plein.core.account.People;
import nl.plein.core.config.InvalidSettingException;
import nl.plein.core.config.Settings;
import nl.plein.core.config.SettingsLoader;
import nl.plein.core.storage.Database;
import nl.plein.core.storage.Migrations;
import nl.plein.core.storage.UuidV7Ids;
import nl.plein.core.storage.copy.CopyFailed;
import nl.plein.core.storage.copy.CopyRefused;
import nl.plein.core.storage.copy.CopyReport;
import nl.plein.core.storage.copy.CopyToPostgresql;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar plein.jar} serves Plein; {@code java -jar plein.jar create-admin --email …} makes an
 * administrator; {@code java -jar plein.jar copy-to-postgresql} moves the SQLite data into PostgreSQL. Settings come
 * from the environment (see README); a wrong one stops with one line and exit code 2.
 */
@Command(name = "plein", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Plein, the community platform for the volunteering sector.",
        subcommands = {Main.CreateAdmin.class, Main.CopyToPostgresqlCommand.class, Main.GenerateCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.err));
    }

    /** The whole command line, with the environment passed in so tests can run it. */
    public static int run(String[] args, Map<String, String> environment, PrintStream err) {
        return run(args, environment, System.out, err);
    }

    /** The same, with what a command reports (not the log) going to {@code out}. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Main(environment, out, err));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InvalidSettingException invalid) {
                err.println("plein: " + invalid.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    Main(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = SettingsLoader.load(environment);
        Plein plein = Plein.start(settings, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            plein.close();
            stopped.countDown();
        }, "plein-shutdown"));
        stopped.await();
        return 0;
    }

    @Command(name = "create-admin", description = "Creates an administrator (or makes an existing person one). "
            + "The password is asked for, or read from PLEIN_ADMIN_PASSWORD.")
    static final class CreateAdmin implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Option(names = "--email", required = true, description = "the administrator's e-mail address")
        String email;

        @Option(names = "--name", defaultValue = "Beheerder", description = "display name (default: ${DEFAULT-VALUE})")
        String name;

        @Override
        public Integer call() {
            Settings settings = SettingsLoader.load(parent.environment);
            String password = Optional.ofNullable(parent.environment.get("PLEIN_ADMIN_PASSWORD")).orElseGet(() -> {
                Console console = System.console();
                return console == null ? null : new String(console.readPassword("Password for %s: ", email));
            });
            try (Database database = Database.open(settings, new SimpleMeterRegistry())) {
                Migrations.migrate(database, "core", Main.class.getClassLoader());
                Clock clock = Clock.systemUTC();
                People people = new People(database.jdbi(), new UuidV7Ids(clock), clock);
                Optional<String> problem = new Administrators(people).create(email, name, password);
                if (problem.isPresent()) {
                    parent.err.println("plein: administrator not created: " + problem.get() + ".");
                    return 2;
                }
            }
            parent.out.println("Administrator " + email + " can now sign in.");
            return 0;
        }
    }

    @Command(name = "copy-to-postgresql", mixinStandardHelpOptions = true, description = {
            "Copies the SQLite database of this installation (plein.db in PLEIN_DATA_DIR) into the empty PostgreSQL "
                    + "database of PLEIN_DATABASE_URL, with the plugins of PLEIN_PLUGINS_DIR, then compares the row "
                    + "count and a checksum of every table on both sides. Plein may keep running: the copy reads a "
                    + "snapshot, and what it writes after that is not copied: stop it before the final copy. "
                    + "Step by step: docs/operations.md.",
            "Exit code 0: every table is the same on both sides; 2: nothing copied (the reason is printed); "
                    + "3: copied, but some table differs; 1: the copy broke off (empty the target before trying again)."})
    static final class CopyToPostgresqlCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Option(names = "--from", paramLabel = "<file>",
                description = "the SQLite file to copy (default: plein.db in PLEIN_DATA_DIR)")
        Path from;

        @Option(names = "--batch-size", defaultValue = "1000", paramLabel = "<rows>",
                description = "rows per batch written to PostgreSQL (default: ${DEFAULT-VALUE})")
        int batchSize;

        @Override
        public Integer call() {
            Settings settings = SettingsLoader.load(parent.environment);
            if (settings.database().isEmpty()) {
                parent.err.println("plein: not copied: set PLEIN_DATABASE_URL (and PLEIN_DATABASE_USER, "
                        + "PLEIN_DATABASE_PASSWORD) to the PostgreSQL database to copy into, "
                        + "e.g. jdbc:postgresql://db.example.nl:5432/plein.");
                return 2;
            }
            Path source = from != null ? from : settings.databaseFile();
            try {
                CopyReport report = new CopyToPostgresql(source, settings.database().get(), settings.pluginsDir(),
                        Plein.VERSION, parent.out).batchSize(Math.max(1, batchSize)).run();
                if (!report.matches()) {
                    parent.err.println("plein: copied, but these tables differ between SQLite and PostgreSQL: "
                            + String.join(", ", report.mismatches()) + ". Do not switch over; empty the target and "
                            + "copy again with Plein stopped.");
                    return 3;
                }
                parent.out.println("Every table is the same on both sides. Start Plein with PLEIN_DATABASE_URL to "
                        + "run on PostgreSQL.");
                return 0;
            } catch (CopyRefused refused) {
                parent.err.println("plein: not copied: " + refused.getMessage() + ".");
                return 2;
            } catch (CopyFailed failed) {
                parent.err.println("plein: the copy broke off: " + failed.getMessage() + ". The target holds part of "
                        + "the data: empty it (or create a new database) before trying again.");
                return 1;
            }
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, description = {
            "Fills an empty installation (PLEIN_DATA_DIR, or the PostgreSQL database of PLEIN_DATABASE_URL) with "
                    + "invented data at a scale, with every installed plugin's part, for benchmarks and capacity "
                    + "planning; writes generated.json (what was made, the pages the benchmark suite measures) into "
                    + "the data directory. Every generated account's password is " + ScaleData.PASSWORD + ": never "
                    + "generate into a server people use.",
            "Exit code 0: generated; 2: refused (the database is not empty, or a wrong option)."})
    static final class GenerateCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Option(names = "--scale", defaultValue = "small", paramLabel = "<scale>",
                description = "small (one programme: 2,000 people), national (100,000 people, 10,000 organisations "
                        + "and the plugins' national figures) or a factor of national such as 0.1 "
                        + "(default: ${DEFAULT-VALUE})")
        String scale;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "<n>",
                description = "the same seed, scale and day give the same data (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--today", paramLabel = "<yyyy-mm-dd>",
                description = "the day the data is generated around (default: today)")
        LocalDate today;

        @Override
        public Integer call() {
            Optional<ScaleData.Scale> chosen = scaleNamed(scale);
            if (chosen.isEmpty()) {
                parent.err.println("plein: not generated: --scale is small, national or a number above 0 and at most "
                        + "10, not \"" + scale + "\".");
                return 2;
            }
            Map<String, String> environment = new HashMap<>(parent.environment);
            // Generation serves nobody: no fixed port to collide with a running Plein, and no demo data mixed in.
            environment.put("PLEIN_PORT", "0");
            environment.put("PLEIN_HOST", "127.0.0.1");
            environment.put("PLEIN_DEMO", "false");
            Settings settings = SettingsLoader.load(environment);
            LocalDate day = today != null ? today : LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            try (Plein plein = Plein.start(settings, Clock.systemUTC())) {
                plein.generate(chosen.get(), seed, day, parent.out);
                return 0;
            } catch (Generator.Refused refused) {
                parent.err.println("plein: not generated: " + refused.getMessage() + ".");
                return 2;
            }
        }

        static Optional<ScaleData.Scale> scaleNamed(String name) {
            if (name.equals(ScaleData.Scale.SMALL.name())) return Optional.of(ScaleData.Scale.SMALL);
            if (name.equals(ScaleData.Scale.NATIONAL.name())) return Optional.of(ScaleData.Scale.NATIONAL);
            try {
                return Optional.of(new ScaleData.Scale(name, Double.parseDouble(name)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Plein " + Plein.VERSION};
        }
    }
}
