package nl.plein.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example plugin, loaded the way a developer runs it: straight from this module's target/classes, in the real
 * platform with the default theme and demo data.
 */
@OnBothDatabases
class NoticeboardTest {

    static final String PASSWORD = PleinExtension.PASSWORD;

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(settings -> settings.set("PLEIN_DEMO", "true"));

    @BeforeEach
    void people() {
        plein.person("anna@plein.test", "Anna Aanplakker");
        plein.person("bert@plein.test", "Bert Buur");
    }

    @Test
    void visitorSeesTheDemoNoticesInTheThemeAndOnTheHomePage() {
        Browser visitor = plein.browser();
        Browser.Page board = visitor.get("/example");
        assertEquals(200, board.status());
        assertTrue(board.body().contains("Gezocht: maatjes voor de taalcafés"));
        assertTrue(board.body().contains("/static/plein/site.css"));
        assertTrue(board.body().contains("Log in om een bericht te prikken"));
        assertTrue(visitor.get("/").body().contains("Prik een oproep of tip op het prikbord"));
        assertEquals(200, visitor.get("/static/example/pin.svg").status());
    }

    @Test
    void datesAreShownInAmsterdamTimeInTheVisitorsLanguage() {
        // The demo notices were pinned at 09:00 UTC on 2 March 2026: 10:00 in Amsterdam (CET).
        String dutch = plein.browser().get("/example").body();
        assertTrue(dutch.contains("2 maart 2026 10:00"), dutch);
        String english = plein.browser().acceptLanguage("en").get("/example").body();
        assertTrue(english.contains("March 2, 2026") && english.contains("10:00"), english);
    }

    @Test
    void memberPinsANoticeThatOthersFindBySearch() {
        Browser anna = plein.browser();
        anna.signIn("anna@plein.test", PASSWORD);
        Browser.Page pinned = anna.post("/example", Map.of("title", "Koffieochtend voor nieuwe vrijwilligers",
                "body", "Elke eerste vrijdag van de maand, in het buurthuis."));
        assertEquals(303, pinned.status());
        assertTrue(anna.get("/example").body().contains("Door Anna Aanplakker"));
        assertTrue(plein.browser().get("/search?q=koffieochtend").body().contains("Koffieochtend voor nieuwe vrijwilligers"));
    }

    @Test
    void searchFindsNoticesByTheStartOfTheirWordsAndForgetsARemovedOne() {
        Browser anna = plein.signedIn("anna@plein.test");
        assertEquals(303, anna.post("/example", Map.of("title", "Moestuin zoekt handen",
                "body", "Wie helpt met wieden op zaterdag?")).status());
        assertTrue(found("moestuin+zaterdag", "Moestuin zoekt handen"));
        assertTrue(found("wied", "Moestuin zoekt handen"));
        assertFalse(found("moestuin+zondag", "Moestuin zoekt handen"), "every word counts");
        assertTrue(found("vrijwilliger", "Tip: begin klein met een proefdag"), "the demo notices are indexed too");
        assertEquals(200, plein.browser().get("/search?q=%22*%3A+-OR+%5C").status());

        String id = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM example_notices WHERE title = 'Moestuin zoekt handen'").mapTo(String.class).one());
        assertEquals(303, anna.post("/example/" + id + "/delete", Map.of()).status());
        assertFalse(found("moestuin", "Moestuin zoekt handen"));
    }

    @Test
    void noticesPinnedBeforeTheIndexExistedAreFoundAfterTheNextStart() {
        plein.jdbi().useHandle(h -> h.execute("DELETE FROM plein_fulltext WHERE owner = 'example'"));
        assertFalse(found("taalcafes", "Gezocht: maatjes voor de taalcafés"));
        plein.testPlein().restart();
        long until = System.nanoTime() + 20_000_000_000L;
        while (!found("taalcafes", "Gezocht: maatjes voor de taalcafés") && System.nanoTime() < until) {
            plein.platform().jobs().runDue();    // the platform's own poller may have taken the job first
        }
        assertTrue(found("taalcafes", "Gezocht: maatjes voor de taalcafés"));
    }

    private boolean found(String query, String title) {
        return plein.browser().get("/search?q=" + query).body().contains(title);
    }

