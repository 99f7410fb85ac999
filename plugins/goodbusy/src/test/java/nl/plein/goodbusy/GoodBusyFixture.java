package nl.plein.goodbusy;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.plein.core.organisation.Organisation;
import nl.plein.core.organisation.OrganisationForm;
import nl.plein.core.organisation.OrganisationKind;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.core.testing.TestPlein;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.offer.OfferDraft;
import nl.plein.goodbusy.offer.Offers;
import nl.plein.goodbusy.profile.Profiles;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.RequestDraft;
import nl.plein.goodbusy.request.Requests;

/**
 * The test fixture of the whole Good Busy plugin: people, companies and social organisations (core organisations, the
 * coordinator as their administrator), profiles, requests and offers straight through the repositories, and signed-in
 * browsers. Tests of a form post that form over HTTP themselves; what exists before the test starts is made here.
 *
 * <p>The test clock starts on Monday 2 March 2026 ({@link #TODAY}). A sign-in ends after 8 hours without requests, so
 * a test that moves the clock further must sign its browsers in again ({@link #signedIn(String)}).
 */
public final class GoodBusyFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final String BROKER_ROLE = "goodbusy.broker";
    public static final String MANAGER_ROLE = "goodbusy.community-manager";

    private final Supplier<TestPlein> platform;
    private final AtomicInteger madeUp = new AtomicInteger();

    public GoodBusyFixture(PleinExtension plein) {
        this.platform = plein::testPlein;
    }

    public GoodBusyFixture(TestPlein plein) {
        this.platform = () -> plein;
    }

    // ---- people

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

    /** A person with a role (broker, community manager), signed in. */
    public Browser withRole(String email, String name, String role) {
        platform.get().plein().people().grant(person(email, name), role);
        return signedIn(email);
    }

    // ---- organisations (core)

    public Organisations organisations() {
        return new Organisations(platform.get().jdbi(), () -> UUID.randomUUID().toString(), platform.get().clock());
    }

    /** A company with its coordinator (administrator in core); returns the company's id. */
    public String company(String name, String coordinatorId) {
        return organisations().create(new OrganisationForm(name, OrganisationKind.EMPLOYER, "Utrecht", "Utrecht", "",
                ""), coordinatorId).id();
    }

    /** A social organisation in a municipality and province, with its coordinator; returns its id. */
    public String socialOrganisation(String name, String municipality, String province, String coordinatorId) {
        Organisation o = organisations().create(new OrganisationForm(name, OrganisationKind.VOLUNTEER_ORGANISATION,
                municipality, province, "", ""), coordinatorId);
        return o.id();
    }

    /** Adds a person to an organisation as {@code member} (an employee of a company) or {@code admin}. */
    public void join(String organisationId, String personId, String role) {
        organisations().join(organisationId, personId, role);
    }

    // ---- profiles, requests and offers, straight through the repositories

    public Profiles profiles() {
        return new Profiles(platform.get().jdbi(), platform.get().clock());
    }

    public Requests requests() {
        return new Requests(platform.get().jdbi(), () -> UUID.randomUUID().toString(), platform.get().clock());
    }

    public Offers offers() {
        return new Offers(platform.get().jdbi(), () -> UUID.randomUUID().toString(), platform.get().clock());
    }

    /**
     * A service-day request in Utrecht for the cause "elderly", 6–10 people, hands-on and cooking, from a week after
     * {@link #TODAY} for a month, no VOG: change what the test is about with {@code with...} on the draft.
     */
    public static RequestDraft requestDraft(String title) {
        return new RequestDraft(title, "Wij zoeken handen voor " + title + ".", "service-day", "elderly",
                List.of("hands-on", "cooking"), 6, 10, DateKind.PERIOD, TODAY.plusDays(7), TODAY.plusDays(37), "",
                false, "Utrecht", "Utrecht", false, "");
    }

    public HelpRequest request(String organisationId, RequestDraft draft) {
        return requests().create(organisationId, draft, null);
    }

    /** A team of 8 for a service day, in Utrecht and Gelderland, for the elderly, hands-on and cooking, willing to get a VOG. */
    public static OfferDraft offerDraft(String title) {
        return new OfferDraft(title, "Ons team biedt " + title + ".", "service-day", List.of("elderly", "youth"),
                List.of("hands-on", "cooking"), 8, TODAY.plusDays(1), TODAY.plusDays(90), false, true,
                List.of("Utrecht", "Gelderland"), true);
    }

    public Offer offer(String companyId, OfferDraft draft) {
        return offers().create(companyId, draft, null);
    }

    /** A number to make names and addresses unique within a test. */
    public int next() {
        return madeUp.incrementAndGet();
    }
}
