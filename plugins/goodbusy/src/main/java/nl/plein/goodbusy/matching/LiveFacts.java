package nl.plein.goodbusy.matching;

import java.util.ArrayList;
import java.util.List;
import nl.plein.goodbusy.Versions;
import org.jdbi.v3.core.Handle;

/**
 * The facts of every open offer and every open request, held in memory between changes. A suggestions page scores
 * thousands of candidates; reading them all from the database again for every view was nearly all of its time (about
 * 8,000 rows for a busy request at national scale), while the open items change a few times a day. Each view reads
 * one counter ({@link Versions}) and uses the copy it holds while that counter has not moved; any write to the items
 * — on this instance or another — raises it, and the next view loads the open items once more.
 *
 * <p>Dates are kept as stored, not cut off at today: a request is always compared from today on
 * ({@link Facts.OfRequest#notBefore}), and against a request that starts today or later an offer's days before today
 * change nothing ({@link Scorer#passes} and {@link Scorer#splits} look at the days both share). Offers are held as an
 * {@link OfferIndex}; requests as a plain array, read whole for one offer (the offer side is the rarer view).
 */
final class LiveFacts {

    private record HeldOffers(long version, OfferIndex index) {
    }

    private record HeldRequests(long version, Facts.OfRequest[] requests) {
    }

    private final Object offerLoad = new Object();
    private final Object requestLoad = new Object();
    private volatile HeldOffers offers;
    private volatile HeldRequests requests;

    /** Every open offer, as current as the counter read on this handle. */
    OfferIndex offers(Handle h) {
        long version = Versions.read(h, Versions.OFFERS);
        HeldOffers held = offers;
        // Counters only grow: a copy loaded at a later count is at least as current.
        if (held != null && held.version() >= version) return held.index();
        synchronized (offerLoad) {
            held = offers;
            if (held == null || held.version() < version) {
                // Read after the counter: the copy is at least as new as its label, never older.
                List<Facts.OfOffer> open = new ArrayList<>();
                h.createQuery("SELECT " + Candidates.OFFER_COLUMNS + " FROM goodbusy_offers o WHERE o.status = 'open'")
                        .map((rs, ctx) -> Candidates.offer(rs)).forEach(open::add);
                held = new HeldOffers(version, new OfferIndex(open));
                offers = held;
            }
            return held.index();
        }
    }

    /** Every open request with its organisation's supervision capacity, as current as the counter. */
    Facts.OfRequest[] requests(Handle h) {
        long version = Versions.read(h, Versions.REQUESTS);
        HeldRequests held = requests;
        if (held != null && held.version() >= version) return held.requests();
        synchronized (requestLoad) {
            held = requests;
            if (held == null || held.version() < version) {
                List<Facts.OfRequest> open = new ArrayList<>();
                h.createQuery("SELECT " + Candidates.REQUEST_COLUMNS + """
                                 FROM goodbusy_requests r LEFT JOIN goodbusy_organisations p
                                   ON p.organisation_id = r.organisation_id
                                WHERE r.status = 'open'""")
                        .map((rs, ctx) -> Candidates.request(rs)).forEach(open::add);
                held = new HeldRequests(version, open.toArray(Facts.OfRequest[]::new));
                requests = held;
            }
            return held.requests();
        }
    }
}
