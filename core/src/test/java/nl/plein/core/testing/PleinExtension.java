package nl.plein.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import nl.plein.api.Role;
import nl.plein.core.Plein;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension for plugin tests: before each test a fresh Plein runs on a random port over a new SQLite file,
 * with the plugin under test loaded from its module's {@code target/classes}; after the test it stops.
 *
 * <pre>{@code
 * class VacancyBoardTest {
 *     @RegisterExtension
 *     PleinExtension plein = PleinExtension.forThisPlugin();
 *
 *     @Test
 *     void moderatorRemovesAVacancy() {
 *         Browser moderator = plein.signedInAs("vacancies.moderator");
 *         assertEquals(303, moderator.post("/vacancies/42/delete", Map.of()).status());  // CSRF token added
 *     }
 * }
 * }</pre>
 */
public final class PleinExtension implements BeforeEachCallback, AfterEachCallback {

    public static final String PASSWORD = "test-wachtwoord-voor-iedereen";

    private final UnaryOperator<TestPlein.Builder> settings;
    private final AtomicInteger people = new AtomicInteger();
    private TestPlein plein;

    private PleinExtension(UnaryOperator<TestPlein.Builder> settings) {
        this.settings = settings;
    }

    /** The plugin module the test runs in, the default theme, no demo data. */
    public static PleinExtension forThisPlugin() {
        return new PleinExtension(TestPlein.Builder::thisPlugin);
    }

    /** As {@link #forThisPlugin()}, with more settings, e.g. {@code b -> b.set("PLEIN_DEMO", "true")}. */
    public static PleinExtension forThisPlugin(UnaryOperator<TestPlein.Builder> more) {
        return new PleinExtension(builder -> more.apply(builder.thisPlugin()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        plein = settings.apply(TestPlein.with()).start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (plein != null) plein.close();
    }

    /** A browser without anyone signed in. */
    public Browser browser() {
        return plein.browser();
    }

    /** A new person holding the role (a plugin's role id, or {@link Role#ADMINISTRATOR}), signed in. */
    public Browser signedInAs(String roleId) {
        String email = roleId.replace('.', '-') + "-" + people.incrementAndGet() + "@plein.test";
        var person = plein.plein().people().create(email, "Test " + roleId, PASSWORD, "nl");
        plein.plein().people().grant(person.id(), roleId);
        return signedIn(email);
    }

    /** A new person without any role, signed in. */
    public Browser signedInMember() {
        String email = "lid-" + people.incrementAndGet() + "@plein.test";
        plein.plein().people().create(email, "Test Lid " + people.get(), PASSWORD, "nl");
        return signedIn(email);
    }

    /** Signs in an existing person (made with {@link #person}) whose password is {@link #PASSWORD}. */
    public Browser signedIn(String email) {
        Browser browser = plein.browser();
        browser.signIn(email, PASSWORD);
        return browser;
    }

    /** Makes a person with {@link #PASSWORD}; returns their id. */
    public String person(String email, String displayName) {
        return plein.plein().people().create(email, displayName, PASSWORD, "nl").id();
    }

    public Jdbi jdbi() {
        return plein.jdbi();
    }

    public MutableClock clock() {
        return plein.clock();
    }

    public Plein platform() {
        return plein.plein();
    }

    public TestPlein testPlein() {
        return plein;
    }
}
