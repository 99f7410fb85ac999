package nl.plein.networks;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.plein.core.organisation.OrganisationForm;
import nl.plein.core.organisation.OrganisationKind;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.search.FullTextIndex;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.core.testing.TestPlein;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceKind;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Spaces;
import nl.plein.networks.space.Visibility;

/**
 * The test fixture of the whole networks plugin: people, organisations (core), spaces and the people in them straight
 * through the repository, and signed-in browsers. Tests of a form post that form over HTTP themselves.
 *
 * <p>The test clock starts on Monday 2 March 2026, 09:00 UTC. A sign-in ends after 8 hours without requests, so a
 * test that moves the clock further must sign its browsers in again ({@link #signedIn(String)}).
 */
public final class NetworksFixture {

    public static final String COORDINATOR_ROLE = "networks.coordinator";

    private final Supplier<TestPlein> platform;
    private final AtomicInteger madeUp = new AtomicInteger();

    public NetworksFixture(PleinExtension plein) {
        this.platform = plein::testPlein;
    }

    public NetworksFixture(TestPlein plein) {
        this.platform = () -> plein;
    }

    /** A person with {@link PleinExtension#PASSWORD} who reads Dutch; returns their id. */
    public String person(String email, String name) {
        return person(email, name, "nl");
    }

    public String person(String email, String name, String language) {
        return platform.get().plein().people().createWithHash(email, name, PasswordHash.VALUE, language, true).id();
    }

    /** Core's Argon2 cost makes each sign-in slow on purpose; tests use the cheapest Argon2id hash of the password. */
    private static final class PasswordHash {
        static final String VALUE = Password.hash(PleinExtension.PASSWORD).addRandomSalt(16)
                .with(Argon2Function.getInstance(64, 1, 1, 32, Argon2.ID)).getResult();
    }

    /** A new browser in which the person signs in (again, after the clock moved past the idle timeout). */
    public Browser signedIn(String email) {
        Browser browser = platform.get().browser();
        browser.signIn(email, PleinExtension.PASSWORD);
        return browser;
    }

    public Browser anonymous() {
        return platform.get().browser();
    }

    public String personId(String email) {
        return platform.get().plein().people().byEmail(email).orElseThrow().id();
    }

    /** A person with a platform role (e.g. {@link #COORDINATOR_ROLE}), signed in. */
    public Browser withRole(String email, String name, String role) {
        platform.get().plein().people().grant(person(email, name), role);
        return signedIn(email);
    }

    public Organisations organisations() {
        return new Organisations(platform.get().jdbi(), () -> UUID.randomUUID().toString(), platform.get().clock());
    }

    /** A volunteer organisation with its administrator; returns its id. */
    public String organisation(String name, String adminId) {
        return organisations().create(new OrganisationForm(name, OrganisationKind.VOLUNTEER_ORGANISATION, "Lindeburg",
                "Gelderland", "", ""), adminId).id();
    }

    /** The plugin's search index, for rows a test writes straight into the tables. */
    public SearchIndex searchIndex() {
        return new SearchIndex(FullTextIndex.on(platform.get().plein().database()).forOwner("networks"));
    }

    public Spaces spaces() {
        return new Spaces(platform.get().jdbi(), () -> UUID.randomUUID().toString(), platform.get().clock());
    }

    /** A network space created by (and so coordinated by) the person. */
    public Space space(String name, Visibility visibility, String coordinatorId) {
        return spaces().create(name, "De ruimte van " + name + ".", visibility, SpaceKind.NETWORK, coordinatorId);
    }

    public Space programme(String name, Visibility visibility, String coordinatorId) {
        return spaces().create(name, "Het programma " + name + ".", visibility, SpaceKind.PROGRAMME, coordinatorId);
    }

    /** Puts a person in a space with a role, representing an organisation (or none). */
    public void join(Space space, String personId, String organisationId, SpaceRole role) {
        spaces().put(space.id(), personId, organisationId, role, null);
    }

    /** Invites a person as a guest to one meeting. */
    public void guest(Space space, String personId, String meetingId) {
        spaces().put(space.id(), personId, null, SpaceRole.GUEST, meetingId);
    }

    /** A number to make names and addresses unique within a test. */
    public int next() {
        return madeUp.incrementAndGet();
    }
}
