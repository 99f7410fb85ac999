package nl.plein.goodbusy.integration;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import nl.plein.api.hooks.ScaleData;
import nl.plein.goodbusy.matching.Facts;
import nl.plein.goodbusy.matching.Scorer;

/**
 * What matching will find in the generated data, by the same rules ({@link Scorer}): for each open request how
 * many open offers pass the hard filters and have no match with it yet — what its suggestions page scores — and the
 * other way round; and what the first digest will announce: the good pairs without a match, and the coordinators it
 * mails.
 * The benchmark pages are the request and the offer with the most such candidates.
 *
 * @param requestCandidates per request (by its place in the list), the offers its page scores; 0 when not open
 * @param offerCandidates   per offer, the requests its page scores
 * @param passing           pairs of open items that pass the hard filters (matched or not), as the digest counts them
 * @param fresh             good pairs without a match: what the first digest announces
 * @param mails             the coordinators it mails (one mail each)
 */
record ScalePairs(int[] requestCandidates, int[] offerCandidates, long passing, long fresh, int mails) {

    static ScalePairs count(ScaleData.Generation generation, List<ScaleRows.Request> requests,
                            List<ScaleRows.Offer> offers, LocalDate today, int goodMatch, LongPredicate matched) {
        long day = today.toEpochDay();
        int[] openRequests = java.util.stream.IntStream.range(0, requests.size())
                .filter(i -> requests.get(i).open() && !requests.get(i).endsOn().isBefore(today)).toArray();
        int[] openOffers = java.util.stream.IntStream.range(0, offers.size())
                .filter(i -> offers.get(i).open() && !offers.get(i).availableUntil().isBefore(today)).toArray();
        Facts.OfOffer[] offerFacts = new Facts.OfOffer[openOffers.length];
        for (int j = 0; j < openOffers.length; j++) offerFacts[j] = offers.get(openOffers[j]).facts().notBefore(day);

        int[] requestCandidates = new int[requests.size()];
        int[] offerCandidates = new int[offers.size()];
        long passing = 0;
        long fresh = 0;
        Set<String> told = new HashSet<>();
        try (ScaleData.Progress progress = generation.progress("pairs scored", openRequests.length)) {
            for (int n = 0; n < openRequests.length; n++) {
                int i = openRequests[n];
                Facts.OfRequest r = requests.get(i).facts().notBefore(day);
                boolean toldRequest = false;
                for (int j = 0; j < openOffers.length; j++) {
                    Facts.OfOffer o = offerFacts[j];
                    if (!Scorer.passes(r, o)) continue;
                    passing++;
                    int offer = openOffers[j];
                    if (matched.test((long) i * offers.size() + offer)) continue;
                    requestCandidates[i]++;
                    offerCandidates[offer]++;
                    if (Scorer.points(r, o) < goodMatch) continue;
                    fresh++;
                    if (!toldRequest) {
                        told.add(requests.get(i).party().coordinatorId());
                        toldRequest = true;
                    }
                    told.add(offers.get(offer).company().coordinatorId());
                }
                if (n % 1000 == 999 || n == openRequests.length - 1) progress.advance(n % 1000 + 1);
            }
        }
        return new ScalePairs(requestCandidates, offerCandidates, passing, fresh, told.size());
    }

    /** The place of the largest count (the first of equals). */
    static int busiest(int[] counts) {
        int best = 0;
        for (int i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
        return best;
    }
}
