package nl.plein.expeditions.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Manifest;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.TestPlein;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The expeditions' share of generated data, at the small scale (a fiftieth of the national figures): the scaled
 * counts, rows that obey what the pages rely on, the busiest leader's dashboard and the programme overview as the
 * manifest names them, and the same rows again from the same seed.
 */
@OnBothDatabases
class ExpeditionScaleDataTest {

    private static final long SEED = 7;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Each table's primary key, to dump its rows in a fixed order. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("expeditions_leaders", "person_id");
        KEYS.put("expeditions_expeditions", "id");
        KEYS.put("expeditions_leads", "expedition_id, person_id");
        KEYS.put("expeditions_meetings", "id");
        KEYS.put("expeditions_assignments", "id");
        KEYS.put("expeditions_invitations", "token_hash");
        KEYS.put("expeditions_participants", "expedition_id, organisation_id");
        KEYS.put("expeditions_baselines", "expedition_id, organisation_id");
        KEYS.put("expeditions_plans", "expedition_id, organisation_id");
        KEYS.put("expeditions_log_entries", "id");
        KEYS.put("expeditions_submissions", "assignment_id, organisation_id");
        KEYS.put("expeditions_measurements", "expedition_id, organisation_id, moment, target_group");
        KEYS.put("expeditions_attendance", "meeting_id, organisation_id");
    }

    private static TestPlein plein;
    private static Manifest manifest;
    private static LocalDate today;
    private static Instant now;

    @BeforeAll
    static void generateSmall() {
        plein = TestPlein.with().thisPlugin().start();
        manifest = plein.generate(ScaleData.Scale.SMALL, SEED);
        today = LocalDate.parse(manifest.today());
        now = today.atTime(12, 0).atZone(AMSTERDAM).toInstant();
    }

    @AfterAll
    static void stop() {
        plein.close();
    }

    @Test
    void theCountsAreTheNationalFiguresScaled() {
        assertEquals(ExpeditionScaleData.TABLES, List.copyOf(KEYS.keySet()), "every table is counted and compared");
        assertEquals(4, count("SELECT COUNT(*) FROM expeditions_leaders"));
        assertEquals(4, count("SELECT COUNT(DISTINCT person_id) FROM expeditions_leads"));
        assertEquals(4, count("SELECT COUNT(*) FROM plein_person_roles WHERE role_id = 'expeditions.leader'"));
        assertEquals(8, count("SELECT COUNT(*) FROM expeditions_expeditions"));
        assertEquals(40, count("SELECT COUNT(*) FROM expeditions_participants"));
        assertEquals(800, count("SELECT COUNT(*) FROM expeditions_log_entries"));
        assertEquals(2, count("SELECT COUNT(*) FROM expeditions_expeditions WHERE ends_on < :today"), "finished");
        assertEquals(1, count("SELECT COUNT(*) FROM expeditions_expeditions WHERE starts_on > :today"), "planned");
        for (String table : KEYS.keySet()) {
            long rows = count("SELECT COUNT(*) FROM " + table);
            assertEquals(rows, ((Number) manifest.notes().get("expeditions.rows." + table)).longValue(), table);
            if (!table.equals("expeditions_measurements")) assertTrue(rows > 0, table + " has rows");
        }
        assertTrue(count("SELECT COUNT(*) FROM plein_organisations o JOIN expeditions_participants p "
                + "ON p.organisation_id = o.id WHERE o.kind = 'volunteer-organisation'") > 20, "mostly volunteer organisations");
    }

    @Test
    void theRowsKeepWhatThePagesRelyOn() {
        // Work only by organisations in the group, and only in expeditions that started.
        for (String table : List.of("expeditions_baselines", "expeditions_plans", "expeditions_log_entries",
                "expeditions_measurements")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " w WHERE NOT EXISTS (SELECT 1 FROM "
                    + "expeditions_participants p WHERE p.expedition_id = w.expedition_id "
                    + "AND p.organisation_id = w.organisation_id)"), table);
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " w JOIN expeditions_expeditions e "
                    + "ON e.id = w.expedition_id WHERE e.starts_on > :today"), table + " in a planned expedition");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM expeditions_submissions s JOIN expeditions_assignments a "
                + "ON a.id = s.assignment_id WHERE NOT EXISTS (SELECT 1 FROM expeditions_participants p "
                + "WHERE p.expedition_id = a.expedition_id AND p.organisation_id = s.organisation_id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM expeditions_attendance t JOIN expeditions_meetings m "
                + "ON m.id = t.meeting_id WHERE m.starts_at > :now OR NOT EXISTS (SELECT 1 FROM expeditions_participants p "
                + "WHERE p.expedition_id = m.expedition_id AND p.organisation_id = t.organisation_id)"));
        // Measured after the end only; nothing happened after now.
        assertEquals(0, count("SELECT COUNT(*) FROM expeditions_measurements m JOIN expeditions_expeditions e "
                + "ON e.id = m.expedition_id WHERE e.ends_on >= :today OR m.retained > m.new_volunteers"));
        assertEquals(0, count("SELECT COUNT(*) FROM expeditions_log_entries WHERE happened_on > :today "
                + "OR created_at > :now OR (public_example = :yes AND shared = :no)"));
        assertEquals(0, count("SELECT COUNT(*) FROM expeditions_expeditions WHERE ends_on <= starts_on OR created_at > :now"));
        // Every leader has a profile and the role; every organisation in a group came in through an invitation.
        assertEquals(0, count("SELECT COUNT(*) FROM expeditions_leads l WHERE NOT EXISTS (SELECT 1 FROM "
                + "expeditions_leaders p WHERE p.person_id = l.person_id) OR NOT EXISTS (SELECT 1 FROM plein_person_roles r "
                + "WHERE r.person_id = l.person_id AND r.role_id = 'expeditions.leader')"));
        assertEquals(count("SELECT COUNT(*) FROM expeditions_participants"),
                count("SELECT COUNT(*) FROM expeditions_invitations WHERE accepted_at IS NOT NULL"));
    }

    @Test
    void theBusiestLeaderSeesTheirLargestGroupOnTheDashboard() {
        Manifest.Page page = page("leader dashboard");
        assertNotNull(page.email());
        String expedition = page.path().split("/")[2];
        String leader = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_people WHERE email = :email")
                .bind("email", page.email()).mapTo(String.class).one());
        assertEquals(1, count("SELECT COUNT(*) FROM expeditions_leads WHERE expedition_id = '" + expedition
                + "' AND person_id = '" + leader + "'"), "the page's person leads the expedition");
        assertEquals(count("SELECT COUNT(*) FROM expeditions_leads WHERE person_id = '" + leader + "'"),
                count("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM expeditions_leads GROUP BY person_id) c"),
                "no leader leads more expeditions");

        Browser browser = plein.browser();
        browser.signIn(page.email(), ScaleData.PASSWORD);
        Browser.Page dashboard = browser.get(page.path());
        assertEquals(200, dashboard.status(), dashboard.body());
        String body = dashboard.body();
        List<String> names = plein.jdbi().withHandle(h -> h.createQuery("SELECT o.name FROM plein_organisations o "
                + "JOIN expeditions_participants p ON p.organisation_id = o.id WHERE p.expedition_id = :e")
                .bind("e", expedition).mapTo(String.class).list());
        assertTrue(names.size() >= 2, "a group: " + names);
        for (String name : names) assertTrue(body.contains(escaped(name)), name + " is on the dashboard");

        String totals = body.substring(body.indexOf("<tfoot>"), body.indexOf("</tfoot>"));
        NumberFormat dutch = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl"));
        long entries = count("SELECT COUNT(*) FROM expeditions_log_entries WHERE expedition_id = '" + expedition + "'");
        long handedIn = count("SELECT COUNT(*) FROM expeditions_submissions s JOIN expeditions_assignments a "
                + "ON a.id = s.assignment_id WHERE a.expedition_id = '" + expedition + "'");
        long assignments = count("SELECT COUNT(*) FROM expeditions_assignments WHERE expedition_id = '" + expedition + "'");
        long baselines = count("SELECT COUNT(*) FROM expeditions_baselines WHERE expedition_id = '" + expedition + "'");
        assertTrue(totals.contains("Totaal, " + names.size() + " organisaties"), totals);
        assertTrue(totals.contains(dutch.format(entries) + " regels"), entries + " log entries: " + totals);
        assertTrue(totals.contains(handedIn + " van " + assignments * names.size()), handedIn + " handed in: " + totals);
        assertTrue(totals.contains(baselines + " van " + names.size()), baselines + " baselines: " + totals);
    }

    @Test
    void theManagerSeesTheProgrammeAndTheObserverItsFigures() {
        Manifest.Page page = page("programme overview");
        Browser manager = plein.browser();
        manager.signIn(page.email(), ScaleData.PASSWORD);
        Browser.Page overview = manager.get(page.path());
        assertEquals(200, overview.status(), overview.body());
        String body = overview.body();
        assertTrue(body.contains("<dt>Expedities</dt><dd>8</dd>"), "all eight expeditions");
        long organisations = count("SELECT COUNT(DISTINCT organisation_id) FROM expeditions_participants");
        assertTrue(body.contains("<dt>Organisaties bereikt</dt><dd>" + organisations + "</dd>"), body);
        assertTrue(body.contains("<dt>Expeditieleiders</dt><dd>4</dd>"), body);
        String first = plein.jdbi().withHandle(h -> h.createQuery("SELECT title FROM expeditions_expeditions "
                + "ORDER BY starts_on DESC, id LIMIT 1").mapTo(String.class).one());
        assertTrue(body.contains(escaped(first)), first);

        Browser observer = plein.browser();
        observer.signIn((String) manifest.notes().get("expeditions.observer"), ScaleData.PASSWORD);
        Browser.Page figures = observer.get((String) manifest.notes().get("expeditions.observer.page"));
        assertEquals(200, figures.status(), figures.body());
        assertTrue(figures.body().contains("<dt>Expedities</dt><dd>8</dd>"));
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        Map<String, List<String>> first = dump(plein.jdbi());
        assertEquals(first, generated(SEED));
        Map<String, List<String>> other = generated(SEED + 1);
        for (String table : KEYS.keySet()) {
            if (!first.get(table).isEmpty()) assertNotEquals(first.get(table), other.get(table), table);
        }
    }

    private static Map<String, List<String>> generated(long seed) {
        try (TestPlein fresh = TestPlein.with().thisPlugin().start()) {
            fresh.generate(ScaleData.Scale.SMALL, seed);
            return dump(fresh.jdbi());
        }
    }

    private static Map<String, List<String>> dump(Jdbi jdbi) {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        KEYS.forEach((table, key) -> dump.put(table, jdbi.withHandle(h -> h.createQuery(
                "SELECT * FROM " + table + " ORDER BY " + key).mapToMap().map(row -> new ArrayList<>(
                        new java.util.TreeMap<>(row).values()).toString()).list())));
        return dump;
    }

    private static Manifest.Page page(String name) {
        return manifest.pagesOf("expeditions").stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static long count(String sql) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            if (sql.contains(":today")) query.bind("today", today.toString());
            if (sql.contains(":now")) query.bind("now", now);
            if (sql.contains(":yes")) query.bind("yes", true).bind("no", false);
            return query.mapTo(Long.class).one();
        });
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
