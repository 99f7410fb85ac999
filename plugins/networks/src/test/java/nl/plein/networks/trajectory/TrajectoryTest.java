package nl.plein.networks.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A programme's coordinator adds local trajectories; the programme officer keeps their own up to date. */
class TrajectoryTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    @Test
    void coordinatorCreatesATrajectoryAndTheOfficerKeepsItUpToDateWithMonitoringNotes() {
        String coordinatorId = fixture.person("coordinator@programma.test", "Cora Coördinator");
        String officerId = fixture.person("officer@programma.test", "Olle Officer");
        String memberId = fixture.person("lid@programma.test", "Lotte Lid");
        String otherOfficerId = fixture.person("collega@programma.test", "Caspar Collega");
        String outsiderId = fixture.person("buiten@programma.test", "Bo Buiten");
        Space programme = fixture.programme("Samen Oud", Visibility.MEMBERS, coordinatorId);
        String lead = fixture.organisation("Stichting Ouder en Wijzer", officerId);
        String other = fixture.organisation("Ouderenbond Zilverkracht", memberId);
        String notInSpace = fixture.organisation("Buitenclub", outsiderId);
        fixture.join(programme, officerId, lead, SpaceRole.MEMBER);
        fixture.join(programme, memberId, other, SpaceRole.MEMBER);
        fixture.join(programme, otherOfficerId, null, SpaceRole.MEMBER);
        String base = "/networks/spaces/" + programme.id() + "/trajectories";

        Browser coordinator = fixture.signedIn("coordinator@programma.test");
        String form = coordinator.get(base + "/new").body();
        assertTrue(form.contains("<option value=\"" + lead + "\">Stichting Ouder en Wijzer</option>"));
        assertTrue(form.contains("<option value=\"" + officerId + "\">Olle Officer</option>"));
        assertFalse(form.contains("Buitenclub"), "only the space's member organisations may lead");

        // Every field wrong at once: all explained, all kept.
        Browser.Page refused = coordinator.post(base, Map.of("municipality", "x".repeat(81), "province", "Atlantis",
                "lead", notInSpace, "officer", outsiderId, "theme", "Thema " + "t".repeat(200),
                "partners", "Bibliotheek", "status", "bogus"));
        assertEquals(422, refused.status());
        for (String message : List.of("hoogstens 80 tekens", "Kies een van de twaalf provincies",
                "Kies een van de lidorganisaties", "Kies een lid van deze ruimte", "hoogstens 200 tekens",
                "Kies een status")) {
            assertTrue(refused.body().contains(message), message);
        }
        assertTrue(refused.body().contains("value=\"" + "x".repeat(81) + "\""), "what was typed is kept");
        assertTrue(refused.body().contains(">Bibliotheek</textarea>"));
        assertEquals(0, count("SELECT COUNT(*) FROM networks_trajectories"));

        Browser.Page created = coordinator.post(base, trajectory("Lindeburg", "Gelderland", lead, officerId,
                "Eenzaamheid voorkomen", "running"));
        assertEquals(303, created.status());
        String id = created.location().substring((base + "/").length());
        assertEquals(base + "/" + id, created.location());
        assertEquals(1, count("SELECT COUNT(*) FROM networks_activity WHERE kind = 'trajectory' AND subject_id = '"
                + id + "' AND access = 'members'"));

        Browser member = fixture.signedIn("lid@programma.test");
        String page = member.get(base + "/" + id).body();
        assertTrue(page.contains("Lindeburg"));
        assertTrue(page.contains("Stichting Ouder en Wijzer"));
        assertTrue(page.contains("Olle Officer"));
        assertTrue(page.contains("Loopt"));
        assertFalse(page.contains("/edit\""), "a member reads, does not edit");
        assertTrue(page.contains("Nog geen monitoringsnotities"), "members read the notes");
        assertEquals(403, member.post(base + "/" + id + "/edit", trajectory("Lindeburg", "Gelderland", lead, memberId,
                "Overgenomen", "running")).status());
        assertEquals(403, member.post(base + "/" + id + "/notes", Map.of("body", "Mag niet")).status());

        // The officer edits their own trajectory, but cannot hand it to someone else.
        Browser officer = fixture.signedIn("officer@programma.test");
        String edit = officer.get(base + "/" + id + "/edit").body();
        assertFalse(edit.contains("name=\"officer\""), "only a coordinator assigns the officer");
        assertEquals(303, officer.post(base + "/" + id + "/edit", trajectory("Lindeburg", "Gelderland", other,
                otherOfficerId, "Eenzaamheid voorkomen en samen eten", "finished")).status());
        assertEquals("finished", single("SELECT status FROM networks_trajectories WHERE id = '" + id + "'"));
        assertEquals(other, single("SELECT lead_organisation_id FROM networks_trajectories WHERE id = '" + id + "'"));
        assertEquals(officerId, single("SELECT officer_id FROM networks_trajectories WHERE id = '" + id + "'"));

        Browser.Page empty = officer.post(base + "/" + id + "/notes", Map.of("body", "  "));
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("Schrijf eerst de notitie"));
        Browser.Page tooLong = officer.post(base + "/" + id + "/notes", Map.of("body", "n".repeat(4001)));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("n".repeat(4001) + "</textarea>"), "the note is kept");
        Browser.Page noted = officer.post(base + "/" + id + "/notes",
                Map.of("body", "**Monitoringsronde** voorjaar: twaalf deelnemers."));
        assertEquals(303, noted.status());
        assertEquals(base + "/" + id + "#notes", noted.location());
        String withNote = member.get(base + "/" + id).body();
        assertTrue(withNote.contains("<strong>Monitoringsronde</strong> voorjaar: twaalf deelnemers."),
                "Markdown, rendered safely");
        assertTrue(withNote.contains("Olle Officer"));
        assertEquals(1, count("SELECT COUNT(*) FROM networks_activity WHERE kind = 'monitoring-note'"));
        assertEquals(1, count("SELECT COUNT(*) FROM networks_activity WHERE kind = 'trajectory-changed'"));

        // The coordinator hands the trajectory to a colleague; the first officer loses the right at once.
        assertEquals(303, coordinator.post(base + "/" + id + "/edit", trajectory("Lindeburg", "Gelderland", other,
                otherOfficerId, "Eenzaamheid voorkomen", "running")).status());
        assertEquals(otherOfficerId, single("SELECT officer_id FROM networks_trajectories WHERE id = '" + id + "'"));
        assertEquals(403, officer.get(base + "/" + id + "/edit").status());
        // And an officer who leaves the space loses it too.
        Browser colleague = fixture.signedIn("collega@programma.test");
        assertEquals(200, colleague.get(base + "/" + id + "/edit").status());
        fixture.spaces().remove(programme.id(), otherOfficerId);
        assertEquals(403, colleague.get(base + "/" + id + "/edit").status());
        assertEquals(403, colleague.post(base + "/" + id + "/notes", Map.of("body", "Nog één")).status());

        // An officer field left empty by a coordinator means "nobody yet".
        assertEquals(303, coordinator.post(base + "/" + id + "/edit", trajectory("Lindeburg", "Gelderland", other,
                "", "Eenzaamheid voorkomen", "stopped")).status());
        assertNull(single("SELECT officer_id FROM networks_trajectories WHERE id = '" + id + "'"));
    }

    @Test
    void trajectoriesExistOnlyInProgrammesAndOnlyUnderTheirOwnSpace() {
        String coordinatorId = fixture.person("coordinator@programma.test", "Cora Coördinator");
        Space first = fixture.programme("Eerste programma", Visibility.MEMBERS, coordinatorId);
        Space second = fixture.programme("Tweede programma", Visibility.MEMBERS, coordinatorId);
        Space network = fixture.space("Gewoon netwerk", Visibility.MEMBERS, coordinatorId);
        String lead = fixture.organisation("Trekker", coordinatorId);
        fixture.join(first, coordinatorId, lead, SpaceRole.COORDINATOR);
        Browser coordinator = fixture.signedIn("coordinator@programma.test");
        String id = coordinator.post("/networks/spaces/" + first.id() + "/trajectories",
                trajectory("Beekdal", "Noord-Brabant", lead, "", "Langer thuis", "starting")).location();
        id = id.substring(id.lastIndexOf('/') + 1);

        assertEquals(200, coordinator.get("/networks/spaces/" + first.id() + "/trajectories/" + id).status());
        assertEquals(404, coordinator.get("/networks/spaces/" + second.id() + "/trajectories/" + id).status(),
                "an id from another space is not found");
        assertEquals(404, coordinator.post("/networks/spaces/" + second.id() + "/trajectories/" + id + "/notes",
                Map.of("body", "Verkeerde ruimte")).status());
        assertEquals(404, coordinator.get("/networks/spaces/" + network.id() + "/trajectories").status());
        assertEquals(404, coordinator.get("/networks/spaces/" + network.id() + "/trajectories/new").status());
        assertEquals(404, coordinator.post("/networks/spaces/" + network.id() + "/trajectories",
                trajectory("Beekdal", "Noord-Brabant", lead, "", "Langer thuis", "starting")).status());
        for (String bad : List.of("onbekend", "x".repeat(37), UUID.randomUUID().toString(), "%27%20OR%201%3D1")) {
            assertEquals(404, coordinator.get("/networks/spaces/" + first.id() + "/trajectories/" + bad).status(), bad);
        }
        assertEquals(404, coordinator.get("/networks/spaces/onbekend/trajectories").status());
        // Filters with unknown values are ignored, not an error; a NUL character core refuses before the page.
        assertEquals(200, coordinator.get("/networks/spaces/" + first.id()
                + "/trajectories?province=Atlantis&status=onbekend&text=" + "z".repeat(500) + "&page=-3").status());
        assertEquals(400, coordinator.get("/networks/spaces/" + first.id() + "/trajectories?status=%00").status());

        String empty = coordinator.get("/networks/spaces/" + second.id() + "/trajectories").body();
        assertTrue(empty.contains("Er zijn nog geen trajecten in dit programma."));
        assertFalse(empty.contains("<svg"), "no chart of nothing");

        // A space without member organisations says what to do first.
        Browser.Page none = coordinator.post("/networks/spaces/" + second.id() + "/trajectories",
                trajectory("Beekdal", "Noord-Brabant", "", "", "Langer thuis", "starting"));
        assertEquals(422, none.status());
        assertTrue(none.body().contains("Voeg eerst organisaties toe"));
    }

    @Test
    void theOverviewCountsTrajectoriesByProvinceAndStatusInAChartWithATextAlternative() {
        String coordinatorId = fixture.person("coordinator@programma.test", "Cora Coördinator");
        Space programme = fixture.programme("Samen <Oud>", Visibility.OPEN, coordinatorId);
        String lead = fixture.organisation("Trekker", coordinatorId);
        fixture.join(programme, coordinatorId, lead, SpaceRole.COORDINATOR);
        Trajectories trajectories = new Trajectories(plein.jdbi(), () -> UUID.randomUUID().toString(), plein.clock());
        trajectories.create(programme.id(), draft("Lindeburg", "Gelderland", lead, "Eenzaamheid", TrajectoryStatus.RUNNING));
        trajectories.create(programme.id(), draft("Heideveen", "Gelderland", lead, "Samen eten", TrajectoryStatus.RUNNING));
        trajectories.create(programme.id(), draft("Beekdal", "Gelderland", lead, "Vervoer", TrajectoryStatus.STOPPED));
        trajectories.create(programme.id(), draft("Rijnoord", "Utrecht", lead, "Eenzaamheid", TrajectoryStatus.STARTING));
        trajectories.create(programme.id(), draft("Maasdaal", "Limburg", lead, "Bewegen", TrajectoryStatus.FINISHED));
        String base = "/networks/spaces/" + programme.id() + "/trajectories";

        String page = fixture.anonymous().get(base).body();
        assertTrue(page.contains("role=\"img\" aria-labelledby=\"province-chart-title province-chart-desc\""));
        assertTrue(page.contains("<title id=\"province-chart-title\">Trajecten per provincie: Samen &lt;Oud&gt;</title>"),
                "the chart's name, escaped");
        assertTrue(page.contains("<desc id=\"province-chart-desc\">Staafdiagram van 5 trajecten"));
        // The same figures in a table: start, loopt, afgerond, gestopt, totaal.
        assertTrue(page.contains("<tr><th scope=\"row\">Gelderland</th><td>0</td><td>2</td><td>0</td><td>1</td><td>3</td></tr>"));
        assertTrue(page.contains("<tr><th scope=\"row\">Utrecht</th><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>"));
        assertTrue(page.contains("<tr><th scope=\"row\">Zeeland</th><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"),
                "provinces without a trajectory show as gaps");
        assertTrue(page.contains("<tfoot><tr><th scope=\"row\">Totaal</th><td>1</td><td>2</td><td>1</td><td>1</td><td>5</td></tr></tfoot>"));
        assertTrue(page.contains("class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"provinces-caption\""));
        // In the chart: Gelderland's bar ends in its total, its parts carry their figures.
        assertTrue(page.contains(">Gelderland</text>"));

        String utrecht = fixture.anonymous().get(base + "?province=Utrecht").body();
        assertTrue(utrecht.contains(">Rijnoord</a>"));
        assertFalse(utrecht.contains(">Lindeburg</a>"));
        assertTrue(utrecht.contains("<option value=\"Utrecht\" selected>"), "the filter is kept");
        String stopped = fixture.anonymous().get(base + "?status=stopped").body();
        assertTrue(stopped.contains(">Beekdal</a>"));
        assertFalse(stopped.contains(">Rijnoord</a>"));
        String theme = fixture.anonymous().get(base + "?text=EENZAAM").body();
        assertTrue(theme.contains(">Lindeburg</a>") && theme.contains(">Rijnoord</a>"));
        assertFalse(theme.contains(">Maasdaal</a>"));
        assertTrue(fixture.anonymous().get(base + "?text=%25").body().contains("Geen trajecten gevonden"),
                "wildcards are taken literally");
        // The overview stays the whole programme's, whatever the list is filtered to.
        assertTrue(theme.contains("<td>5</td></tr></tfoot>"));
    }

    @Test
    void theChartScalesAndEscapes() {
        assertEquals(1, ProvinceChart.step(0));
        assertEquals(1, ProvinceChart.step(4));
        assertEquals(2, ProvinceChart.step(5));
        assertEquals(5, ProvinceChart.step(17));
        assertEquals(10, ProvinceChart.step(40));
        ProvinceOverview overview = ProvinceOverview.of(List.of(new ProvinceOverview.Count("Drenthe", "running", 40),
                new ProvinceOverview.Count("Drenthe", "stopped", 1), new ProvinceOverview.Count("Nergens", "running", 9)));
        assertEquals(41, overview.total().total(), "a province that is not one of the twelve is left out");
        String svg = ProvinceChart.svg("c", "A & B", "<desc>", overview, List.of("s", "r", "f", "x"), "n");
        assertTrue(svg.contains("<title id=\"c-title\">A &amp; B</title><desc id=\"c-desc\">&lt;desc&gt;</desc>"));
        assertTrue(svg.contains(">41</text>"), "the bar ends in its total");
        assertTrue(svg.contains("class=\"chart__track\""), "stopped is drawn hollow, not told apart by colour only");
    }

    private static TrajectoryDraft draft(String municipality, String province, String lead, String theme,
                                         TrajectoryStatus status) {
        return new TrajectoryDraft(municipality, province, lead, null, theme, "", status);
    }

    static Map<String, String> trajectory(String municipality, String province, String lead, String officer,
                                          String theme, String status) {
        Map<String, String> form = new HashMap<>();
        form.put("municipality", municipality);
        form.put("province", province);
        form.put("lead", lead);
        form.put("officer", officer);
        form.put("theme", theme);
        form.put("partners", "Bibliotheek, wijkteam");
        form.put("status", status);
        return form;
    }

    private int count(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private String single(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }
}
