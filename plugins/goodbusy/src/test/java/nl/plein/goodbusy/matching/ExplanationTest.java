package nl.plein.goodbusy.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.plein.core.i18n.MessageBundles;
import nl.plein.goodbusy.matching.ScorerTest.Off;
import nl.plein.goodbusy.matching.ScorerTest.Req;
import org.junit.jupiter.api.Test;

/** The reasons and the one-line summary in Dutch and English, through the plugin's real message bundles. */
class ExplanationTest {

    static final Locale NL = Locale.forLanguageTag("nl");
    static final Locale EN = Locale.forLanguageTag("en");

    final Explanation explanation = new Explanation(new MessageBundles().forPlugin("goodbusy",
            ExplanationTest.class.getClassLoader()));

    /** The issue's example: 4 of 5 skills, same province, date fits, group of 8 within 6–10. */
    static MatchScore example() {
        return Scorer.score(Req.base().withSkills("hands-on", "cooking", "it", "finance", "legal").facts(),
                Off.base().withSkills("hands-on", "cooking", "it", "finance").facts());
    }

    @Test
    void theSummaryReadsAsInTheIssueInBothLanguages() {
        assertEquals("4 van 5 vaardigheden, zelfde provincie, datum past, groep van 8 past binnen 6–10",
                explanation.summary(example(), NL));
        assertEquals("4 of 5 skills, same province, date fits, group of 8 within 6–10",
                explanation.summary(example(), EN));
    }

    @Test
    void theSummarySaysNeighbourFarRemoteSplitAndNothingAsked() {
        MatchScore split = Scorer.score(Req.base().withCapacity(6).facts(),
                Off.base().withGroup(16).where(false, true, "Gelderland").facts());
        assertEquals("2 van 2 vaardigheden, buurprovincie, datum past, groep van 16 verdeeld over 3 data",
                explanation.summary(split, NL));
        assertEquals("2 of 2 skills, neighbouring province, date fits, group of 16 spread over 3 dates",
                explanation.summary(split, EN));
        MatchScore remote = Scorer.score(Req.base().withSkills().asRemote().facts(), Off.base().where(true, false).facts());
        assertEquals("geen vaardigheden gevraagd, op afstand, datum past, groep van 8 past binnen 6–10",
                explanation.summary(remote, NL));
        assertEquals("no skills asked, remote, date fits, group of 8 within 6–10", explanation.summary(remote, EN));
        MatchScore far = Scorer.score(Req.base().withGroup(8, 8).facts(), Off.base().where(false, true, "Limburg").facts());
        assertEquals("2 van 2 vaardigheden, buiten de regio, datum past, groep van 8, zo groot als gevraagd",
                explanation.summary(far, NL));
        assertEquals("2 of 2 skills, outside the region, date fits, group of 8, the size asked",
                explanation.summary(far, EN));
    }

    @Test
    void everyReasonIsASentenceWithCausesFormsAndDatesInTheReadersLanguage() {
        MatchScore score = Scorer.score(Req.base().needingVog().facts(), Off.base().withCauses("youth").withForm("relay")
                .where(false, true, "Limburg").facts());
        assertEquals(List.of(
                new Explanation.Line("datum past (9 maart 2026 tot en met 8 april 2026)", true),
                new Explanation.Line("groep van 8 past binnen 6–10", true),
                new Explanation.Line("VOG wordt geregeld", true),
                new Explanation.Line("2 van 2 vaardigheden", true),
                new Explanation.Line("ander doel dan Ouderen", false),
                new Explanation.Line("Utrecht ligt buiten de regio van het bedrijf", false),
                new Explanation.Line("andere vorm dan Servicedag", false)), explanation.lines(score, NL));
        assertEquals(List.of(
                new Explanation.Line("date fits (9 March 2026 to 8 April 2026)", true),
                new Explanation.Line("group of 8 within 6–10", true),
                new Explanation.Line("VOG will be arranged", true),
                new Explanation.Line("2 of 2 skills", true),
                new Explanation.Line("a cause other than Older people", false),
                new Explanation.Line("Utrecht is outside the company's region", false),
                new Explanation.Line("a form other than Service day", false)), explanation.lines(score, EN));

        MatchScore good = Scorer.score(Req.base().facts(), Off.base().where(false, true, "Gelderland").facts());
        assertEquals(List.of("zelfde doel: Ouderen", "buurprovincie van Utrecht", "zelfde vorm: Servicedag"),
                explanation.lines(good, NL).subList(3, 6).stream().map(Explanation.Line::text).toList());
        assertEquals(List.of("same cause: Older people", "province next to Utrecht", "same form: Service day"),
                explanation.lines(good, EN).subList(3, 6).stream().map(Explanation.Line::text).toList());
        assertEquals("zelfde provincie (Utrecht)", explanation.lines(example(), NL).get(4).text());
    }

    @Test
    void aSplitIsSpelledOutWithTheGroupsPerDate() {
        MatchScore uneven = Scorer.score(Req.base().withCapacity(6).facts(), Off.base().withGroup(16).facts());
        assertEquals("verdeel over 3 data, groepen van 5–6", explanation.split(uneven.split(), NL));
        assertEquals("spread over 3 dates, groups of 5–6", explanation.split(uneven.split(), EN));
        assertEquals("groep van 16 is groter dan de 6 die de organisatie op één dag kan begeleiden: verdeel over 3 "
                + "data, groepen van 5–6", explanation.lines(uneven, NL).get(1).text());
        assertEquals("group of 16 is larger than the 6 the organisation can guide on one day: spread over 3 dates, "
                + "groups of 5–6", explanation.lines(uneven, EN).get(1).text());
        MatchScore even = Scorer.score(Req.base().facts(), Off.base().withGroup(20).facts());
        assertEquals("verdeel over 2 data, groepen van 10", explanation.split(even.split(), NL));
        assertEquals("spread over 2 dates, groups of 10", explanation.split(even.split(), EN));
        assertEquals("groep van 20 is groter dan de 10 die de organisatie op één dag kan begeleiden: verdeel over 2 "
                + "data, groepen van 10", explanation.lines(even, NL).get(1).text());
    }

    @Test
    void theReasonsOfAPairThatFailsSayWhy() {
        MatchScore failed = Scorer.score(Req.base().needingVog().facts(), Off.base().withoutVog().withGroup(4)
                .withDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)).facts());
        assertEquals(List.of("de data overlappen niet", "groep van 4 is kleiner dan de 6 die nodig zijn",
                        "een VOG is nodig en het bedrijf regelt die niet"),
                explanation.lines(failed, NL).stream().map(Explanation.Line::text).toList());
        assertEquals("data overlappen niet, groep van 4 kleiner dan 6", explanation.summary(failed, NL));
        assertEquals("dates do not overlap, group of 4 smaller than 6", explanation.summary(failed, EN));
    }
}
