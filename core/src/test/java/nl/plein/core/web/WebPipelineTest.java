package nl.plein.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.api.Role;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What every request goes through: theme layout, language, errors, CSRF, headers and permissions. */
class WebPipelineTest {

    static final String PASSWORD = "een-lang-wachtwoord";

    @TempDir
    static Path plugins;
    static TestPlein plein;
    static ListAppender<ILoggingEvent> errorLog = new ListAppender<>();

    @BeforeAll
    static void start() {
        TestPlugins.greeter().writeTo(plugins);
        plein = TestPlein.with().pluginsDir(plugins).set("PLEIN_METRICS_TOKEN", "scrape-me-please").start();
        var people = plein.plein().people();
        people.create("lid@plein.test", "Lotte Lid", PASSWORD, "nl");
        var keeper = people.create("hoeder@plein.test", "Hamid Hoeder", PASSWORD, "en");
        people.grant(keeper.id(), "greeter.keeper");
        var admin = people.create("beheer@plein.test", "Bea Beheer", PASSWORD, "nl");
        people.grant(admin.id(), Role.ADMINISTRATOR);
        errorLog.start();
        ((Logger) LoggerFactory.getLogger(ErrorPages.class)).addAppender(errorLog);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(ErrorPages.class)).detachAppender(errorLog);
        plein.close();
    }

    @Test
    void pluginPageRendersInsideTheDefaultThemeLayout() {
        Browser.Page page = plein.browser().get("/greeter");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("<link rel=\"stylesheet\" href=\"/static/plein/site.css\">"), "theme stylesheet");
        assertTrue(page.body().contains("class=\"skip-link\" href=\"#main\""), "skip link");
        assertTrue(page.body().contains("<h1>Goedendag</h1>"), page.body());
        assertTrue(page.body().contains("<title>Goedendag · Plein</title>"));
        assertTrue(page.body().contains("<a href=\"/greeter\" aria-current=\"page\">Groeter</a>"), "navigation entry");
    }

    @Test
    void pagesAreDutchByDefaultAndEnglishOnRequest() {
        Browser.Page dutch = plein.browser().acceptLanguage("de-DE,de;q=0.9").get("/");
        assertTrue(dutch.body().contains("<html lang=\"nl\">"));
        assertTrue(dutch.body().contains("Welkom op Plein"));
        Browser.Page english = plein.browser().acceptLanguage("en-GB,en;q=0.8").get("/");
        assertTrue(english.body().contains("<html lang=\"en\">"));
        assertTrue(english.body().contains("Welcome to Plein"));
        assertTrue(english.body().contains("The greeter says hello (guest)"), "plugin block in English, with its model");
        assertFalse(english.body().contains("never shown"), "a block that fails is left out, the page still works");
    }

    @Test
    void languageSwitchOnEveryPageIsRememberedAndReturnsToThePage() {
        Browser browser = plein.browser().acceptLanguage("nl");
        Browser.Page page = browser.get("/greeter");
        assertTrue(page.body().contains("href=\"/language/en?back=%2Fgreeter\""), "switch link on the page");
        Browser.Page switched = browser.get("/language/en?back=%2Fgreeter");
        assertEquals(303, switched.status());
        assertEquals("/greeter", switched.location());
        assertTrue(browser.get("/greeter").body().contains("<h1>Good day</h1>"));
        assertEquals("/", browser.get("/language/nl?back=https%3A%2F%2Fevil.example").location(), "no open redirect");
    }

    @Test
    void signedInPersonsLanguagePreferenceWins() {
        Browser hamid = plein.browser().acceptLanguage("nl");
        hamid.signIn("hoeder@plein.test", PASSWORD);
        assertTrue(hamid.get("/").body().contains("<html lang=\"en\">"));
    }

    @Test
    void unknownPathGivesTheThemed404() {
        Browser.Page page = plein.browser().get("/does/not/exist");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("Pagina niet gevonden"));
        assertTrue(page.body().contains("/static/plein/site.css"), "themed");
    }

    @Test
    void handlerThatThrowsGivesA500PageWithTheErrorIdThatIsInTheLog() {
        Browser.Page page = plein.browser().get("/greeter/boom");
        assertEquals(500, page.status());
        assertFalse(page.body().contains("IllegalStateException"), "no stack trace for the visitor");
        assertFalse(page.body().contains("fell over"));
        Matcher id = Pattern.compile("Foutcode: ([0-9a-f]{8})").matcher(page.body());
        assertTrue(id.find(), page.body());
        assertTrue(errorLog.list.stream().anyMatch(event -> event.getFormattedMessage().contains("id=" + id.group(1))
                && event.getThrowableProxy() != null
                && event.getThrowableProxy().getMessage().equals("the greeter fell over")));
    }

    @Test
    void aHandlerCanStopWithARedirectItDecided() {
        Browser.Page page = plein.browser().get("/greeter/elsewhere");
        assertEquals(303, page.status());
        assertEquals("/greeter/", page.location());
    }

    @Test
    void forgedPostWithoutTokenIsRefused() {
        Browser lotte = plein.browser();
        lotte.signIn("lid@plein.test", PASSWORD);
        Browser.Page forged = lotte.postRaw("/greeter/echo", Map.of("word", "hallo"));
        assertEquals(403, forged.status());
        assertTrue(forged.body().contains("Geen toegang"));
        Browser.Page wrongToken = lotte.postRaw("/greeter/echo", Map.of("word", "hallo", "_csrf", "x".repeat(43)));
        assertEquals(403, wrongToken.status());
        Browser.Page genuine = lotte.post("/greeter/echo", Map.of("word", "hallo"));
        assertEquals(200, genuine.status());
        assertEquals("echo hallo", genuine.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Browser.Page page = plein.browser().get("/");
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'"));
        assertTrue(csp.contains("frame-ancestors 'none'"));
        assertFalse(csp.contains("unsafe-inline"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy"));
        assertTrue(page.headers().allValues("Set-Cookie").stream()
                .allMatch(c -> c.contains("HttpOnly") && c.contains("SameSite=Lax")));
        assertTrue(plein.browser().get("/nope").header("Content-Security-Policy").contains("frame-ancestors"));
    }

    @Test
    void routesAreServedOnlyToThoseWithTheirPermission() {
        Browser anonymous = plein.browser();
        assertEquals(303, anonymous.get("/greeter/secret").status(), "anonymous is sent to sign in");
        assertEquals("/login?next=%2Fgreeter%2Fsecret", anonymous.get("/greeter/secret").location());
        Browser member = plein.browser();
        member.signIn("lid@plein.test", PASSWORD);
        assertEquals(403, member.get("/greeter/secret").status());
        assertEquals(403, member.get("/admin").status());
        Browser keeper = plein.browser();
        keeper.signIn("hoeder@plein.test", PASSWORD);
        assertEquals(200, keeper.get("/greeter/secret").status());
        assertEquals(403, keeper.get("/admin").status());
        Browser admin = plein.browser();
        admin.signIn("beheer@plein.test", PASSWORD);
        assertEquals(200, admin.get("/greeter/secret").status());
        assertEquals(200, admin.get("/admin").status());
    }

    @Test
    void pluginStaticAssetsAreServedFromInsideItsJar() {
        Browser.Page asset = plein.browser().get("/static/greeter/wave.svg");
        assertEquals(200, asset.status());
        assertEquals("image/svg+xml", asset.header("Content-Type"));
        assertEquals(200, plein.browser().get("/static/plein/site.css").status(), "theme asset");
        assertEquals(404, plein.browser().get("/static/greeter/../../plein.db").status());
        assertEquals(404, plein.browser().get("/static/greeter/missing.svg").status());
    }

    @Test
    void searchAndDashboardCollectWhatPluginsContribute() {
        Browser.Page search = plein.browser().get("/search?q=zon");
        assertTrue(search.body().contains("Greeting for zon"), search.body());
        Browser lotte = plein.browser();
        lotte.signIn("lid@plein.test", PASSWORD);
        assertTrue(lotte.get("/dashboard").body().contains("<p class=\"greeter-widget\">Hallo Lotte Lid</p>"));
    }

    @Test
    void subscribersHearThatThePlatformStarted() {
        long at = plein.jdbi().withHandle(h -> h.createQuery("SELECT at FROM greeter_events WHERE id = 'platform-started'")
                .mapTo(Long.class).one());
        assertEquals(plein.clock().millis(), at);
    }

    @Test
    void metricsNeedTheTokenOrAnAdministrator() {
        assertEquals(401, plein.browser().get("/metrics").status());
        assertEquals(401, plein.browser().get("/metrics", Map.of("Authorization", "Bearer wrong")).status());
        plein.browser().get("/greeter");
        Browser.Page metrics = plein.browser().get("/metrics", Map.of("Authorization", "Bearer scrape-me-please"));
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("http_server_requests_seconds_count{method=\"GET\",route=\"/greeter\",status=\"200\"}"),
                metrics.body());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"));
        assertTrue(metrics.body().contains("hikaricp_connections"));
    }

    @Test
    void malformedInputGivesA400PageNotA500() {
        Browser lotte = plein.browser();
        lotte.signIn("lid@plein.test", PASSWORD);
        Browser.Page page = lotte.post("/greeter/echo", Map.of("word", "x".repeat(2_000_000)));
        assertTrue(page.status() == 413 || page.status() == 400, "status " + page.status());
        assertEquals(200, plein.browser().get("/search?q=" + "%25".repeat(1000)).status());
    }
}
