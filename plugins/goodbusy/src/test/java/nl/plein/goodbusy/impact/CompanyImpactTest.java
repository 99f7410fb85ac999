package nl.plein.goodbusy.impact;

import static nl.plein.goodbusy.impact.ImpactWorld.squash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.plein.core.organisation.OrganisationForm;
import nl.plein.core.organisation.OrganisationKind;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A company coordinator's impact dashboard and its exports, with figures checked by hand (see {@link ImpactWorld}). */
class CompanyImpactTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();

    ImpactWorld world;

    @BeforeEach
    void world() {
        world = new ImpactWorld(plein);
    }

    @Test
    void coordinatorSeesOnlyApprovedHoursByMonthAgainstTheBudgetWithOrganisationsCausesAndParticipants() {
        Browser cora = world.fixture.signedIn("cora@rekenhuis.test");
        Browser.Page page = cora.get(world.impactPath());
        assertEquals(200, page.status());
        String html = squash(page.body());
        assertTrue(html.contains("<h1>Impact <span class=\"muted\">Rekenhuis, 2026</span></h1>"), html);
        assertTrue(html.contains("<dt>Goedgekeurde uren</dt><dd>10 uur<br><span class=\"muted\">Daarnaast wacht nog "
                + "1 uur op goedkeuring door de organisaties.</span></dd>"), "pending shown apart, not counted");
        assertTrue(html.contains("10 van 800 uur gebruikt"), "budget from the profile");
        assertTrue(html.contains("meter__bar--0"), "10 of 800 is 1.25%: the meter rounds to 0");
        assertTrue(html.contains("<dt>Geholpen organisaties</dt><dd>2</dd>"));
        assertTrue(html.contains("<dt>Deelnemende medewerkers</dt><dd>2</dd>"), "Ann and Bob, each once");
        assertTrue(html.contains("<dt>Afgeronde matches</dt><dd>1</dd>"));
        assertTrue(html.contains("<dt>Matches met een afspraak, nog bezig</dt><dd>1</dd>"));
        assertTrue(html.contains("<th scope=\"row\">januari</th><td>2</td>"));
        assertTrue(html.contains("<th scope=\"row\">februari</th><td>5,5</td>"), "declined and pending left out");
        assertTrue(html.contains("<th scope=\"row\">maart</th><td>2,5</td>"));
        assertTrue(html.contains("<th scope=\"row\">december</th><td>0</td>"), "last year's December is not this year");
        assertTrue(html.contains("<tfoot><tr><th scope=\"row\">Totaal</th><td>10</td></tr></tfoot>"));
        assertTrue(html.contains("<li>Buurthuis De Linde: 7,5 uur</li><li>Voedselbank Oost: 2,5 uur</li>"),
                "organisations helped, most first; Tegelhuis' hours at De Linde are not Rekenhuis'");
        assertTrue(html.contains("<li>Ouderen: 7,5 uur</li><li>Armoede en schulden: 2,5 uur</li>"),
                "causes from the requests worked on");
        assertTrue(html.contains("href=\"" + world.impactPath() + ".csv?year=2026\""));
        assertTrue(html.contains("href=\"" + world.impactPath() + ".pdf?year=2026\""));
        assertTrue(html.contains("href=\"" + world.impactPath() + "?year=2025\">Vorig jaar (2025)</a>"));
        assertFalse(html.contains("Volgend jaar"), "no future years");

        String lastYear = squash(cora.get(world.impactPath() + "?year=2025").body());
        assertTrue(lastYear.contains("<dt>Goedgekeurde uren</dt><dd>3 uur</dd>"));
        assertTrue(lastYear.contains("3 van 800 uur gebruikt"));
        assertTrue(lastYear.contains("<th scope=\"row\">december</th><td>3</td>"));
        assertTrue(lastYear.contains("<th scope=\"row\">februari</th><td>0</td>"));
        assertTrue(lastYear.contains("<dt>Deelnemende medewerkers</dt><dd>1</dd>"));
        assertTrue(lastYear.contains("<dt>Afgeronde matches</dt><dd>0</dd>"), "the match's work was in 2026");
        assertTrue(lastYear.contains("Volgend jaar (2026)"));

        for (String bad : List.of("abc", "1999", "2031", "20266", "-1", "2026%27%20OR%201=1")) {
            Browser.Page fallback = cora.get(world.impactPath() + "?year=" + bad);
            assertEquals(200, fallback.status(), bad);
            assertTrue(squash(fallback.body()).contains("<dd>10 uur<br>"), "a bad year shows this year: " + bad);
        }
    }

    @Test
    void chartIsAnImageWithTitleDescriptionAndAxesAndTheTableBesideItHoldsTheSameFigures() {
        Browser cora = world.fixture.signedIn("cora@rekenhuis.test");
        String html = cora.get(world.impactPath()).body();
        assertTrue(html.contains("role=\"img\" aria-labelledby=\"hours-chart-title hours-chart-desc\""));
        assertTrue(html.contains("<title id=\"hours-chart-title\">Goedgekeurde uren per maand in 2026</title>"));
        assertTrue(html.contains("<desc id=\"hours-chart-desc\">Staafdiagram van januari tot en met december 2026: "
                + "in totaal 10 uur, de meeste in februari (5,5).</desc>"), html);
        assertTrue(html.contains(">Uren</text>") && html.contains(">Maand</text>"), "both axes named");
        assertTrue(html.contains(">5,5</text>"), "each column has its figure written on it, not only a height");
        assertTrue(html.contains(">feb</text>"), "month under its column");
        assertEquals(12, html.split("class=\"chart__column\"", -1).length - 1);
        assertTrue(html.contains("<figcaption class=\"muted\">Dezelfde cijfers staan in de tabel hieronder."));
        assertTrue(html.contains("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"months-caption\">"));
        assertFalse(html.contains("style="), "no inline styles (Content-Security-Policy)");

        Browser english = englishCoordinator();
        String en = english.get(world.impactPath()).body();
        assertTrue(en.contains("<title id=\"hours-chart-title\">Approved hours by month in 2026</title>"));
        assertTrue(en.contains(">Hours</text>") && en.contains(">Feb</text>"));
        assertTrue(squash(en).contains("<th scope=\"row\">February</th><td>5.5</td>"));
        assertTrue(en.contains("10 of 800 hours used"));
    }

    @Test
    void csvHasOneRowPerApprovedRegistrationWithoutNamesOrFormulasReadyForASpreadsheet() throws Exception {
        Browser cora = world.fixture.signedIn("cora@rekenhuis.test");
        Browser.Page csv = cora.get(world.impactPath() + ".csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertEquals("attachment; filename=\"good-busy-impact-2026.csv\"", csv.header("Content-Disposition"));
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte order mark, so Excel reads UTF-8");
        List<CSVRecord> records = parse(csv.body(), ';');
        assertEquals(List.of("Datum", "Maand", "Organisatie", "Hulpvraag", "Doel", "Vorm", "Uren", "Minuten",
                "Deelnemer"), records.get(0).toList());
        List<CSVRecord> entries = records.subList(1, records.size());
        assertEquals(4, entries.size(), "the four approved registrations of 2026; pending, declined, 2025 and "
                + "Tegelhuis' left out");
        assertEquals(600, entries.stream().mapToInt(r -> Integer.parseInt(r.get(7))).sum(), "the dashboard's 10 hours");
        assertEquals(List.of("2026-01-15", "2026-01", "Buurthuis De Linde", "Tuindag", "Ouderen", "Servicedag", "2",
                "120"), entries.get(0).toList().subList(0, 8));
        CSVRecord march = entries.get(3);
        assertEquals("2026-03-01", march.get(0));
        assertEquals("'=SUM(1+1) pakketten", march.get(3), "a title that would be a formula is made text");
        assertEquals("2,5", march.get(6), "Dutch decimal comma");
        Set<String> participants = new HashSet<>();
        entries.forEach(r -> participants.add(r.get(8)));
        assertEquals(Set.of("Deelnemer 1", "Deelnemer 2"), participants, "counted apart, never named");
        assertFalse(csv.body().contains("Ann") || csv.body().contains("Bob"));

        Browser.Page lastYear = cora.get(world.impactPath() + ".csv?year=2025");
        assertEquals("attachment; filename=\"good-busy-impact-2025.csv\"", lastYear.header("Content-Disposition"));
        assertEquals(2, parse(lastYear.body(), ';').size());

        List<CSVRecord> english = parse(englishCoordinator().get(world.impactPath() + ".csv").body(), ',');
        assertEquals("Hours", english.get(0).get(6));
        assertTrue(english.stream().anyMatch(r -> r.get(6).equals("1.5")), "English decimal point, comma-separated");
        assertEquals("Older people", english.get(1).get(4));
    }

    @Test
    void pdfHoldsTheTotalsTheMonthsAndTheOrganisationsInTheVisitorsLanguage() throws Exception {
        Browser cora = world.fixture.signedIn("cora@rekenhuis.test");
        HttpResponse<byte[]> pdf = ImpactWorld.download(plein, cora, world.impactPath() + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"good-busy-impact-2026.pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElseThrow());
        String text = text(pdf.body());
        assertTrue(text.contains("Good Busy impactrapport 2026"), text);
        assertTrue(text.contains("Rekenhuis"));
        assertTrue(text.contains("Opgesteld op 2 maart 2026"));
        assertTrue(text.contains("Goedgekeurde uren 10"), text);
        assertTrue(text.contains("10 van 800 uur gebruikt"));
        assertTrue(text.contains("Deelnemende medewerkers 2"));
        assertTrue(text.contains("februari 5,5"));
        assertTrue(text.contains("Buurthuis De Linde 7,5"));
        assertTrue(text.contains("Voedselbank Oost 2,5"));
        assertTrue(text.contains("Armoede en schulden 2,5"));
        assertTrue(text.contains("Daarnaast wacht nog 1 uur op goedkeuring"));

        String english = text(ImpactWorld.download(plein, englishCoordinator(), world.impactPath() + ".pdf?year=2025")
                .body());
        assertTrue(english.contains("Good Busy impact report 2025"), english);
        assertTrue(english.contains("Approved hours 3"));
        assertTrue(english.contains("December 3"));
        assertTrue(english.contains("3 of 800 hours used"));
    }

    @Test
    void aNameOutsideWinAnsiStillMakesAPdf() throws Exception {
        world.fixture.organisations().update(world.linde, new OrganisationForm("Buurthuis 🌳 De Linde",
                OrganisationKind.VOLUNTEER_ORGANISATION, "Utrecht", "Utrecht", "", ""));
        Browser cora = world.fixture.signedIn("cora@rekenhuis.test");
        HttpResponse<byte[]> pdf = ImpactWorld.download(plein, cora, world.impactPath() + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(text(pdf.body()).contains("Buurthuis ? De Linde 7,5"));
    }

    @Test
    void onlyTheCompanysCoordinatorsAndCommunityManagersSeeItsFigures() {
        GoodBusyFixture fixture = world.fixture;
        Browser anonymous = fixture.anonymous();
        Browser employee = fixture.signedIn("ann@rekenhuis.test");
        Browser otherCoordinator = fixture.signedIn("tom@tegelhuis.test");
        Browser organisation = fixture.signedIn("olga@linde.test");
        Browser member = fixture.signedIn(person(fixture, "lid@plein.test"));
        Browser broker = fixture.withRole("makelaar@vc.test", "Makelaar", GoodBusyFixture.BROKER_ROLE);
        // A broker whose region (Utrecht) holds the company: brokers see matches, not a company's report.
        fixture.organisations().create(new OrganisationForm("Vrijwilligerscentrale Utrecht",
                OrganisationKind.VOLUNTEER_CENTRE, "Utrecht", "Utrecht", "", ""), fixture.personId("makelaar@vc.test"));
        Browser manager = fixture.withRole("manager@plein.test", "Manager", GoodBusyFixture.MANAGER_ROLE);
        Browser coordinator = fixture.signedIn("cora@rekenhuis.test");

        for (String suffix : List.of("", ".csv", ".pdf")) {
            String path = world.impactPath() + suffix;
            Browser.Page refused = anonymous.get(path);
            assertEquals(303, refused.status(), path);
            assertTrue(refused.location().startsWith("/login"), path);
            assertEquals(403, employee.get(path).status(), "an employee does not see the company's figures " + path);
            assertEquals(403, otherCoordinator.get(path).status(), path);
            assertEquals(403, organisation.get(path).status(), path);
            assertEquals(403, member.get(path).status(), path);
            assertEquals(403, broker.get(path).status(), "brokers see matches, not a company's report " + path);
            assertEquals(200, manager.get(path).status(), path);
            assertEquals(200, coordinator.get(path).status(), path);
            assertEquals(404, coordinator.get("/goodbusy/companies/" + world.linde + "/impact" + suffix).status(),
                    "a social organisation is not a company");
            assertEquals(404, coordinator.get("/goodbusy/companies/00000000-0000-0000-0000-000000000000/impact"
                    + suffix).status());
            assertEquals(404, coordinator.get("/goodbusy/companies/nonsense/impact" + suffix).status());
        }
    }

    private Browser englishCoordinator() {
        String id = world.fixture.person("carl@rekenhuis.test", "Carl Coordinator", "en");
        world.fixture.join(world.rekenhuis, id, "admin");
        return world.fixture.signedIn("carl@rekenhuis.test");
    }

    private static String person(GoodBusyFixture fixture, String email) {
        fixture.person(email, "Iemand");
        return email;
    }

    private static List<CSVRecord> parse(String body, char delimiter) throws Exception {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

}
