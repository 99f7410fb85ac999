package nl.plein.goodbusy.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.vocabulary.Vocabulary;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What matching reads: the open items that can meet a given one, the pairs already proposed, and titles for a handful
 * of ids.
 *
 * <p>Ranking for one item walks the facts of all open items of the other side held in memory ({@link LiveFacts}:
 * one counter read per view; the open items again only after a change), keeps those that pass every hard filter
 * ({@link Scorer#passes}, for offers through the {@link OfferIndex}) and have no match with the item yet (one indexed
 * query for its matches), and scores them ({@link Scorer#points}). The digest reads the open items whole once a day
 * ({@link #openRequests}, {@link #openOffers}), from the light columns only, never descriptions.
 */
final class Candidates {

    /** Rows per {@code IN (...)} list: far below any database's limit on bound values. */
    static final int CHUNK = 500;

    static final String OFFER_COLUMNS = """
            o.id, o.company_id, o.skills, o.causes, o.form, o.group_size, o.available_from, o.available_until,
            o.remote_ok, o.on_site_ok, o.provinces, o.vog_willing
            """;
    static final String REQUEST_COLUMNS = """
            r.id, r.organisation_id, r.skills, r.cause, r.form, r.min_group, r.max_group, r.starts_on, r.ends_on,
            r.remote, r.province, r.vog_required, p.supervision_capacity, r.date_kind
            """;

    private final Jdbi jdbi;
    private final LiveFacts live = new LiveFacts();
    private final RecentRankings recent = new RecentRankings();

    Candidates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What one view ranks from: the open items of the other side, and those already matched with the item. */
    private record Field<T>(T open, Set<String> matched) {
    }

    /**
     * Scores every open offer that passes the hard filters for the request and was not proposed with it yet, into
     * {@code top}.
     *
     * @param r the request from the day matching looks from ({@link Facts.OfRequest#notBefore})
     */
    void rankOffers(Facts.OfRequest r, Top top) {
        // An organisation that cannot guide the request's minimum on one day receives no group at all.
        if (r.perDay() < r.minGroup()) return;
        Field<OfferIndex> field = jdbi.withHandle(h -> new Field<>(live.offers(h), matched(h,
                "SELECT offer_id FROM goodbusy_matches WHERE request_id = :id", r.id())));
        OfferIndex offers = field.open();
        Set<String> matched = field.matched();
        recent.rank(List.of(r, offers, matched), top, fresh -> offers.forEachPassing(r, place -> {
            String id = offers.id(place);
            if (matched.isEmpty() || !matched.contains(id)) fresh.add(id, offers.points(r, place));
        }));
    }

    /**
     * Scores every open request that passes the hard filters for the offer and was not proposed with it yet, into
     * {@code top}; as {@link #rankOffers}.
     *
     * @param o the offer from the day matching looks from ({@link Facts.OfOffer#notBefore})
     */
    void rankRequests(Facts.OfOffer o, Top top) {
        if (!o.remoteOk() && !o.onSiteOk()) return;
        Field<Facts.OfRequest[]> field = jdbi.withHandle(h -> new Field<>(live.requests(h), matched(h,
                "SELECT request_id FROM goodbusy_matches WHERE offer_id = :id", o.id())));
        Set<String> matched = field.matched();
        // The offer is cut off at today. Cutting each request off at the offer's first day (today or later) compares
        // the same days as cutting it at today: the days before the offer's first are not shared anyway.
        long first = o.availableFrom();
        recent.rank(List.of(o, field.open(), matched), top, fresh -> {
            for (Facts.OfRequest held : field.open()) {
                if (held.endsOn() < first) continue;
                Facts.OfRequest r = held.notBefore(first);
                if (!Scorer.passes(r, o) || (!matched.isEmpty() && matched.contains(r.id()))) continue;
                fresh.add(r.id(), Scorer.points(r, o));
            }
        });
    }

    /** The other side's ids already matched with an item: a request or an offer gets a few, never thousands. */
    private static Set<String> matched(Handle h, String sql, String id) {
        Set<String> ids = new HashSet<>();
        h.createQuery(sql).bind("id", id).mapTo(String.class).forEach(ids::add);
        return ids;
    }

    /** Every open request whose dates have not passed, streamed: the digest keeps only the facts. */
    void openRequests(LocalDate today, Consumer<Facts.OfRequest> each) {
        jdbi.useHandle(h -> h.createQuery("SELECT " + REQUEST_COLUMNS + """
                         FROM goodbusy_requests r LEFT JOIN goodbusy_organisations p
                           ON p.organisation_id = r.organisation_id
                        WHERE r.status = 'open' AND r.ends_on >= :today""")
                .bind("today", today.toString()).map((rs, ctx) -> request(rs)).useStream(s -> s.forEach(each)));
    }

    /** Every open offer whose availability has not passed, streamed. */
    void openOffers(LocalDate today, Consumer<Facts.OfOffer> each) {
        jdbi.useHandle(h -> h.createQuery("SELECT " + OFFER_COLUMNS + """
                         FROM goodbusy_offers o WHERE o.status = 'open' AND o.available_until >= :today""")
                .bind("today", today.toString()).map((rs, ctx) -> offer(rs)).useStream(s -> s.forEach(each)));
    }

    /** A pair that has a row in {@code goodbusy_matches}. */
    record Proposed(String matchId, String requestId, String offerId, String status) {
    }

    /** The matches of one request, newest first (a request gets a few, never thousands). */
    List<Proposed> proposedWithRequest(String requestId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, request_id, offer_id, status FROM goodbusy_matches WHERE request_id = :id
                        ORDER BY created_at DESC, id LIMIT 200""")
                .bind("id", requestId).map((rs, ctx) -> proposed(rs)).list());
    }

    List<Proposed> proposedWithOffer(String offerId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, request_id, offer_id, status FROM goodbusy_matches WHERE offer_id = :id
                        ORDER BY created_at DESC, id LIMIT 200""")
                .bind("id", offerId).map((rs, ctx) -> proposed(rs)).list());
    }

    /** Titles of requests or offers by id ({@code table} is one of the two fixed names). */
    Map<String, String> titles(String table, Collection<String> ids) {
        if (!table.equals("goodbusy_requests") && !table.equals("goodbusy_offers")) {
            throw new IllegalArgumentException(table);
        }
        Map<String, String> titles = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbi.useHandle(h -> h.createQuery("SELECT id, title FROM " + table + " WHERE id IN (<ids>)")
                    .bindList("ids", chunk).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> titles.put(e.getKey(), e.getValue())));
        }
        return titles;
    }

    private static Proposed proposed(ResultSet rs) throws SQLException {
        return new Proposed(rs.getString("id"), rs.getString("request_id"), rs.getString("offer_id"),
                rs.getString("status"));
    }

    static Facts.OfOffer offer(ResultSet rs) throws SQLException {
        return Facts.offer(rs.getString(1), rs.getString(2), Facts.mask(Vocabulary.SKILLS, rs.getString(3)),
                Facts.mask(Vocabulary.CAUSES, rs.getString(4)), rs.getString(5), rs.getInt(6),
                LocalDate.parse(rs.getString(7)), LocalDate.parse(rs.getString(8)), rs.getBoolean(9),
                rs.getBoolean(10), Facts.mask(Vocabulary.PROVINCES, rs.getString(11)), rs.getBoolean(12));
    }

    static Facts.OfRequest request(ResultSet rs) throws SQLException {
        return Facts.request(rs.getString(1), rs.getString(2), Facts.mask(Vocabulary.SKILLS, rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(13) /* 0 without profile */,
                LocalDate.parse(rs.getString(8)), LocalDate.parse(rs.getString(9)), rs.getBoolean(10),
                rs.getString(11), rs.getBoolean(12), DateKind.ONE_DAY.code().equals(rs.getString(14)));
    }
}
