package nl.plein.goodbusy.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.plein.goodbusy.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The digest's index and the suggestions' heap give exactly what the plain way gives: every pair
 * {@link Scorer#passes} on random data (itself the same as {@link Scorer#score}'s verdict), and the first twenty of a
 * full sort.
 */
class OfferIndexTest {

    private final Random random = new Random(20260302);

    @Test
    void theIndexFindsExactlyThePairsThatPassTheHardFilters() {
        List<Facts.OfOffer> offers = new ArrayList<>();
        for (int i = 0; i < 600; i++) offers.add(offer(i));
        OfferIndex index = new OfferIndex(offers);
        long pairs = 0;
        Set<String> decided = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            Facts.OfRequest r = request(i);
            TreeSet<String> expected = new TreeSet<>();
            for (Facts.OfOffer o : offers) {
                boolean passes = Scorer.passes(r, o);
                if (passes) expected.add(o.id());
                MatchScore score = Scorer.score(r, o);
                assertEquals(score.passes(), passes, "the fast path agrees with the score: " + r + o);
                if (passes || Scorer.passes(withoutGroupRules(r), o)) {
                    // Pairs that pass or fail on the group alone: which group reason decided.
                    score.reasons().forEach(reason -> decided.add(reason.key()));
                }
            }
            TreeSet<String> found = new TreeSet<>();
            index.forEachPassing(r, place -> found.add(index.offer(place).id()));
            assertEquals(expected, found, "request " + i);
            pairs += found.size();
        }
        // The data is varied enough that the filters do something, but pass a fair share.
        assertEquals(true, pairs > 400 * 600 / 20 && pairs < 400 * 600 / 2, "passing pairs: " + pairs);
        // Every rule of the group is met by the data, passing and failing.
        for (String name : List.of("group-fits", "group-split", "group-too-small", "capacity-below-minimum",
                "group-one-day", "group-split-too-small", "group-split-too-few-days")) {
            assertTrue(decided.contains("goodbusy.reason." + name), name + " in " + decided);
        }
    }

    /** The request as if the organisation took any group on one day: only the other filters left. */
    private static Facts.OfRequest withoutGroupRules(Facts.OfRequest r) {
        return new Facts.OfRequest(r.id(), r.organisationId(), r.skills(), r.skillCount(), r.cause(), r.form(), 1,
                1000, 1000, r.startsOn(), r.endsOn(), r.remote(), r.province(), r.vogRequired(), false);
    }

    @Test
    void aPackedPairGivesBackItsPartsAndItsKeyIgnoresThePoints() {
        long pair = GoodPairs.pack(123_456, 9_999_999, 100);
        assertEquals(123_456, GoodPairs.request(pair));
        assertEquals(9_999_999, GoodPairs.offer(pair));
        assertEquals(100, GoodPairs.points(pair));
        assertEquals(GoodPairs.key(123_456, 9_999_999), GoodPairs.key(pair));
        assertEquals(GoodPairs.key(GoodPairs.pack(1, 2, 70)), GoodPairs.key(GoodPairs.pack(1, 2, 99)));
    }

    @Test
    void theHeapKeepsTheSameTwentyAsAFullSortByScoreThenId() {
        Facts.OfRequest r = request(7);
        List<Facts.OfOffer> offers = new ArrayList<>();
        for (int i = 0; i < 3000; i++) offers.add(offer(i));
        Top top = new Top(Suggestions.LIMIT);
        for (Facts.OfOffer o : offers) if (Scorer.passes(r, o)) top.add(new Top.Scored(o.id(), Scorer.points(r, o)));
        List<Facts.OfOffer> best = top.best().stream()
                .map(s -> offers.stream().filter(o -> o.id().equals(s.id())).findFirst().orElseThrow()).toList();
        List<Facts.OfOffer> sorted = offers.stream().filter(o -> Scorer.passes(r, o))
                .sorted(Comparator.comparingInt((Facts.OfOffer o) -> -Scorer.points(r, o))
                        .thenComparing(Facts.OfOffer::id))
                .limit(Suggestions.LIMIT).toList();
        assertEquals(Suggestions.LIMIT, best.size());
        assertEquals(sorted, best);
    }

    /**
     * A random request: one in five for one day; a day takes 2 to 15 people, so now and then fewer than the minimum
     * (1 to 10), and groups of up to 40 often need a split — over periods of up to 90 days, some only a few days.
     */
    private Facts.OfRequest request(int i) {
        long start = 20_500 + random.nextInt(365);
        long skills = randomMask(Vocabulary.SKILLS.size(), 3);
        boolean oneDay = random.nextInt(5) == 0;
        long end = oneDay ? start : start + (random.nextBoolean() ? random.nextInt(5) : random.nextInt(90));
        return new Facts.OfRequest(String.format("r%05d", i), "org", skills, Long.bitCount(skills),
                random.nextInt(Vocabulary.CAUSES.size()), random.nextInt(Vocabulary.FORMS.size()),
                1 + random.nextInt(10), 10 + random.nextInt(30), 2 + random.nextInt(14), start, end,
                random.nextInt(6) == 0, random.nextInt(Vocabulary.PROVINCES.size()), random.nextInt(3) == 0, oneDay);
    }

    private Facts.OfOffer offer(int i) {
        long from = 20_500 + random.nextInt(365);
        boolean remote = random.nextInt(3) == 0;
        return new Facts.OfOffer(String.format("o%05d", i), "company", randomMask(Vocabulary.SKILLS.size(), 4),
                randomMask(Vocabulary.CAUSES.size(), 3), random.nextInt(Vocabulary.FORMS.size()), 1 + random.nextInt(40),
                from, from + random.nextInt(180), remote, !remote || random.nextBoolean(),
                randomMask(Vocabulary.PROVINCES.size(), 3), random.nextInt(4) != 0);
    }

    /** Up to {@code most} random codes of a vocabulary of {@code size}. */
    private long randomMask(int size, int most) {
        long mask = 0;
        int n = random.nextInt(most + 1);
        for (int k = 0; k < n; k++) mask |= 1L << random.nextInt(size);
        return mask;
    }
}
