package nl.plein.expeditions.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pictures: named, described, scaled to their largest value, escaped, and readable without colour. */
class BarChartTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void aGroupedChartIsAnImageWithItsNameAndDescription() {
        String svg = BarChart.grouped("chart-x", "Nieuwe gezichten", "Per doelgroep twee balken.", List.of("nieuw", "behouden"),
                List.of(new BarChart.Category("Jongeren", 10, 5)), DUTCH);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart--grouped\" role=\"img\" "
                + "aria-labelledby=\"chart-x-title chart-x-desc\""), svg);
        assertTrue(svg.contains("<title id=\"chart-x-title\">Nieuwe gezichten</title><desc id=\"chart-x-desc\">Per doelgroep twee balken.</desc>"));
        assertFalse(svg.contains("style"), "presentation attributes only");
        assertTrue(svg.endsWith("</svg>"));
    }

    @Test
    void barsAreScaledToTheLargestValueAndCarryTheirSeriesAndFigure() {
        String svg = BarChart.grouped("c", "t", "d", List.of("nieuw", "behouden"),
                List.of(new BarChart.Category("Jongeren", 1200, 300), new BarChart.Category("Ouderen", 0, 0)), DUTCH);
        assertEquals(List.of("340", "85", "0", "0"), barWidths(svg));
        assertTrue(svg.contains(">nieuw: 1.200</text>"), "figures in the page's language");
        assertTrue(svg.contains(">behouden: 300</text>"));
        assertTrue(svg.contains(">behouden: 0</text>"));
        assertTrue(svg.contains(">nieuw</text>") && svg.contains(">behouden</text>"), "a legend in words");
    }

    @Test
    void aTinyValueStillShowsAndAllZerosDoNotDivideByZero() {
        String svg = BarChart.grouped("c", "t", "d", List.of("nieuw"),
                List.of(new BarChart.Category("A", 1000), new BarChart.Category("B", 1)), DUTCH);
        assertEquals(List.of("340", "2"), barWidths(svg));
        assertEquals(List.of("0"), barWidths(BarChart.grouped("c", "t", "d", List.of("nieuw"),
                List.of(new BarChart.Category("A", 0)), DUTCH)));
    }

    @Test
    void everyTextIsEscapedAndAnIdCannotBreakOutOfItsAttribute() {
        String svg = BarChart.segmented("x\" onload=\"alert(1)", "<b>titel</b> & co", "it's \"quoted\"",
                List.of("<stap>"), List.of(new BarChart.Row("Bakker & Zn <script>", new double[] {1}, "1 van 1")));
        assertFalse(svg.contains("<script") || svg.contains("<b>") || svg.contains("onload=\""), svg);
        assertTrue(svg.contains("aria-labelledby=\"xonloadalert1-title xonloadalert1-desc\""));
        assertTrue(svg.contains("&lt;b&gt;titel&lt;/b&gt; &amp; co"));
        assertTrue(svg.contains("it&#39;s &quot;quoted&quot;"));
        assertTrue(svg.contains(">Bakker &amp; Zn &lt;script&gt;</text>"));
        assertTrue(svg.contains(">&lt;stap&gt;</text>"));
    }

    @Test
    void segmentsFillByTheShareDoneAndEachBarEndsWithItsSummary() {
        String svg = BarChart.segmented("p", "t", "d", List.of("Nulmeting", "Plan", "Opdrachten", "Logboek", "Eindmeting"),
                List.of(new BarChart.Row("Sportclub", new double[] {1, 1, 0.5, 0, 0}, "2 van 5")));
        assertEquals(5, count(svg, "class=\"chart__track\""), "every step has its box, done or not");
        assertEquals(List.of("76", "76", "38"), widths(svg, "chart__bar chart__bar--done"), "half the assignments: half a box");
        assertTrue(svg.contains(">2 van 5</text>"));
        assertTrue(svg.contains(">Eindmeting</text>"));
    }

    @Test
    void longNamesAreShortenedInThePictureOnly() {
        assertEquals("Vereniging voor Vrijwilligers…", BarChart.shorten("Vereniging voor Vrijwilligers in Lindeburg en omstreken"));
        assertEquals(30, BarChart.shorten("x".repeat(40)).length());
        assertEquals("Kort", BarChart.shorten("Kort"));
    }

    private static List<String> barWidths(String svg) {
        return widths(svg, "chart__bar chart__series-");
    }

    private static List<String> widths(String svg, String cssClass) {
        return Pattern.compile("<rect class=\"" + Pattern.quote(cssClass) + "[^\"]*\" x=\"\\d+\" y=\"\\d+\" width=\"(\\d+)\"")
                .matcher(svg).results().map(m -> m.group(1)).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