    @Test
    void markdownInANoticeIsRenderedAndScriptsAreNot() {
        Browser anna = plein.browser();
        anna.signIn("anna@plein.test", PASSWORD);
        anna.post("/example", Map.of("title", "Opmaak", "body",
                "**Vet** en [een link](https://example.org) <script>alert('x')</script> [kwaad](javascript:alert(1))"));
        String board = anna.get("/example").body();
        assertTrue(board.contains("<strong>Vet</strong>"), board);
        assertTrue(board.contains("<a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">een link</a>"), board);
        assertFalse(board.contains("<script>alert"));
        assertFalse(board.contains("javascript:alert"));
    }

    @Test
    void emptyTitleIsExplainedBesideTheFieldAndTheMessageIsKept() {
        Browser anna = plein.browser();
        anna.signIn("anna@plein.test", PASSWORD);
        Browser.Page page = anna.post("/example", Map.of("title", "  ", "body", "Mijn bericht <b>met</b> opmaak"));
        assertEquals(422, page.status());
        assertTrue(page.body().contains("<p class=\"field__error\" id=\"f-title-error\">Geef je bericht een titel.</p>"),
                page.body());
        assertTrue(page.body().contains("aria-invalid=\"true\""));
        assertTrue(page.body().contains("Mijn bericht &lt;b&gt;met&lt;/b&gt; opmaak</textarea>"), "kept and escaped");
        int count = plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM example_notices").mapTo(Integer.class).one());
        assertEquals(3, count, "only the demo notices");
    }

    @Test
    void anonymousCannotPinAndOthersCannotRemoveSomeoneElsesNotice() {
        assertEquals(403, plein.browser().post("/example", Map.of("title", "x", "body", "y")).status());
        Browser anna = plein.browser();
        anna.signIn("anna@plein.test", PASSWORD);
        anna.post("/example", Map.of("title", "Van Anna", "body", "Alleen Anna mag dit weghalen."));
        String id = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM example_notices WHERE title = 'Van Anna'")
                .mapTo(String.class).one());
        Browser bert = plein.browser();
        bert.signIn("bert@plein.test", PASSWORD);
        assertEquals(403, bert.post("/example/" + id + "/delete", Map.of()).status());
        assertEquals(303, anna.post("/example/" + id + "/delete", Map.of()).status());
        assertFalse(anna.get("/example").body().contains("Van Anna"));
        assertEquals(404, anna.post("/example/" + id + "/delete", Map.of()).status());
    }

    @Test
    void noticeOfSomeoneWhoLeftStaysUnderDeletedUser() {
        Browser anna = plein.browser();
        anna.signIn("anna@plein.test", PASSWORD);
        anna.post("/example", Map.of("title", "Vrijwilligers gezocht voor de moestuin", "body", "Elke zaterdag."));
        assertTrue(anna.get("/account/export").body().contains("Vrijwilligers gezocht voor de moestuin"),
                "the plugin's part of the data export");
        anna.post("/account/delete", Map.of("password", PASSWORD, "confirm", "VERWIJDER"));
        String board = plein.browser().get("/example").body();
        assertTrue(board.contains("Vrijwilligers gezocht voor de moestuin"));
        assertTrue(board.contains("Door verwijderde gebruiker"));
        assertFalse(board.contains("Anna Aanplakker"));
    }

    @Test
    void moderatorRemovesSomeoneElsesNoticeButAMemberCannot() {
        Browser anna = plein.signedIn("anna@plein.test");
        anna.post("/example", Map.of("title", "Van Anna", "body", "Een bericht."));
        String id = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM example_notices WHERE title = 'Van Anna'")
                .mapTo(String.class).one());
        assertEquals(403, plein.signedInMember().post("/example/" + id + "/delete", Map.of()).status());
        assertEquals(303, plein.signedInAs("example.moderator").post("/example/" + id + "/delete", Map.of()).status());
    }

    @Test
    void demoModeratorRemovesAnyNotice() {
        Browser moderator = plein.browser();
        moderator.signIn("example-moderator@demo.plein.nl", "plein-demo-2026");
        String id = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM example_notices WHERE title = 'Tip: begin klein met een proefdag'").mapTo(String.class).one());
        assertEquals(303, moderator.post("/example/" + id + "/delete", Map.of()).status());
        assertFalse(plein.browser().get("/example").body().contains("Tip: begin klein met een proefdag"));
    }

    @Test
    void healthReportsThePluginStarted() {
        String health = plein.browser().get("/health").body();
        assertTrue(health.contains("{\"id\":\"example\",\"version\":\"0.1.0-SNAPSHOT\",\"state\":\"STARTED\"}"), health);
    }
}
