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
        MatchScore split = Scorer.score(Req.base().withGroup(4, 10).withCapacity(6).facts(),
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
        MatchScore uneven = Scorer.score(Req.base().withGroup(4, 10).withCapacity(6).facts(),
                Off.base().withGroup(16).facts());
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

    @Test
    void aGroupThatCannotBeReceivedSaysWhyInBothLanguages() {
        // One day that takes 10, a group of 25.
        MatchScore oneDay = Scorer.score(Req.base().onOneDay(LocalDate.of(2026, 3, 20)).facts(),
                Off.base().withGroup(25).facts());
        assertEquals(new Explanation.Line("groep van 25 is groter dan de 10 die de organisatie op haar ene dag kan "
                + "begeleiden", false), explanation.lines(oneDay, NL).get(1));
        assertEquals(new Explanation.Line("group of 25 is larger than the 10 the organisation can guide on its one day",
                false), explanation.lines(oneDay, EN).get(1));
        assertEquals("datum past, groep van 25 te groot voor één dag", explanation.summary(oneDay, NL));
        assertEquals("date fits, group of 25 too large for one day", explanation.summary(oneDay, EN));

        // The organisation guides 4 a day, the request needs 6.
        MatchScore capped = Scorer.score(Req.base().withCapacity(4).facts(), Off.base().facts());
        assertEquals("de organisatie kan op één dag hooguit 4 mensen begeleiden, minder dan de 6 die nodig zijn: zo "
                + "haalt geen groep het minimum", explanation.lines(capped, NL).get(1).text());
        assertEquals("the organisation can guide at most 4 people on one day, fewer than the 6 needed: no group could "
                + "ever reach the minimum", explanation.lines(capped, EN).get(1).text());
        assertEquals("datum past, hooguit 4 per dag, minder dan het minimum van 6", explanation.summary(capped, NL));
        assertEquals("date fits, at most 4 a day, below the minimum of 6", explanation.summary(capped, EN));

        // 11 over 10 a day: 5 + 6, and 6 are needed.
        MatchScore eleven = Scorer.score(Req.base().facts(), Off.base().withGroup(11).facts());
        assertEquals("groep van 11 is niet over data te verdelen: bij 2 data van hooguit 10 is een groep maar 5, "
                + "minder dan de 6 die nodig zijn", explanation.lines(eleven, NL).get(1).text());
        assertEquals("group of 11 cannot be spread over dates: with 2 dates of at most 10, a group is only 5, fewer "
                + "than the 6 needed", explanation.lines(eleven, EN).get(1).text());
        assertEquals("datum past, groep van 11 niet te verdelen", explanation.summary(eleven, NL));
        assertEquals("date fits, group of 11 cannot be split", explanation.summary(eleven, EN));

        // 25 over 10 a day needs 3 dates; the offer shares 2 days (7 and 8 April) with the request, or 1 (8 April).
        MatchScore twoDays = Scorer.score(Req.base().facts(), Off.base().withGroup(25)
                .withDates(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 5, 31)).facts());
        assertEquals("groep van 25 is groter dan de 10 die de organisatie op één dag kan begeleiden en heeft 3 data "
                + "nodig, maar hulpvraag en aanbod hebben maar 2 dagen samen", explanation.lines(twoDays, NL).get(1).text());
        assertEquals("group of 25 is larger than the 10 the organisation can guide on one day and needs 3 dates, but "
                + "the request and the offer share only 2 days", explanation.lines(twoDays, EN).get(1).text());
        assertEquals("datum past, groep van 25 heeft 3 data nodig, er zijn 2 dagen", explanation.summary(twoDays, NL));
        assertEquals("date fits, group of 25 needs 3 dates, there are 2 days", explanation.summary(twoDays, EN));
        MatchScore oneShared = Scorer.score(Req.base().facts(), Off.base().withGroup(25)
                .withDates(LocalDate.of(2026, 4, 8), LocalDate.of(2026, 5, 31)).facts());
        assertEquals("groep van 25 is groter dan de 10 die de organisatie op één dag kan begeleiden en heeft 3 data "
                + "nodig, maar hulpvraag en aanbod hebben maar één dag samen", explanation.lines(oneShared, NL).get(1).text());
        assertEquals("group of 25 is larger than the 10 the organisation can guide on one day and needs 3 dates, but "
                + "the request and the offer share only one day", explanation.lines(oneShared, EN).get(1).text());
        assertEquals("date fits, group of 25 needs 3 dates, there is one day", explanation.summary(oneShared, EN));
        assertEquals("datum past, groep van 25 heeft 3 data nodig, er is één dag", explanation.summary(oneShared, NL));
    }
}
