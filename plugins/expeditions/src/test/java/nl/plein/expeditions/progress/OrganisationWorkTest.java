package nl.plein.expeditions.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.expeditions.progress.Expeditions.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Organisations do their own work in an expedition: baseline, plan, logbook, homework and measurements. */
@OnBothDatabases
class OrganisationWorkTest {

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

    static Map<String, String> logEntry(String date, String action, boolean shared) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("happenedOn", date);
        form.put("action", action);
        form.put("result", "Drie aanmeldingen");
        form.put("reflection", "Vaker doen");
        form.put("shared", shared ? "yes" : "no");
        return form;
    }

    @Test
    void contactRecordsEveryStepAndTheLeaderReadsIt() {
        String assignment = given.assignment(leader, id, "Klantreis tekenen");
        assertEquals(200, sanne.get(work).status());
        assertTrue(sanne.get(work).body().contains("0 van de 5 stappen gezet"));

        Browser.Page baseline = sanne.post(work + "/baseline", Map.of("currentVolunteers", "12",
                "targetGroup", "young-people", "ambition", "Vijf jongeren die elke maand een klus doen"));
        assertEquals(303, baseline.status(), baseline.body());
        assertEquals(work + "?saved=baseline", baseline.location());
        assertEquals(303, sanne.post(work + "/plan", Map.of("goal", "Jongeren als trainer",
                "targetGroup", "young-people", "experiments", "- **Flyer** bij het mbo\n- Meeloopdag")).status());
        assertEquals(303, given.postWithFile(sanne, work + "/log", logEntry("2026-03-02", "Gesprek met de jongerenwerker",
                false), Upload.pdf("verslag gesprek.pdf")).status());
        assertEquals(303, given.postWithFile(sanne, work + "/log", logEntry("2026-03-01", "Open training voor studenten",
                true), Upload.pdf("foto's.pdf")).status());
        Browser.Page handedIn = given.postWithFile(sanne, work + "/assignments/" + assignment,
                Map.of("body", "Onze klantreis: van *eerste blik* tot vaste trainer"), Upload.pdf("klantreis.pdf"));
        assertEquals(303, handedIn.status(), handedIn.body());
        Map<String, String> measured = new LinkedHashMap<>(Map.of("moment", "final", "new-young-people", "4",
                "retained-young-people", "3"));
        assertEquals(303, sanne.post(work + "/measurements", measured).status());

        String page = sanne.get(work).body();
        for (String path : new String[] {work, work + "/baseline", work + "/plan", work + "/log", work + "/measurements",
            work + "/assignments/" + assignment, "/expeditions/" + id + "/group"}) {
            assertFalse(sanne.get(path).body().contains("??"), "every message exists: " + path);
            assertFalse(leader.get(path).body().contains("??"), "also in what the leader sees: " + path);
        }
        assertTrue(page.contains("5 van de 5 stappen gezet"), page);
        assertEquals(2, occurrences(page, "state--sent\">Gedaan"), "baseline and plan done");
        assertTrue(page.contains("1 van 1 ingeleverd"));
        assertTrue(page.contains("Ingeleverd</span>"));
        assertTrue(page.contains("2 notities, de laatste op 2 maart 2026."));
        assertTrue(page.contains("Eindmeting: 4 nieuwe vrijwilligers, van wie 3 gebleven"));
        assertTrue(page.contains("Nulmeting bijwerken"), "the contact may work on it");
        assertTrue(sanne.get(work + "/plan").body().contains("<strong>Flyer</strong>"), "experiments as Markdown");

        String dashboard = leader.get("/expeditions/" + id + "/dashboard").body();
        assertTrue(dashboard.contains("gedaan</span> 12 vrijwilligers"), "the whole journey reaches the dashboard: " + dashboard);
        assertTrue(dashboard.contains("<td>1 van 1</td>"), dashboard);
        assertTrue(dashboard.contains("4 nieuw, 3 behouden"), dashboard);

        Browser.Page forLeader = leader.get(work);
        assertEquals(200, forLeader.status());
        assertTrue(forLeader.body().contains("Vijf jongeren die elke maand een klus doen"));
        assertTrue(forLeader.body().contains("5 van de 5 stappen gezet"));
        assertFalse(forLeader.body().contains("Nulmeting bijwerken"), "the leader reads, the organisation writes");
        String log = leader.get(work + "/log").body();
        assertTrue(log.contains("Gesprek met de jongerenwerker") && log.contains("Open training voor studenten"));
        assertTrue(log.indexOf("Gesprek met de jongerenwerker") < log.indexOf("Open training voor studenten"),
                "newest day first");
        assertFalse(log.contains("Notitie toevoegen"));
        String privateEntry = entryId("Gesprek met de jongerenwerker");
        Browser.Page download = leader.get(work + "/log/" + privateEntry + "/attachment");
        assertEquals(200, download.status());
        assertEquals("application/pdf", download.header("Content-Type"));
        assertTrue(download.header("Content-Disposition").startsWith("attachment"));
        assertEquals(200, leader.get(work + "/assignments/" + assignment + "/attachment").status());
        assertEquals(403, leader.post(work + "/baseline", Map.of("currentVolunteers", "1",
                "targetGroup", "other", "ambition", "x")).status());
        assertEquals(200, plein.signedInAs("expeditions.manager").get(work).status(), "the programme manager reads");

        // Stored once per organisation; saving again replaces.
        sanne.post(work + "/baseline", Map.of("currentVolunteers", "15", "targetGroup", "young-people",
                "ambition", "Zes jongeren"));
        assertEquals(1, given.count("SELECT COUNT(*) FROM expeditions_baselines WHERE organisation_id = ?", sportclub));
        assertEquals(15, given.count("SELECT current_volunteers FROM expeditions_baselines WHERE organisation_id = ?",
                sportclub));
        assertEquals(1, given.count("SELECT COUNT(*) FROM expeditions_log_entries WHERE organisation_id = ? "
                + "AND shared = ?", sportclub, true));
        assertEquals(3, given.count("SELECT retained FROM expeditions_measurements WHERE organisation_id = ? "
                + "AND moment = 'final' AND target_group = 'young-people'", sportclub));
        assertEquals(3, given.count("SELECT COUNT(*) FROM plein_uploads WHERE owner = 'expeditions'"));

        String export = sanne.get("/account/export").body();
        assertTrue(export.contains("\"shared\" : true") && export.contains("\"shared\" : false"),
                "the person's log entries, with yes/no as such on either database: " + export);
    }

    @Test
    void handingInAfterTheDeadlineIsAllowedButMarkedLate() {
        String assignment = given.assignment(leader, id, "Klantreis tekenen");
        plein.clock().advance(Duration.ofDays(20));
        sanne = plein.signedIn("contact@sportclub.test"); // sessions end; a new day, a new sign-in
        assertTrue(sanne.get(work).body().contains("Niet ingeleverd, deadline voorbij"));
        assertTrue(sanne.get(work + "/assignments/" + assignment).body().contains("De deadline is voorbij."));
        assertEquals(303, given.postWithFile(sanne, work + "/assignments/" + assignment,
                Map.of("body", "Toch nog gedaan"), null).status());
        assertTrue(plein.signedInAs("expeditions.manager").get(work).body().contains("Te laat ingeleverd"));
        assertEquals(0, given.count("SELECT COUNT(*) FROM expeditions_submissions WHERE attachment_id IS NOT NULL"));
    }

    @Test
    void otherOrganisationsSeeOnlyWhatWasSharedAndOutsidersNothingAtAll() {
        plein.person("contact@buurthuis.test", "Bram Buurt");
        Browser bram = plein.signedIn("contact@buurthuis.test");
        String buurthuis = given.organisation(bram, "Buurthuis De Kastanje");
        given.joins(id, buurthuis);
        given.postWithFile(sanne, work + "/log", logEntry("2026-03-02", "Geheim gesprek met de trainers", false),
                Upload.pdf("intern.pdf"));
        given.postWithFile(sanne, work + "/log", logEntry("2026-03-02", "Open training voor studenten", true),
                Upload.pdf("open.pdf"));
        String hidden = entryId("Geheim gesprek met de trainers");
        String shared = entryId("Open training voor studenten");

        for (String path : new String[] {work, work + "/baseline", work + "/plan", work + "/log", work + "/measurements"}) {
            assertEquals(403, bram.get(path).status(), path);
        }
        assertEquals(403, bram.post(work + "/baseline", Map.of("currentVolunteers", "1", "targetGroup", "other",
                "ambition", "overnemen")).status());
        assertEquals(403, given.postWithFile(bram, work + "/log", logEntry("2026-03-02", "Namens een ander", true), null)
                .status());
        assertEquals(200, bram.get("/expeditions/" + id + "/organisations/" + buurthuis).status(), "his own work");

        Browser.Page group = bram.get("/expeditions/" + id + "/group");
        assertEquals(200, group.status());
        assertTrue(group.body().contains("Open training voor studenten"));
        assertTrue(group.body().contains("Sportclub Vlietzicht"), "with the organisation's name");
        assertFalse(group.body().contains("Geheim gesprek"));
        assertEquals(200, bram.get(work + "/log/" + shared + "/attachment").status(), "shared with the group");
        assertEquals(403, bram.get(work + "/log/" + hidden + "/attachment").status());
        assertEquals(200, leader.get("/expeditions/" + id + "/group").status());

        Browser outsider = plein.signedInMember();
        assertEquals(404, outsider.get(work).status());
        assertEquals(404, outsider.get(work + "/log").status());
        assertEquals(404, outsider.get(work + "/log/" + shared + "/attachment").status());
        assertEquals(404, outsider.get("/expeditions/" + id + "/group").status());
        assertEquals(404, plein.signedInAs("expeditions.observer").get("/expeditions/" + id + "/group").status());
        assertEquals(404, leader.get("/expeditions/" + id + "/organisations/" + plein.platform().people()
                .create("los@plein.test", "Los", PleinExtension.PASSWORD, "nl").id()).status(), "not taking part");
        assertEquals(404, leader.get("/expeditions/onbekend/organisations/" + sportclub).status());
        assertEquals(404, leader.get(work + "/assignments/onbekend").status());
    }

    @Test
    void refusalsAreExplainedBesideTheFieldAndKeepWhatWasTyped() {
        Browser.Page negative = sanne.post(work + "/baseline", Map.of("currentVolunteers", "-3",
                "targetGroup", "young-people", "ambition", "Meer jongeren"));
        assertEquals(422, negative.status());
        assertTrue(negative.body().contains("id=\"f-currentVolunteers-error\">Vul een heel getal in van 0 tot en met 1.000.000."));
        assertTrue(negative.body().contains("value=\"-3\""));
        assertTrue(negative.body().contains("Meer jongeren"));
        assertEquals(422, sanne.post(work + "/baseline", Map.of("currentVolunteers", "1000001",
                "targetGroup", "young-people", "ambition", "x")).status());
        Browser.Page noExperiments = sanne.post(work + "/plan", Map.of("goal", "Jongeren", "targetGroup", "elfjes",
                "experiments", ""));
        assertEquals(422, noExperiments.status());
        assertTrue(noExperiments.body().contains("Beschrijf ten minste één klein experiment."));
        assertTrue(noExperiments.body().contains("Kies een doelgroep."));

        Browser.Page retained = sanne.post(work + "/measurements", Map.of("moment", "final",
                "new-young-people", "2", "retained-young-people", "5", "new-older-people", "-1"));
        assertEquals(422, retained.status());
        assertTrue(retained.body().contains("id=\"f-retained-young-people-error\">Er kunnen niet meer vrijwilligers "
                + "gebleven zijn dan er nieuw bij kwamen."));
        assertTrue(retained.body().contains("id=\"f-new-older-people-error\">Vul een heel getal in"));
        assertTrue(retained.body().contains("value=\"5\""));
        Browser.Page blank = sanne.post(work + "/measurements", Map.of("moment", "final"));
        assertEquals(422, blank.status(), "a blank form is not a measurement of zero");
        assertTrue(blank.body().contains("Vul voor minstens één doelgroep het aantal nieuwe vrijwilligers in."));

        Browser.Page future = given.postWithFile(sanne, work + "/log", logEntry("2026-03-03", "Morgen bellen", false), null);
        assertEquals(422, future.status());
        assertTrue(future.body().contains("Deze datum ligt in de toekomst."));
        assertTrue(future.body().contains("Morgen bellen"), "typed text kept");
        Browser.Page before = given.postWithFile(sanne, work + "/log", logEntry("2026-02-27", "Voorbereiding", false), null);
        assertTrue(before.body().contains("Kies een datum vanaf de eerste dag van de expeditie"));
        Browser.Page empty = given.postWithFile(sanne, work + "/log", logEntry("2026-03-02", "", true), null);
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("id=\"f-action-error\">Vul in wat je hebt gedaan."));

        byte[] large = new byte[(int) Attachments.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, large, 0, 8);
        Browser.Page tooLarge = given.postWithFile(sanne, work + "/log", logEntry("2026-03-02", "Grote scan", false),
                new Upload("scan.pdf", large));
        assertEquals(422, tooLarge.status());
        assertTrue(tooLarge.body().contains("id=\"f-attachment-error\">Dit bestand is te groot."));
        Browser.Page html = given.postWithFile(sanne, work + "/log", logEntry("2026-03-02", "Webpagina", false),
                new Upload("verslag.pdf", "<html><script>alert(1)</script></html>".getBytes()));
        assertEquals(422, html.status());
        assertTrue(html.body().contains("Dit soort bestand kan hier niet worden toegevoegd."));
        Browser.Page wrongFileAndText = given.postWithFile(sanne, work + "/assignments/" + given.assignment(leader, id,
                "Plan"), Map.of("body", ""), new Upload("x.pdf", Arrays.copyOf(new byte[] {1, 2, (byte) 0xff}, 3)));
        assertEquals(422, wrongFileAndText.status());
        assertTrue(wrongFileAndText.body().contains("Vul je uitwerking in.")
                && wrongFileAndText.body().contains("Dit soort bestand"), "every problem at once");

        assertEquals(0, given.count("SELECT COUNT(*) FROM expeditions_log_entries"));
        assertEquals(0, given.count("SELECT COUNT(*) FROM expeditions_measurements"));
        assertEquals(0, given.count("SELECT COUNT(*) FROM plein_uploads"), "nothing kept of a refused form");

        sanne.get("/language/en");
        Browser.Page english = given.postWithFile(sanne, work + "/log", logEntry("2026-03-03", "Tomorrow", false), null);
        assertEquals(422, english.status());
        assertTrue(english.body().contains("This date is in the future."));
        assertTrue(sanne.get(work).body().contains("0 of the 5 steps taken"));
    }

    private String entryId(String action) {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_log_entries WHERE action = :a")
                .bind("a", action).mapTo(String.class).one());
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
