package nl.plein.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.plein.core.demo.DemoLoader;
import nl.plein.core.organisation.OrganisationForm;
import nl.plein.core.organisation.OrganisationKind;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.TestPlein;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The journeys of Plein's people through a real, headless Chromium, each from the home page as a new visitor, in
 * Dutch and in English (switched with the language link every page has). The platform runs with every plugin of the
 * checkout ({@code plugins/<id>/target/classes}), the demo data and an in-process SMTP server. Every page visited is
 * checked with axe-core and at 320 px wide ({@link Visitor#checkPage()}); each journey's main action is done with the
 * keyboard. A failed journey leaves a screenshot and the page's HTML in {@code target/journeys/}.
 */
class JourneysTest {

    static final String PASSWORD = "een-lang-wachtwoord-voor-de-reis";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Before {@code @AfterEach} closes the browser: keep what a failed journey saw. */
    @RegisterExtension
    AfterTestExecutionCallback evidence = context -> {
        if (context.getExecutionException().isPresent() && this.visitor != null) {
            this.visitor.saveEvidence(Path.of("target", "journeys"), context.getRequiredTestMethod().getName() + "-"
                    + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_"));
        }
    };

    TestPlein plein;
    Visitor visitor;

    @BeforeAll
    static void browserIsThere() {
        Chromium.requireInstalled();
    }

    @BeforeEach
    void start() {
        plein = TestPlein.with().pluginsDir(Path.of("../plugins")).set("PLEIN_DEMO", "true")
                .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort()))
                .start();
        visitor = new Visitor(Chromium.start(), "http://127.0.0.1:" + plein.plein().port());
    }

    @AfterEach
    void stop() {
        if (visitor != null) {
            System.out.println("[journey] pages checked: " + visitor.checkedPages());
            visitor.close();
        }
        if (plein != null) plein.close();
    }

    /** From the home page, in the visitor's language: Dutch is the default, the language link switches. */
    private Messages arrive(String language) {
        visitor.open("/");
        if (!"nl".equals(language)) visitor.submitLink(By.cssSelector("a.language-switch"));
        Messages m = new Messages(language);
        assertEquals(language, visitor.driver().findElement(By.tagName("html")).getAttribute("lang"));
        return m;
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    void newPersonRegistersConfirmsSignsInAndAddsAnOrganisation(String language) {
        Messages m = arrive(language);
        String email = "nieuw-" + language + "@reis.test";
        visitor.follow("/register").assertShows(m.t("register.title"))
                .type("f-name", "Noor Nieuwkomer").type("f-email", email).type("f-password", PASSWORD)
                .pressWithKeyboard(By.cssSelector("form[action='/register'] button[type=submit]"));

        plein.plein().sendMail();
        Mailbox.Mail mail = new Mailbox(greenMail).last(email);
        visitor.open(mail.linkPath()).submit(By.cssSelector("form[action^='/account/confirm/'] button"));
        assertTrue(visitor.path().startsWith("/login?confirmed=1"), visitor.path());

        visitor.type("f-email", email).type("f-password", PASSWORD)
                .submit(By.cssSelector("form[action='/login'] button[type=submit]"));
        assertEquals("/dashboard", visitor.path());

        visitor.follow("/organisations").follow("/organisations/new").assertShows(m.t("organisation.new"))
                .type("f-name", "Buurthuis De Reis " + language).choose("f-kind", "volunteer-organisation")
                .type("f-municipality", "Lindeburg")
                .submit(By.cssSelector("form[action='/organisations'] button[type=submit]"));
        assertTrue(visitor.path().startsWith("/organisations/"), visitor.path());
        visitor.assertShows("Buurthuis De Reis " + language);
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    void participantJoinsTheWaitingListOfAFullSessionIsPromotedAndGetsTheCalendarFile(String language) {
        String email = "deelnemer-" + language + "@reis.test";
        plein.plein().people().create(email, "Wim Wachter", PASSWORD, language);
        Messages m = arrive(language);

        visitor.follow("/webinars").followText("a[href^='/webinars/weeks/']", "Iedereen kan vrijwilliger zijn")
                .followText("a[href^='/webinars/sessions/']", "Vrijwilligerswerk zonder drempels");
        String session = visitor.path();
        visitor.followText("a[href^='/login?next=']", m.t("webinars.programme.sign-in-to-register"))
                .type("f-email", email).type("f-password", PASSWORD)
                .submit(By.cssSelector("form[action='/login'] button[type=submit]"));
        assertEquals(session, visitor.path());

        visitor.assertShows(m.t("webinars.programme.join-waiting-list"))
                .pressWithKeyboard(By.cssSelector("form[action$='/register'] button[type=submit]"))
                .assertShows(m.t("webinars.programme.leave-waiting-list"));

        // The demo session has twelve seats and three waiting before us: four people with a seat cancel.
        for (String who : List.of("anouk", "bas", "carla", "dirk")) {
            Browser other = plein.browser();
            other.signIn("webinars-" + who + "@demo.plein.nl", DemoLoader.DEMO_PASSWORD);
            assertEquals(303, other.post(session + "/cancel", Map.of()).status());
        }
        visitor.open(session).assertShows(m.t("webinars.programme.cancel-registration"));

        String calendar = visitor.find(By.cssSelector("a[href$='/calendar.ics']")).getAttribute("href");
        HttpResponse<String> file = fetch(calendar);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
                file.headers().toString());
        assertTrue(file.body().contains("BEGIN:VCALENDAR") && file.body().contains("Vrijwilligerswerk zonder drempels"),
                file.body());
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    void administratorSeesEveryPluginsState(String language) {
        Messages m = arrive(language);
        visitor.follow("/login").type("f-email", DemoLoader.DEMO_ADMIN).type("f-password", DemoLoader.DEMO_PASSWORD)
                .submit(By.cssSelector("form[action='/login'] button[type=submit]"));
        visitor.follow("/admin").pressWithKeyboard(By.cssSelector("main a[href='/admin/plugins']"))
                .assertShows(m.t("admin.plugins.title"));
        for (String plugin : List.of("example", "expeditions", "webinars", "goodbusy", "networks")) {
            String row = visitor.find(By.xpath("//tr[th[@scope='row'][starts-with(normalize-space(.), '" + plugin
                    + "')]]")).getText();
            assertTrue(row.contains(m.t("admin.plugins.state.started")), plugin + ": " + row);
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    void expeditionLeaderRunsAnExpeditionAndSeesAnOrganisationsProgress(String language) {
        Messages m = arrive(language);
        visitor.follow("/login").type("f-email", DemoLoader.roleAccount("expeditions.leader"))
                .type("f-password", DemoLoader.DEMO_PASSWORD)
                .submit(By.cssSelector("form[action='/login'] button[type=submit]"));
        String title = "Nieuwe gezichten in Lindeburg " + language;
        visitor.follow("/expeditions").follow("/expeditions/new")
                .type("f-title", title).type("f-region", "Lindeburg").choose("f-province", "Gelderland")
                .click(By.cssSelector("input[name=focus][value=young-people]"))
                .click(By.cssSelector("input[name=format][value=mixed]"))
                .setValue(By.id("f-startsOn"), "2026-03-01").setValue(By.id("f-endsOn"), "2026-06-30")
                .pressWithKeyboard(By.cssSelector("form[action='/expeditions'] button[type=submit]"))
                .assertShows(title);
        String expedition = visitor.path().replaceAll("[?#].*", "");
        assertTrue(expedition.matches("/expeditions/[^/]+") && !expedition.equals("/expeditions/new"), expedition);

        visitor.type(By.cssSelector("form[action$='/meetings'] [name=title]"), "Aftrap in het buurthuis")
                .setValue(By.cssSelector("form[action$='/meetings'] [name=startsAt]"), "2026-03-10T19:30")
                .submit(By.cssSelector("form[action$='/meetings'] button[type=submit]"))
                .assertShows("Aftrap in het buurthuis");

        visitor.type(By.cssSelector("form[action$='/invitations'] [name=email]"), "contact-" + language + "@club.test")
                .submit(By.cssSelector("form[action$='/invitations'] button[type=submit]"));
        plein.plein().sendMail();
        Mailbox.Mail invitation = new Mailbox(greenMail).last("contact-" + language + "@club.test");
        assertTrue(invitation.linkPath().startsWith("/expeditions/invitations/"), invitation.text());
        visitor.follow(expedition + "/dashboard").assertShows(m.t("expeditions.dashboard.progress"));
        visitor.submit(By.cssSelector("form[action='/logout'] button"));

        // The invited organisation's contact joins and takes the first steps of the method.
        String contact = "contact-" + language + "@club.test";
        String club = "Sportclub De Reis " + language;
        String contactId = plein.plein().people().create(contact, "Cas Contact", PASSWORD, language).id();
        new Organisations(plein.jdbi(), () -> java.util.UUID.randomUUID().toString(), plein.clock()).create(
                new OrganisationForm(club, OrganisationKind.VOLUNTEER_ORGANISATION, "Lindeburg", "Gelderland", "", ""),
                contactId);
        visitor.open(invitation.linkPath()).followText("a[href^='/login?next=']", m.t("login.title"))
                .type("f-email", contact).type("f-password", PASSWORD)
                .submit(By.cssSelector("form[action='/login'] button[type=submit]"))
                .pressWithKeyboard(By.cssSelector("form[action^='/expeditions/invitations/'] button[type=submit]"));
        assertEquals(expedition, visitor.path().replaceAll("[?#].*", ""));
        visitor.followText("a[href^='" + expedition + "/organisations/']", m.t("expeditions.links.our-work"));
        String work = visitor.path().replaceAll("[?#].*", "");

        visitor.follow(work + "/baseline").type("f-currentVolunteers", "14")
                .click(By.cssSelector("input[name=targetGroup][value=young-people]"))
                .type("f-ambition", "Vijf jongeren die bij ons gaan trainen.")
                .submit(By.cssSelector("form[action$='/baseline'] button[type=submit]"));
        visitor.follow(work + "/plan").type("f-goal", "Jongeren uit de wijk leren ons kennen.")
                .type("f-experiments", "Een open training op zaterdag.")
                .submit(By.cssSelector("form[action$='/plan'] button[type=submit]"));
        visitor.follow(work + "/log").setValue(By.id("f-happenedOn"), "2026-03-02")
                .type("f-action", "Open training gegeven").type("f-result", "Drie jongeren kwamen kijken.")
                .click(By.cssSelector("input[name=shared][value=yes]"))
                .submit(By.cssSelector("form[action$='/log'] button[type=submit]"))
                .assertShows("Open training gegeven");
        visitor.submit(By.cssSelector("form[action='/logout'] button"));

        // The leader sees the organisation's progress on the group dashboard: baseline, plan and a log entry.
        visitor.follow("/login").type("f-email", DemoLoader.roleAccount("expeditions.leader"))
                .type("f-password", DemoLoader.DEMO_PASSWORD)
                .submit(By.cssSelector("form[action='/login'] button[type=submit]"));
        visitor.open(expedition + "/dashboard");
        String row = visitor.find(By.xpath("//table[@id='progress-table']//tr[th[@scope='row'][normalize-space(.)='"
                + club + "']]")).getText();
        assertTrue(row.contains(m.t("expeditions.dashboard.baseline-volunteers", 14)), row);
        assertTrue(row.contains(m.t("expeditions.dashboard.written")), row);
        assertTrue(row.contains(m.t("expeditions.dashboard.log-entries", 1)), row);
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    void companyOffersProposesAndSeesItsApprovedHoursInTheImpactChart(String language) {
        Messages m = arrive(language);
        signIn("goodbusy-company@demo.plein.nl");
        visitor.follow("/goodbusy").followText("a[href$='/impact']", m.t("goodbusy.start.impact"));
        double marchBefore = marchHours(language);

        // The company posts an offer: a team of eight for a service day in the neighbourhood.
        String title = "Teamdag in de wijk " + language;
        visitor.follow("/goodbusy").followText("a[href^='/goodbusy/offers/new']", m.t("goodbusy.offer.new"))
                .type("f-title", title).type("f-description", "Acht collega's die graag een dag buiten werken.")
                .choose("f-form", "service-day")
                .tick(By.cssSelector("input[name=causes][value=neighbourhood]"))
                .tick(By.cssSelector("input[name=skills][value=hands-on]"))
                .tick(By.cssSelector("input[name=skills][value=gardening]"))
                .tick(By.cssSelector("input[name=skills][value=maintenance]"))
                .type("f-groupSize", "8")
                .setValue(By.id("f-availableFrom"), "2026-03-09").setValue(By.id("f-availableUntil"), "2026-06-30")
                .tick(By.cssSelector("input[name=onSiteOk]"))
                .tick(By.cssSelector("input[name=provinces][value=Gelderland]"))
                .pressWithKeyboard(By.cssSelector("form[action='/goodbusy/offers'] button[type=submit]"))
                .assertShows(title);
        String offer = visitor.path().replaceAll("[?#].*", "");

        // It sees the garden day suggested, with the reasons, and proposes it.
        visitor.follow(offer + "/suggestions");
        By gardenDay = By.xpath("//article[.//h3/a[normalize-space(.)='Opknapdag in de buurttuin']]");
        String card = visitor.find(gardenDay).getText();
        assertTrue(card.contains(m.t("goodbusy.reason.skills", 3, 3)), card);
        assertTrue(card.contains(m.t("goodbusy.reason.same-province", "Gelderland")), card);
        visitor.type(By.xpath("//article[.//h3/a[normalize-space(.)='Opknapdag in de buurttuin']]//textarea"),
                        "Wij komen graag met acht collega's.")
                .pressWithKeyboard(By.xpath("//article[.//h3/a[normalize-space(.)='Opknapdag in de buurttuin']]"
                        + "//button[@type='submit']"))
                .assertShows(m.t("goodbusy.match.status.proposed"));
        String match = visitor.path().replaceAll("[?#].*", "");
        visitor.signOut();

        // The organisation accepts, writes the agreement and confirms it; then the company confirms.
        signIn("goodbusy-organisation@demo.plein.nl");
        visitor.follow("/goodbusy").follow("/goodbusy/matches").follow(match)
                .pressWithKeyboard(By.cssSelector("form[action$='/accept'] button[type=submit]"))
                .assertShows(m.t("goodbusy.match.status.accepted"));
        visitor.type("f-what", "Een dag de moestuin opknappen: bedden spitten en paden herstellen.")
                .setValue(By.id("f-startsOn"), "2026-03-23").setValue(By.id("f-endsOn"), "2026-03-23")
                .chooseFirst("f-organisationContact")
                .type("f-briefing", "Om 9 uur koffie in het buurthuis, daarna de tuin in.")
                .submit(By.cssSelector("form[action$='/agreement'] button[type=submit]"))
                .submit(By.cssSelector("form[action$='/confirm'] button[type=submit]"));
        visitor.signOut();
        signIn("goodbusy-company@demo.plein.nl");
        visitor.follow("/goodbusy").follow("/goodbusy/matches").follow(match)
                .submit(By.cssSelector("form[action$='/confirm'] button[type=submit]"))
                .assertShows(m.t("goodbusy.match.status.agreed"));
        visitor.signOut();

        // After the day, an employee registers six hours and the organisation approves them.
        plein.clock().advance(java.time.Duration.ofDays(22));
        signIn("goodbusy-employee@demo.plein.nl");
        visitor.follow("/goodbusy").follow("/goodbusy/matches").follow(match)
                .setValue(By.id("f-workedOn"), "2026-03-23").type("f-hours", "6")
                .submit(By.cssSelector("form[action$='/hours'] button[type=submit]"));
        visitor.signOut();
        signIn("goodbusy-organisation@demo.plein.nl");
        visitor.follow("/goodbusy").follow("/goodbusy/matches").follow(match)
                .tick(By.cssSelector("form[action$='/hours/decide'] input[name=hours]"))
                .pressWithKeyboard(By.cssSelector("form[action$='/hours/decide'] button[value=approve]"));
        visitor.signOut();

        // The company's impact chart and its table show them.
        signIn("goodbusy-company@demo.plein.nl");
        visitor.follow("/goodbusy").followText("a[href$='/impact']", m.t("goodbusy.start.impact"));
        double marchAfter = marchHours(language);
        assertEquals(marchBefore + 6, marchAfter, 0.001);
        String chart = visitor.find(By.cssSelector("svg[role=img]")).getText();
        assertTrue(chart.contains(hours(marchAfter, language)), chart);
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    void networkMemberPostsAndUploadsInAMembersOnlySpaceAndAnOutsiderGetsNeither(String language) throws Exception {
        Messages m = arrive(language);
        signIn("networks-member@demo.plein.nl");
        visitor.follow("/networks").followText("a[href^='/networks/spaces/']", "Landelijk Netwerk Zorgvrijwilligers");
        String space = visitor.path().replaceAll("[?#].*", "");

        // A new thread, posted with the keyboard.
        String title = "Vrijwilligers in de wijkzorg " + language;
        visitor.follow(space + "/threads").followText("a[href$='/threads/new']", m.t("networks.discussion.new"))
                .type("f-title", title).type("f-body", "Wie heeft ervaring met *vaste koppels* in de wijk?")
                .pressWithKeyboard(By.cssSelector("form[action$='/threads'] button[type=submit]"))
                .assertShows(title);
        String thread = visitor.path().replaceAll("[?#].*", "");

        // A document, uploaded for the members.
        Path file = java.nio.file.Files.createTempFile("verslag", ".txt");
        java.nio.file.Files.writeString(file, "Verslag van de werkgroep wijkzorg.\n");
        String document = "Verslag werkgroep " + language;
        visitor.follow(space).follow(space + "/documents")
                .submitLink(By.cssSelector("a.button[href*='/documents/new']"));
        visitor.find(By.id("f-file")).sendKeys(file.toAbsolutePath().toString());
        visitor.type("f-title", document)
                .submit(By.cssSelector("form[action$='/documents'] button[type=submit]"))
                .assertShows(document);
        String documentPage = visitor.path().replaceAll("[?#].*", "");
        assertTrue(documentPage.matches(space + "/documents/[^/]+"), documentPage);
        visitor.signOut();

        // Someone who is not in the space sees neither the thread nor the document, nor gets the file.
        signIn("networks-outsider@demo.plein.nl");
        for (String page : List.of(thread, documentPage)) {
            visitor.open(page);
            assertTrue(!visitor.text().contains(title) && !visitor.text().contains(document), visitor.text());
        }
        Browser outsider = plein.browser();
        outsider.signIn("networks-outsider@demo.plein.nl", DemoLoader.DEMO_PASSWORD);
        assertEquals(403, outsider.get(documentPage + "/file").status());
        assertEquals(403, outsider.get(thread).status());
        Browser.Page anonymous = plein.browser().get(documentPage + "/file");
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/login?next="), anonymous.location());
    }

    private void signIn(String email) {
        visitor.follow("/login").type("f-email", email).type("f-password", DemoLoader.DEMO_PASSWORD)
                .submit(By.cssSelector("form[action='/login'] button[type=submit]"));
    }

    /** March's approved hours in the impact page's table (its text alternative to the chart). */
    private double marchHours(String language) {
        String cell = visitor.find(By.xpath("//table[@id='months-table']/tbody/tr[3]/td")).getText().strip();
        try {
            return java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag(language)).parse(cell)
                    .doubleValue();
        } catch (java.text.ParseException e) {
            throw new AssertionError("not a number of hours: " + cell, e);
        }
    }

    private static String hours(double value, String language) {
        return java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag(language)).format(value);
    }

    private static HttpResponse<String> fetch(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
