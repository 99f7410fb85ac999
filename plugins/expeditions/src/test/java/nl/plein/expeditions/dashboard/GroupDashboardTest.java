package nl.plein.expeditions.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.api.Role;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A leader looks at how far each organisation of the group got, in a table and in two pictures. */
class GroupDashboardTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    private ProgressRows rows;
    private Browser leader;
    private String expedition;

    @BeforeEach
    void anExpeditionWithThreeOrganisations() {
        rows = new ProgressRows(plein.jdbi());
        leader = plein.signedInAs("expeditions.leader");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Jong geleerd in Lindeburg");
        form.put("region", "Lindeburg");
        form.put("province", "Gelderland");
        form.put("focus", "young-people");
        form.put("format", "mixed");
        form.put("startsOn", "2026-03-01");
        form.put("endsOn", "2026-06-30");
        Browser.Page created = leader.post("/expeditions", form);
        assertEquals(303, created.status(), created.body());
        expedition = created.location().substring("/expeditions/".length());
    }

    /** Sportclub did everything, Bakker half, Zonnebloem nothing yet. */
    private String[] threeOrganisationsAtWork() {
        String sport = rows.organisation("Sportclub Vlietzicht");
        String bakker = rows.organisation("Bakker & Zn <Vrijwilligers>");
        String zonnebloem = rows.organisation("Zonnebloem Lindeburg");
        for (String o : new String[] {sport, bakker, zonnebloem}) rows.joins(expedition, o);
        String first = rows.assignment(expedition);
        String second = rows.assignment(expedition);
        rows.baseline(expedition, sport, 12).plan(expedition, sport).handIn(first, sport).handIn(second, sport)
                .log(expedition, sport, "2026-03-10").log(expedition, sport, "2026-04-02").log(expedition, sport, "2026-03-20")
                .measured(expedition, sport, "final", "young-people", 5, 4)
                .measured(expedition, sport, "final", "older-people", 2, 1)
                .measured(expedition, sport, "plus3", "young-people", 9, 9);
        rows.baseline(expedition, bakker, 7).handIn(first, bakker).log(expedition, bakker, "2026-03-15");
        return new String[] {sport, bakker, zonnebloem};
    }

    @Test
    void leaderSeesEachOrganisationsStepsAndTheGroupsTotals() {
        threeOrganisationsAtWork();
        Browser.Page page = leader.get("/expeditions/" + expedition + "/dashboard");
        assertEquals(200, page.status(), page.body());
        String body = page.body();

        String sport = row(body, "Sportclub Vlietzicht");
        assertTrue(sport.contains("gedaan</span> 12 vrijwilligers"), sport);
        assertTrue(sport.contains(">geschreven</span>"), sport);
        assertTrue(sport.contains("<td>2 van 2</td>"), sport);
        assertTrue(sport.contains("3 regels") && sport.contains("laatste op 2 april 2026"), sport);
        assertTrue(sport.contains("7 nieuw, 5 behouden"), "final measurement only, not the follow-up: " + sport);
        assertTrue(sport.contains("<td>5 van 5</td>"), sport);

        String bakker = row(body, "Bakker &amp; Zn &lt;Vrijwilligers&gt;");
        assertTrue(bakker.contains("7 vrijwilligers") && bakker.contains("<td>1 van 2</td>"), bakker);
        assertTrue(bakker.contains("1 regel<") && bakker.contains("laatste op 15 maart 2026"), bakker);
        assertTrue(bakker.contains("<td>2 van 5</td>"), "baseline and log: " + bakker);

        String zonnebloem = row(body, "Zonnebloem Lindeburg");
        assertTrue(zonnebloem.contains("<td>0 van 2</td>") && zonnebloem.contains("geen regels"), zonnebloem);
        assertEquals(3, count(zonnebloem, "nog niet"), "baseline, plan, final measurement: " + zonnebloem);

        String totals = between(body, "<tfoot>", "</tfoot>");
        assertTrue(totals.contains("Totaal, 3 organisaties"), totals);
        assertTrue(totals.contains("2 van 3<br><span class=\"muted\">19 vrijwilligers"), totals);
        assertTrue(totals.contains("<td>1 van 3</td>"), "plans: " + totals);
        assertTrue(totals.contains("<td>3 van 6</td>"), "hand-ins: " + totals);
        assertTrue(totals.contains("4 regels") && totals.contains("laatste op 2 april 2026"), totals);
        assertTrue(totals.contains("1 van 3<br><span class=\"muted\">7 nieuw, 5 behouden"), totals);
    }

    @Test
    void bothPicturesHaveANameADescriptionAndATableWithTheSameFigures() {
        threeOrganisationsAtWork();
        String body = leader.get("/expeditions/" + expedition + "/dashboard").body();
        assertFalse(body.contains("style="), "no inline styles under the CSP");
        assertFalse(body.contains("<style"), "no style elements under the CSP");
        assertFalse(body.contains("<script"));

        String progress = between(body, "<svg", "</svg>");
        assertTrue(progress.contains("role=\"img\" aria-labelledby=\"chart-progress-title chart-progress-desc\""));
        assertTrue(progress.contains("<title id=\"chart-progress-title\">Voortgang per organisatie over de vijf stappen</title>"));
        assertTrue(progress.contains("<desc id=\"chart-progress-desc\">"));
        assertTrue(progress.contains(">Bakker &amp; Zn &lt;Vrijwilligers&gt;</text>"), "names escaped in the picture");
        assertTrue(progress.contains(">5 van 5</text>") && progress.contains(">2 van 5</text>") && progress.contains(">0 van 5</text>"),
                "each bar says how many steps are done, not only its colour");
        for (String step : new String[] {"Nulmeting", "Plan", "Opdrachten", "Logboek", "Eindmeting"}) {
            assertTrue(progress.contains(">" + step + "</text>"), "segments are named: " + step);
        }
        assertTrue(body.indexOf("id=\"progress-table\"") > body.indexOf("chart-progress-title"), "the table follows the picture");

        String newFaces = between(body.substring(body.indexOf("chart-new-faces") - 200), "<svg", "</svg>");
        assertTrue(newFaces.contains("<title id=\"chart-new-faces-title\">Nieuwe vrijwilligers per doelgroep bij de eindmeting"));
        assertTrue(newFaces.contains(">Jongeren</text>") && newFaces.contains(">Ouderen</text>"), newFaces);
        assertTrue(newFaces.contains(">nieuw: 5</text>") && newFaces.contains(">behouden: 4</text>"), newFaces);
        assertTrue(newFaces.contains(">nieuw: 2</text>") && newFaces.contains(">behouden: 1</text>"), newFaces);
        assertTrue(newFaces.contains("width=\"340\""), "the largest value fills the bar area");
        assertTrue(newFaces.contains("width=\"136\""), "2 of 5 is scaled to 2/5 of it");

        String table = between(body, "id=\"new-faces-table\"", "</table>");
        assertTrue(table.contains("<th scope=\"row\">Jongeren</th><td>5</td><td>4</td>"), table);
        assertTrue(table.contains("<th scope=\"row\">Ouderen</th><td>2</td><td>1</td>"), table);
        assertTrue(table.indexOf("Jongeren") < table.indexOf("Ouderen"), "in the target groups' order");
    }

    @Test
    void aGroupWithoutOrganisationsOrMeasurementsShowsEmptyStatesInsteadOfPictures() {
        String body = leader.get("/expeditions/" + expedition + "/dashboard").body();
        assertTrue(body.contains("Er doen nog geen organisaties mee."));
        assertTrue(body.contains("Er zijn nog geen eindmetingen."));
        assertFalse(body.contains("<svg"));
    }

    @Test
    void inEnglishTheWordsOfTablesAndPicturesAreEnglish() {
        threeOrganisationsAtWork();
        leader.get("/language/en");
        String body = leader.get("/expeditions/" + expedition + "/dashboard").body();
        assertTrue(body.contains("Group dashboard"));
        assertTrue(body.contains(">new: 5</text>") && body.contains(">retained: 4</text>"));
        assertTrue(body.contains(">5 of 5</text>"));
        assertTrue(row(body, "Sportclub Vlietzicht").contains("3 entries"));
    }

    @Test
    void theFiguresTakeTheSameNumberOfStatementsForAGroupOfThreeAsForAGroupOfNine() {
        threeOrganisationsAtWork();
        int small = pluginStatementsFor("/expeditions/" + expedition + "/dashboard");
        for (int i = 0; i < 6; i++) {
            String more = rows.organisation("Organisatie " + i);
            rows.joins(expedition, more).baseline(expedition, more, i).log(expedition, more, "2026-03-0" + (i + 1))
                    .measured(expedition, more, "final", "newcomers", i, 0);
        }
        int large = pluginStatementsFor("/expeditions/" + expedition + "/dashboard");
        assertEquals(small, large, "no statement per organisation on the plugin's tables");
        assertTrue(large <= 6, "access (expedition, leader) and two for the figures: " + large);
    }

    @Test
    void onlyTheGroupsLeadersAndOverseersSeeTheDashboard() {
        String[] organisations = threeOrganisationsAtWork();
        String path = "/expeditions/" + expedition + "/dashboard";
        assertEquals(200, leader.get(path).status());
        assertEquals(200, plein.signedInAs("expeditions.manager").get(path).status(), "the programme manager looks");
        assertEquals(200, plein.signedInAs(Role.ADMINISTRATOR).get(path).status(), "as do platform administrators");
        assertEquals(404, plein.signedInAs("expeditions.leader").get(path).status(), "another leader: not even its existence");
        assertEquals(404, plein.signedInAs("expeditions.observer").get(path).status(), "observers see totals only");
        assertEquals(404, plein.signedInMember().get(path).status());
        Browser.Page anonymous = plein.browser().get(path);
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/login?next="));

        plein.person("contact@sportclub.test", "Sanne Sport");
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO plein_memberships (organisation_id, person_id, role, "
                        + "joined_at) SELECT :org, id, 'admin', 0 FROM plein_people WHERE email = 'contact@sportclub.test'")
                .bind("org", organisations[0]).execute());
        Browser participant = plein.signedIn("contact@sportclub.test");
        assertEquals(200, participant.get("/expeditions/" + expedition).status(), "the participant sees inside");
        assertEquals(403, participant.get(path).status(), "but the group's figures are the leader's");
        assertEquals(404, leader.get("/expeditions/does-not-exist/dashboard").status());
    }

    private int pluginStatementsFor(String path) {
        AtomicInteger statements = new AtomicInteger();
        SqlLogger before = plein.jdbi().getConfig(SqlStatements.class).getSqlLogger();
        plein.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                if (context.getRenderedSql().contains("expeditions_")) statements.incrementAndGet();
            }
        });
        try {
            assertEquals(200, leader.get(path).status());
        } finally {
            plein.jdbi().setSqlLogger(before);
        }
        return statements.get();
    }

    /** The table row whose heading cell is this (escaped) name. */
    static String row(String body, String name) {
        Matcher m = Pattern.compile("<tr>\\s*<th scope=\"row\">" + Pattern.quote(name) + "</th>(.*?)</tr>", Pattern.DOTALL)
                .matcher(body);
        assertTrue(m.find(), "a row for " + name);
        return m.group(1);
    }

    static String between(String body, String from, String to) {
        int start = body.indexOf(from);
        assertTrue(start >= 0, "found " + from);
        int end = body.indexOf(to, start);
        assertTrue(end >= 0, "found " + to + " after " + from);
        return body.substring(start, end + to.length());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
