package nl.plein.expeditions.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.expeditions.progress.Expeditions.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Good examples shared publicly, with consent: an organisation's contact publishes a log entry for everyone on
 * {@code /expeditions/examples} (and in search) only after confirming consent, and may withdraw it again.
 *
 * <p>{@code /expeditions/examples} is only reachable once the plugin registers {@link WorkRoutes#registerPublic}
 * before its generic {@code "/{id}"} route.
 */
class PublicExamplesTest {

    static final String EXAMPLES = "/expeditions/examples";

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    Expeditions given;
    Browser leader;
    Browser sanne;
    String id;
    String sportclub;
    String work;

    @BeforeEach
    void sportclubTakesPartInAnExpedition() {
        given = new Expeditions(plein);
        Expeditions.Sportclub story = given.sportclubTakesPart();
        leader = story.leader();
        sanne = story.sanne();
        id = story.expeditionId();
        sportclub = story.organisationId();
        work = story.work();
    }

    static Map<String, String> entry(String action, String who, boolean consent) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("happenedOn", "2026-03-02");
        form.put("action", action);
        form.put("result", "Drie **nieuwe** trainers");
        form.put("reflection", "Vraag jongeren zelf om mee te denken");
        form.put("shared", who);
        if (consent) form.put("consent", "yes");
        return form;
    }

    @Test
    void publishingWithoutConsentIsRefusedBesideTheFieldAndKeepsWhatWasTyped() {
        Browser.Page refused = given.postWithFile(sanne, work + "/log", entry("Open training voor studenten", "public",
                false), Upload.pdf("foto.pdf"));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("id=\"f-consent-error\">Een goed voorbeeld publiceren kan alleen met "
                + "toestemming"), refused.body());
        assertTrue(refused.body().contains("href=\"#f-consent\""), "in the error summary, linked to the box");
        assertTrue(refused.body().contains("Open training voor studenten"), "typed text kept");
        assertTrue(refused.body().contains("Vraag jongeren zelf om mee te denken"));
        assertTrue(refused.body().contains("value=\"public\" checked"), "the choice kept");
        assertEquals(0, given.count("SELECT COUNT(*) FROM expeditions_log_entries"));
        assertEquals(0, given.count("SELECT COUNT(*) FROM plein_uploads"), "nothing kept of a refused form");

        assertEquals(422, given.postWithFile(sanne, work + "/log", entry("Iets", "everyone", true), null).status(),
                "only the three choices");

        sanne.get("/language/en");
        Browser.Page english = given.postWithFile(sanne, work + "/log", entry("Open day", "public", false), null);
        assertEquals(422, english.status());
        assertTrue(english.body().contains("A good example can only be published with the consent"));
        assertFalse(sanne.get(work + "/log").body().contains("??"), "every message exists");
    }

    @Test
    void withConsentEveryoneReadsItAndSearchFindsItUntilItIsWithdrawn() {
        assertEquals(303, given.postWithFile(sanne, work + "/log", entry("Open training voor studenten", "public", true),
                Upload.pdf("foto.pdf")).status());
        assertEquals(303, given.postWithFile(sanne, work + "/log", entry("Besloten training voor leden", "yes", true),
                null).status(), "consent alone does not publish");
        assertEquals(303, given.postWithFile(sanne, work + "/log", entry("Intern overleg over trainingen", "no", false),
                null).status());
        String example = entryId("Open training voor studenten");
        assertEquals(1, given.count("SELECT COUNT(*) FROM expeditions_log_entries WHERE public_example = ? "
                + "AND shared = ?", true, true), "public implies shared");
        assertEquals(2, given.count("SELECT COUNT(*) FROM expeditions_log_entries WHERE shared = ?", true));

        Browser anonymous = plein.browser();
        Browser.Page page = anonymous.get(EXAMPLES);
        assertEquals(200, page.status(), "WorkRoutes.registerPublic must be called before the generic /{id} route");
        String body = page.body();
        assertTrue(body.contains("id=\"example-" + example + "\""));
        assertTrue(body.contains("Open training voor studenten"));
        assertTrue(body.contains("Drie <strong>nieuwe</strong> trainers"), "Markdown rendered");
        assertTrue(body.contains("Vraag jongeren zelf om mee te denken"));
        assertTrue(body.contains("Sportclub Vlietzicht"), "the organisation");
        assertTrue(body.contains("<dd>Jongeren</dd>"), "the target group");
        assertFalse(body.contains("Sanne Sport"), "never the author");
        assertFalse(body.contains("Besloten training"), "never group-only entries");
        assertFalse(body.contains("Intern overleg"), "never private entries");
        assertFalse(body.contains("/attachment"), "attachments stay inside the expedition");
        assertFalse(body.contains("Jong geleerd in Lindeburg"), "the title of an unpublished expedition stays hidden");
        assertFalse(body.contains("??"), "every message exists");

        Browser.Page found = anonymous.get("/search?q=open+training");
        assertTrue(found.body().contains("href=\"/expeditions/examples#example-" + example + "\""), found.body());
        assertTrue(found.body().contains("Drie nieuwe trainers"), "the result as plain text");
        assertFalse(anonymous.get("/search?q=besloten").body().contains("Besloten training"));
        assertFalse(anonymous.get("/search?q=overleg").body().contains("Intern overleg"));

        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE expeditions_expeditions SET published = ? WHERE id = ?")
                .bind(0, true).bind(1, id).execute());
        assertTrue(anonymous.get(EXAMPLES).body().contains("<a href=\"/expeditions/" + id + "\">Jong geleerd in Lindeburg"),
                "a published expedition is named");

        String log = sanne.get(work + "/log").body();
        assertTrue(log.contains("Openbaar als goed voorbeeld"));
        assertTrue(log.contains("action=\"" + work + "/log/" + example + "/withdraw\""));
        assertFalse(leader.get(work + "/log").body().contains("/withdraw\""), "the leader reads, the organisation decides");

        Browser.Page withdrawn = sanne.post(work + "/log/" + example + "/withdraw", Map.of());
        assertEquals(303, withdrawn.status(), withdrawn.body());
        assertEquals(work + "/log?withdrawn=1", withdrawn.location());
        assertTrue(sanne.get(withdrawn.location()).body().contains("staat niet meer bij de goede voorbeelden"));
        assertFalse(anonymous.get(EXAMPLES).body().contains("Open training voor studenten"));
        assertTrue(anonymous.get(EXAMPLES).body().contains("Er zijn nog geen goede voorbeelden gedeeld."));
        assertFalse(anonymous.get("/search?q=open+training").body().contains("#example-" + example));
        assertEquals(0, given.count("SELECT COUNT(*) FROM expeditions_log_entries WHERE public_example = ?", true));
        assertTrue(sanne.get("/expeditions/" + id + "/group").body().contains("Open training voor studenten"),
                "still shared with the group");
    }

    @Test
    void onlyTheOrganisationsOwnContactsPublishOrWithdraw() {
        given.postWithFile(sanne, work + "/log", entry("Open training voor studenten", "public", true), null);
        String example = entryId("Open training voor studenten");
        plein.person("contact@buurthuis.test", "Bram Buurt");
        Browser bram = plein.signedIn("contact@buurthuis.test");
        String buurthuis = given.organisation(bram, "Buurthuis De Kastanje");
        given.joins(id, buurthuis);

        assertEquals(403, given.postWithFile(bram, work + "/log", entry("Namens de sportclub", "public", true), null)
                .status(), "another organisation in the group");
        assertEquals(403, bram.post(work + "/log/" + example + "/withdraw", Map.of()).status());
        assertEquals(403, leader.post(work + "/log/" + example + "/withdraw", Map.of()).status(),
                "the leader reads, the organisation decides");
        assertEquals(403, given.postWithFile(leader, work + "/log", entry("Namens de leider", "public", true), null)
                .status());
        Browser outsider = plein.signedInMember();
        assertEquals(404, outsider.post(work + "/log/" + example + "/withdraw", Map.of()).status());
        assertEquals(404, given.postWithFile(outsider, work + "/log", entry("Van buiten", "public", true), null).status());
        String buurthuisWork = "/expeditions/" + id + "/organisations/" + buurthuis;
        assertEquals(404, bram.post(buurthuisWork + "/log/" + example + "/withdraw", Map.of()).status(),
                "not an entry of his own organisation");
        assertEquals(404, sanne.post(work + "/log/onbekend/withdraw", Map.of()).status());

        assertEquals(1, given.count("SELECT COUNT(*) FROM expeditions_log_entries"), "nothing written by others");
        assertEquals(1, given.count("SELECT COUNT(*) FROM expeditions_log_entries WHERE public_example = ?", true),
                "still public");
    }

    @Test
    void theExamplesPageShowsTwentyFivePerPageNewestFirst() {
        plein.jdbi().useHandle(h -> {
            for (int i = 1; i <= 26; i++) {
                h.createUpdate("INSERT INTO expeditions_log_entries (id, expedition_id, organisation_id, happened_on, "
                                + "action, shared, public_example, created_at) VALUES (?, ?, ?, '2026-03-02', ?, ?, ?, ?)")
                        .bind(0, String.format("example-%02d", i)).bind(1, id).bind(2, sportclub)
                        .bind(3, String.format("Voorbeeld nummer %02d", i)).bind(4, true).bind(5, true)
                        .bind(6, plein.clock().millis() + i).execute();
            }
        });
        Browser anonymous = plein.browser();
        String first = anonymous.get(EXAMPLES).body();
        assertTrue(first.contains("Voorbeeld nummer 26") && first.contains("Voorbeeld nummer 02"));
        assertFalse(first.contains("Voorbeeld nummer 01"));
        assertTrue(first.indexOf("Voorbeeld nummer 26") < first.indexOf("Voorbeeld nummer 25"), "newest first");
        assertTrue(first.contains("href=\"/expeditions/examples?page=2\""));
        String second = anonymous.get(EXAMPLES + "?page=2").body();
        assertTrue(second.contains("Voorbeeld nummer 01"));
        assertFalse(second.contains("Voorbeeld nummer 02"));
    }

    private String entryId(String action) {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_log_entries WHERE action = :a")
                .bind("a", action).mapTo(String.class).one());
    }
}
