package nl.plein.expeditions.dashboard;

import static nl.plein.expeditions.dashboard.GroupDashboardTest.between;
import static nl.plein.expeditions.dashboard.GroupDashboardTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The programme manager sees every expedition with what it yielded, filters, and exports; a funder sees totals
 * without names.
 */
class ProgrammeOverviewTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    private ProgressRows rows;

    /**
     * Three expeditions: in Gelderland (2025, young people; Sportclub and Buurthuis), in Utrecht (2026, older people;
     * Sportclub again and Zonnebloem, two leaders) and in Utrecht (2026, young people; a bakery whose name and the
     * expedition's title would be formulas in a spreadsheet).
     */
    @BeforeEach
    void threeExpeditions() {
        rows = new ProgressRows(plein.jdbi());
        String sport = rows.organisation("Sportclub Vlietzicht");
        String buurthuis = rows.organisation("Buurthuis De Kastanje");
        String zonnebloem = rows.organisation("Zonnebloem Utrecht");
        String bakkerij = rows.organisation("-Bakkerij \"De Korf\"");
        String gelderland = rows.expedition("Jong geleerd", "Gelderland", "young-people", "2025-03-01", "leader-1");
        String utrecht = rows.expedition("Ouderen doen mee", "Utrecht", "older-people", "2026-02-01", "leader-1", "leader-2");
        String formula = rows.expedition("=SUM(1;2) \"quoted\"", "Utrecht", "young-people", "2026-05-01", "leader-2");
        rows.joins(gelderland, sport).joins(gelderland, buurthuis).joins(utrecht, sport).joins(utrecht, zonnebloem)
                .joins(formula, bakkerij);
        rows.log(gelderland, sport, "2025-03-10").log(gelderland, sport, "2025-04-01")
                .measured(gelderland, sport, "final", "young-people", 5, 4)
                .measured(gelderland, sport, "plus6", "young-people", 50, 40);
        rows.baseline(gelderland, buurthuis, 10).plan(gelderland, buurthuis);
        rows.measured(utrecht, zonnebloem, "final", "older-people", 3, 3)
                .measured(utrecht, zonnebloem, "final", "young-people", 1, 0);
        rows.baseline(formula, bakkerij, 4);
        assertEquals(200, plein.signedInAs("expeditions.manager").get("/expeditions/figures").status(),
                "GET /expeditions/{id} takes /expeditions/programme, /programme.csv and /figures for an expedition's id: "
                        + "in ExpeditionsPlugin.install, DashboardRoutes.register(...) must come before context.routes()");
    }

    @Test
    void managerSeesEveryExpeditionWithItsCountsAndTheProgrammesTotals() {
        Browser.Page page = plein.signedInAs("expeditions.manager").get("/expeditions/programme");
        assertEquals(200, page.status(), "GET /expeditions/programme must be declared before GET /expeditions/{id}");
        String body = page.body();
        assertEquals(List.of("3", "4", "2", "9", "7"), totals(body), "expeditions, organisations, leaders, new, retained");

        String gelderland = row(body, "<a href=\"/expeditions/" + idOf("Jong geleerd") + "/dashboard\">Jong geleerd</a>"
                + "<br><span class=\"muted\">Lindeburg</span>");
        assertTrue(gelderland.contains("<td>Gelderland</td>") && gelderland.contains("<td>Jongeren</td>"), gelderland);
        assertTrue(gelderland.contains("<td>1</td>\n        <td>2</td>\n        <td>5</td>\n        <td>4</td>"),
                "leaders, organisations, new faces at the final measurement: " + gelderland);
        String utrecht = row(body, "<a href=\"/expeditions/" + idOf("Ouderen doen mee") + "/dashboard\">Ouderen doen mee</a>"
                + "<br><span class=\"muted\">Lindeburg</span>");
        assertTrue(utrecht.contains("<td>2</td>\n        <td>2</td>\n        <td>4</td>\n        <td>3</td>"), utrecht);
        assertTrue(body.contains("=SUM(1;2) &quot;quoted&quot;"), "titles escaped");
        assertTrue(body.indexOf("SUM(1;2)") < body.indexOf("Ouderen doen mee")
                && body.indexOf("Ouderen doen mee") < body.indexOf(">Jong geleerd<"), "latest start first");

        String byGroup = between(body, "id=\"new-faces-table\"", "</table>");
        assertTrue(byGroup.contains("<th scope=\"row\">Jongeren</th><td>6</td><td>4</td>"), byGroup);
        assertTrue(byGroup.contains("<th scope=\"row\">Ouderen</th><td>3</td><td>3</td>"), byGroup);
        String byProvince = between(body, "id=\"province-table\"", "</table>");
        assertTrue(byProvince.contains("<th scope=\"row\">Gelderland</th><td>5</td><td>4</td>"), byProvince);
        assertTrue(byProvince.contains("<th scope=\"row\">Utrecht</th><td>4</td><td>3</td>"), byProvince);
        assertTrue(body.contains("role=\"img\" aria-labelledby=\"chart-new-faces-title chart-new-faces-desc\""));
        assertFalse(body.contains("style="));
        assertTrue(body.contains("href=\"/expeditions/programme.csv\""));
    }

    @Test
    void filtersByProvinceTargetGroupAndYearAndKeepTheFilterInTheExportLink() {
        Browser manager = plein.signedInAs("expeditions.manager");
        String utrecht = manager.get("/expeditions/programme?province=Utrecht").body();
        assertEquals(List.of("2", "3", "2", "4", "3"), totals(utrecht));
        assertFalse(utrecht.contains(">Jong geleerd<"));
        assertTrue(utrecht.contains("<option value=\"Utrecht\" selected>"), "the choice stays visible");
        assertTrue(utrecht.contains("href=\"/expeditions/programme.csv?province=Utrecht\""));

        String young = manager.get("/expeditions/programme?focus=young-people").body();
        assertEquals(List.of("2", "3", "2", "5", "4"), totals(young), "expeditions with that focus, all their faces");
        assertFalse(young.contains("Ouderen doen mee"));

        String in2026 = manager.get("/expeditions/programme?year=2026").body();
        assertEquals(List.of("2", "3", "2", "4", "3"), totals(in2026));
        assertTrue(in2026.contains("<option value=\"2026\" selected>"));
        assertTrue(in2026.contains("<option value=\"2025\">"), "the years come from the expeditions");

        String none = manager.get("/expeditions/programme?province=Utrecht&focus=young-people&year=2025").body();
        assertEquals(List.of("0", "0", "0", "0", "0"), totals(none));
        assertTrue(none.contains("Geen expedities gevonden."));
        assertTrue(none.contains("Er zijn nog geen eindmetingen."));

        String nonsense = manager.get("/expeditions/programme?province=Atlantis&focus=aliens&year=19999").body();
        assertEquals(List.of("3", "4", "2", "9", "7"), totals(nonsense), "unknown values are ignored");
    }

    @Test
    void theExportHasOneEscapedRowPerExpeditionAndOrganisation() {
        Browser.Page csv = plein.signedInAs("expeditions.manager").get("/expeditions/programme.csv");
        assertEquals(200, csv.status(), "GET /expeditions/programme.csv must be declared before GET /expeditions/{id}");
        assertEquals("text/csv; charset=utf-8", csv.header("Content-Type").toLowerCase());
        assertTrue(csv.header("Content-Disposition").matches("attachment; filename=\"expedities-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
                csv.header("Content-Disposition"));
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte order mark, so Excel reads UTF-8");
        List<String> lines = List.of(csv.body().substring(1).split("\r\n"));
        assertEquals(List.of(
                "Expeditie;Regio;Provincie;Doelgroep;Eerste dag;Organisatie;Vrijwilligers bij nulmeting;Plan geschreven;"
                        + "Logboekregels;Nieuwe vrijwilligers (eindmeting);Behouden (eindmeting)",
                "\"'=SUM(1;2) \"\"quoted\"\"\";Lindeburg;Utrecht;Jongeren;2026-05-01;\"'-Bakkerij \"\"De Korf\"\"\";4;nee;0;;",
                "Ouderen doen mee;Lindeburg;Utrecht;Ouderen;2026-02-01;Sportclub Vlietzicht;;nee;0;;",
                "Ouderen doen mee;Lindeburg;Utrecht;Ouderen;2026-02-01;Zonnebloem Utrecht;;nee;0;4;3",
                "Jong geleerd;Lindeburg;Gelderland;Jongeren;2025-03-01;Sportclub Vlietzicht;;nee;2;5;4",
                "Jong geleerd;Lindeburg;Gelderland;Jongeren;2025-03-01;Buurthuis De Kastanje;10;ja;0;;"), lines);
    }

    @Test
    void theExportFollowsTheFilterAndTheLanguage() {
        Browser manager = plein.signedInAs("expeditions.manager");
        manager.get("/language/en");
        Browser.Page csv = manager.get("/expeditions/programme.csv?province=Gelderland");
        List<String> lines = List.of(csv.body().substring(1).split("\r\n"));
        assertEquals(List.of(
                "Expedition,Region,Province,Target group,First day,Organisation,Volunteers at baseline,Plan written,"
                        + "Log entries,New volunteers (final measurement),Retained (final measurement)",
                "Jong geleerd,Lindeburg,Gelderland,Young people,2025-03-01,Sportclub Vlietzicht,,no,2,5,4",
                "Jong geleerd,Lindeburg,Gelderland,Young people,2025-03-01,Buurthuis De Kastanje,10,yes,0,,"), lines);
    }

    @Test
    void observersSeeTotalsWithoutAnyNames() {
        Browser.Page page = plein.signedInAs("expeditions.observer").get("/expeditions/figures");
        assertEquals(200, page.status(), "GET /expeditions/figures must be declared before GET /expeditions/{id}");
        String body = page.body();
        assertEquals(List.of("3", "4", "2", "9", "7"), totals(body));
        assertTrue(between(body, "id=\"province-table\"", "</table>").contains("<th scope=\"row\">Utrecht</th><td>4</td><td>3</td>"));
        assertTrue(body.contains("role=\"img\""));
        for (String name : List.of("Sportclub", "Buurthuis", "Zonnebloem", "Bakkerij", "Jong geleerd", "Ouderen doen mee",
                "SUM(1", "leader-1", "/expeditions/programme")) {
            assertFalse(body.contains(name), "no names on the observer's page: " + name);
        }
        assertEquals(List.of("1", "2", "2", "4", "3"),
                totals(plein.signedInAs("expeditions.observer").get("/expeditions/figures?province=Utrecht&focus=older-people").body()));
        assertTrue(plein.signedInAs("expeditions.manager").get("/expeditions/figures").body()
                .contains("href=\"/expeditions/programme\""), "the manager finds the overview from here");
    }

    @Test
    void eachProgrammePageIsForItsOwnRole() {
        Browser manager = plein.signedInAs("expeditions.manager");
        Browser observer = plein.signedInAs("expeditions.observer");
        Browser leader = plein.signedInAs("expeditions.leader");
        Browser member = plein.signedInMember();
        Browser anonymous = plein.browser();
        for (String path : List.of("/expeditions/programme", "/expeditions/programme.csv")) {
            assertEquals(200, manager.get(path).status(), path);
            assertEquals(403, observer.get(path).status(), "totals only: " + path);
            assertEquals(403, leader.get(path).status(), path);
            assertEquals(403, member.get(path).status(), path);
            assertEquals(303, anonymous.get(path).status(), path);
        }
        assertEquals(200, manager.get("/expeditions/figures").status(), "the manager also observes");
        assertEquals(200, observer.get("/expeditions/figures").status());
        assertEquals(403, leader.get("/expeditions/figures").status());
        assertEquals(403, member.get("/expeditions/figures").status());
        Browser.Page signIn = anonymous.get("/expeditions/figures");
        assertEquals(303, signIn.status());
        assertEquals("/login?next=%2Fexpeditions%2Ffigures", signIn.location());
    }

    /** The five figures of the totals list, in order. */
    private static List<String> totals(String body) {
        String list = between(body, "<dl class=\"facts\" id=\"totals\">", "</dl>");
        return java.util.regex.Pattern.compile("<dd>([^<]*)</dd>").matcher(list).results().map(m -> m.group(1)).toList();
    }

    private String idOf(String title) {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_expeditions WHERE title = :t")
                .bind("t", title).mapTo(String.class).one());
    }
}
