package nl.plein.goodbusy.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Every pair of an open request and an open offer that passes the hard filters, counted, and of those the good ones
 * (points at least the threshold), kept. Only {@link Facts} are held — a few hundred bytes per item, never a
 * description — and each good pair is one {@code long}: the request's place, the offer's place in the
 * {@link OfferIndex} and the points, packed. Ten thousand requests and offers with a million good pairs fit in a
 * few tens of megabytes.
 */
final class GoodPairs {

    private static final int OFFER_BITS = 25;
    private static final int POINT_BITS = 7;

    /** The open requests, from today on ({@link Facts.OfRequest#notBefore}). */
    final Facts.OfRequest[] requests;
    final OfferIndex offers;
    /** How many pairs passed the hard filters. */
    final long passed;
    /** The good pairs, packed ({@link #request}, {@link #offer}, {@link #points}), in request order. */
    final long[] good;

    private GoodPairs(Facts.OfRequest[] requests, OfferIndex offers, long passed, long[] good) {
        this.requests = requests;
        this.offers = offers;
        this.passed = passed;
        this.good = good;
    }

    static GoodPairs find(Candidates candidates, LocalDate today, int threshold) {
        long day = today.toEpochDay();
        List<Facts.OfRequest> open = new ArrayList<>();
        candidates.openRequests(today, r -> open.add(r.notBefore(day)));
        List<Facts.OfOffer> offered = new ArrayList<>();
        candidates.openOffers(today, o -> offered.add(o.notBefore(day)));
        // 31 bits are left for the request's place, more than a list can hold; the offer's place has 25 bits.
        if (offered.size() >= 1 << OFFER_BITS) {
            throw new IllegalStateException("too many open offers for one digest: " + offered.size());
        }
        Facts.OfRequest[] requests = open.toArray(Facts.OfRequest[]::new);
        OfferIndex offers = new OfferIndex(offered);
        Collector collector = new Collector(offers, threshold);
        for (int place = 0; place < requests.length; place++) collector.collect(place, requests[place]);
        return new GoodPairs(requests, offers, collector.passed, Arrays.copyOf(collector.good, collector.size));
    }

    Facts.OfRequest requestOf(long pair) {
        return requests[request(pair)];
    }

    Facts.OfOffer offerOf(long pair) {
        return offers.offer(offer(pair));
    }

    static long pack(int request, int offer, int points) {
        return ((long) request << (OFFER_BITS + POINT_BITS)) | ((long) offer << POINT_BITS) | points;
    }

    static int request(long pair) {
        return (int) (pair >>> (OFFER_BITS + POINT_BITS));
    }

    static int offer(long pair) {
        return (int) ((pair >>> POINT_BITS) & ((1L << OFFER_BITS) - 1));
    }

    static int points(long pair) {
        return (int) (pair & ((1 << POINT_BITS) - 1));
    }

    /** The pair without its points: what identifies it. */
    static long key(long pair) {
        return pair >>> POINT_BITS;
    }

    static long key(int request, int offer) {
        return key(pack(request, offer, 0));
    }

    /** Walks the passing offers of one request after another, scoring each: one callback object, no lambda per pair. */
    private static final class Collector implements IntConsumer {
        private final OfferIndex offers;
        private final int threshold;
        long passed;
        long[] good = new long[1024];
        int size;
        private int place;
        private Facts.OfRequest request;

        Collector(OfferIndex offers, int threshold) {
            this.offers = offers;
            this.threshold = threshold;
        }

        void collect(int place, Facts.OfRequest request) {
            this.place = place;
            this.request = request;
            offers.forEachPassing(request, this);
        }

        @Override
        public void accept(int offer) {
            passed++;
            int points = offers.points(request, offer);
            if (points < threshold) return;
            if (size == good.length) good = Arrays.copyOf(good, size * 2);
            good[size++] = pack(place, offer, points);
        }
    }
}
