package nl.plein.core;

import java.io.Console;
import java.io.PrintStream;
import java.time.Clock;
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
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar plein.jar} serves Plein; {@code java -jar plein.jar create-admin --email …} makes an
 * administrator. Settings come from the environment (see README); a wrong one stops with one line and exit code 2.
 */
@Command(name = "plein", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Plein, the community platform for the volunteering sector.",
        subcommands = {Main.CreateAdmin.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.err));
    }

    /** The whole command line, with the environment passed in so tests can run it. */
    public static int run(String[] args, Map<String, String> environment, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Main(environment, err));
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
    private final PrintStream err;

    Main(Map<String, String> environment, PrintStream err) {
        this.environment = environment;
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
            System.out.println("Administrator " + email + " can now sign in.");
            return 0;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Plein " + Plein.VERSION};
        }
    }
}
