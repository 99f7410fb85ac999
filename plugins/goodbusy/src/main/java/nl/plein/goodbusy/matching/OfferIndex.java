package nl.plein.goodbusy.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * All open offers, arranged so that the offers passing the hard filters for one request are found without looking
 * at each pair as objects. The offers are sorted by their first available day: a binary search on the request's last
 * day cuts off every offer that starts too late. In the prefix left, each offer costs a few array reads: its last
 * day (still after the request's first?), its group (at least the minimum?) and one byte of flags — remote, on site,
 * VOG — that is tested against what the request needs with a single AND. Only a group larger than the organisation
 * takes on one day costs more: whether it can be spread over the dates both share ({@link Scorer#splits}). The arrays
 * are copies of the facts laid out side by side, so the scan runs through memory in order.
 *
 * <p>The result is exactly {@link Scorer#passes}: {@code OfferIndexTest} checks it against that on random data.
 */
final class OfferIndex {

    static final byte REMOTE = 1;
    static final byte ON_SITE = 2;
    static final byte VOG = 4;

    private final Facts.OfOffer[] offers;
    private final long[] from;
    private final long[] until;
    private final int[] group;
    private final byte[] flags;
    // What the soft weights read, side by side as well: thousands of passing offers are scored per request.
    private final String[] ids;
    private final long[] skills;
    private final long[] causes;
    private final int[] form;
    private final long[] provinces;

    OfferIndex(List<Facts.OfOffer> open) {
        offers = open.toArray(Facts.OfOffer[]::new);
        Arrays.sort(offers, Comparator.comparingLong(Facts.OfOffer::availableFrom));
        int n = offers.length;
        from = new long[n];
        until = new long[n];
        group = new int[n];
        flags = new byte[n];
        ids = new String[n];
        skills = new long[n];
        causes = new long[n];
        form = new int[n];
        provinces = new long[n];
        for (int i = 0; i < n; i++) {
            Facts.OfOffer o = offers[i];
            from[i] = o.availableFrom();
            until[i] = o.availableUntil();
            group[i] = o.groupSize();
            flags[i] = (byte) ((o.remoteOk() ? REMOTE : 0) | (o.onSiteOk() ? ON_SITE : 0) | (o.vogWilling() ? VOG : 0));
            ids[i] = o.id();
            skills[i] = o.skills();
            causes[i] = o.causes();
            form[i] = o.form();
            provinces[i] = o.provinces();
        }
    }

    int size() {
        return offers.length;
    }

    /** The offer at a place in the index (the places {@link #forEachPassing} reports). */
    Facts.OfOffer offer(int place) {
        return offers[place];
    }

    String id(int place) {
        return ids[place];
    }

    /** {@link Scorer#points(Facts.OfRequest, Facts.OfOffer)} of the request and the offer at a place. */
    int points(Facts.OfRequest r, int place) {
        return Scorer.points(r.skills(), r.skillCount(), r.cause(), r.form(), r.remote(), r.province(), skills[place],
                causes[place], form[place], provinces[place]);
    }

    /** Reports the place of every offer that passes the hard filters for the request. */
    void forEachPassing(Facts.OfRequest r, IntConsumer each) {
        // An organisation that cannot guide the minimum on one day receives no group at all.
        if (r.perDay() < r.minGroup()) return;
        int needs = (r.remote() ? REMOTE : ON_SITE) | (r.vogRequired() ? VOG : 0);
        long startsOn = r.startsOn();
        int minGroup = r.minGroup();
        int perDay = r.perDay();
        int end = firstAfter(r.endsOn());
        for (int i = 0; i < end; i++) {
            if (until[i] >= startsOn && group[i] >= minGroup && (flags[i] & needs) == needs
                    && (group[i] <= perDay || Scorer.splits(r, group[i], from[i], until[i]))) {
                each.accept(i);
            }
        }
    }

    /** The first place whose offer becomes available after the day (the size when none does). */
    private int firstAfter(long day) {
        int low = 0;
        int high = from.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (from[mid] <= day) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
