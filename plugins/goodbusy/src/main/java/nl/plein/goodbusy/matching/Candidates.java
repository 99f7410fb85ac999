package nl.plein.goodbusy.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.vocabulary.Vocabulary;
import org.jdbi.v3.core.Jdbi;

/**
 * The queries matching runs: the open items that can meet a given one, read as {@link Facts} from the light columns
 * only (never descriptions), the pairs already proposed, and titles for a handful of ids.
 *
 * <p>The pre-filter does in SQL what an index can serve: open status and the date range ({@code goodbusy_offers_open}
 * on {@code (status, available_until)}, {@code goodbusy_requests_open} on {@code (status, ends_on)}), then the cheap
 * column checks (group size, VOG, remote or on site) on the rows the index found. A group larger than the organisation
 * takes on one day is checked in Java as each row comes ({@link Scorer#receives}: can it be split over the days both
 * share), since counting days is date arithmetic that SQLite and PostgreSQL spell differently. What is left passes
 * every hard filter and is scored.
 */
final class Candidates {

    /** Rows per {@code IN (...)} list: far below any database's limit on bound values. */
    static final int CHUNK = 500;

    private static final String OFFER_COLUMNS = """
            o.id, o.company_id, o.skills, o.causes, o.form, o.group_size, o.available_from, o.available_until,
            o.remote_ok, o.on_site_ok, o.provinces, o.vog_willing
            """;
    private static final String REQUEST_COLUMNS = """
            r.id, r.organisation_id, r.skills, r.cause, r.form, r.min_group, r.max_group, r.starts_on, r.ends_on,
            r.remote, r.province, r.vog_required, p.supervision_capacity, r.date_kind
            """;

    private final Jdbi jdbi;

    Candidates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Scores every open offer that passes the hard filters for the request and was not proposed with it yet, into
     * {@code top}. Only the columns the soft weights read come back ({@link Scorer#points(long, int, int, int,
     * boolean, int, long, long, int, long)}): the hard filters are the WHERE clause, and the few offers kept are read
     * whole afterwards.
     *
     * @param r the request from the day matching looks from ({@link Facts.OfRequest#notBefore})
     */
    void rankOffers(Facts.OfRequest r, Top top) {
        // An organisation that cannot guide the request's minimum on one day receives no group at all.
        if (r.perDay() < r.minGroup()) return;
        // Only these fixed variants of the text are ever built; the values are all bound.
        String sql = """
                SELECT o.id, o.skills, o.causes, o.form, o.provinces, o.group_size, o.available_from,
                       o.available_until FROM goodbusy_offers o
                 WHERE o.status = 'open' AND o.available_until >= :from AND o.available_from <= :until
                   AND o.group_size >= :minGroup
                """ + (r.oneDay() ? " AND o.group_size <= :perDay" : "")
                + (r.vogRequired() ? " AND o.vog_willing = :yes" : "")
                + (r.remote() ? " AND o.remote_ok = :yes" : " AND o.on_site_ok = :yes") + """
                   AND NOT EXISTS (SELECT 1 FROM goodbusy_matches m WHERE m.request_id = :request AND m.offer_id = o.id)
                """;
        jdbi.useHandle(h -> h.createQuery(sql)
                .bind("from", LocalDate.ofEpochDay(r.startsOn()).toString())
                .bind("until", LocalDate.ofEpochDay(r.endsOn()).toString())
                .bind("minGroup", r.minGroup()).bind("perDay", r.perDay()).bind("yes", true).bind("request", r.id())
                .map((rs, ctx) -> {
                    // A group larger than a day takes is checked here: counting the days both share is date
                    // arithmetic, which SQLite and PostgreSQL spell differently.
                    int group = rs.getInt(6);
                    if (group > r.perDay() && !Scorer.splits(r, group, day(rs.getString(7)), day(rs.getString(8)))) {
                        return null;
                    }
                    return new Top.Scored(rs.getString(1), Scorer.points(r.skills(), r.skillCount(), r.cause(),
                            r.form(), r.remote(), r.province(), Facts.mask(Vocabulary.SKILLS, rs.getString(2)),
                            Facts.mask(Vocabulary.CAUSES, rs.getString(3)),
                            Facts.index(Vocabulary.FORMS, rs.getString(4)),
                            Facts.mask(Vocabulary.PROVINCES, rs.getString(5))));
                })
                .forEach(scored -> {
                    if (scored != null) top.add(scored);
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
        String sql = """
                SELECT r.id, r.skills, r.cause, r.form, r.remote, r.province, r.min_group, r.max_group,
                       p.supervision_capacity, r.date_kind, r.starts_on, r.ends_on
                  FROM goodbusy_requests r LEFT JOIN goodbusy_organisations p ON p.organisation_id = r.organisation_id
                 WHERE r.status = 'open' AND r.ends_on >= :from AND r.starts_on <= :until
                   AND r.min_group <= :groupSize
                """ + (o.vogWilling() ? "" : " AND r.vog_required = :no")
                + (o.remoteOk() && o.onSiteOk() ? "" : o.remoteOk() ? " AND r.remote = :yes" : " AND r.remote = :no")
                + """
                   AND NOT EXISTS (SELECT 1 FROM goodbusy_matches m WHERE m.request_id = r.id AND m.offer_id = :offer)
                """;
        int group = o.groupSize();
        jdbi.useHandle(h -> h.createQuery(sql)
                .bind("from", LocalDate.ofEpochDay(o.availableFrom()).toString())
                .bind("until", LocalDate.ofEpochDay(o.availableUntil()).toString())
                .bind("groupSize", group).bind("yes", true).bind("no", false).bind("offer", o.id())
                .map((rs, ctx) -> {
                    // Whether the organisation can receive the group (Scorer.receives), from the columns: the
                    // supervision capacity is 0 without a profile; the offer is already cut off at today.
                    int minGroup = rs.getInt(7);
                    int perDay = Facts.perDay(rs.getInt(8), rs.getInt(9));
                    if (perDay < minGroup) return null;
                    if (group > perDay) {
                        if (DateKind.ONE_DAY.code().equals(rs.getString(10))) return null;
                        long shared = Math.min(o.availableUntil(), day(rs.getString(12)))
                                - Math.max(o.availableFrom(), day(rs.getString(11))) + 1;
                        if (!Scorer.splits(group, minGroup, perDay, shared)) return null;
                    }
                    long skills = Facts.mask(Vocabulary.SKILLS, rs.getString(2));
                    return new Top.Scored(rs.getString(1), Scorer.points(skills, Long.bitCount(skills),
                            Facts.index(Vocabulary.CAUSES, rs.getString(3)),
                            Facts.index(Vocabulary.FORMS, rs.getString(4)), rs.getBoolean(5),
                            Facts.index(Vocabulary.PROVINCES, rs.getString(6)), o.skills(), o.causes(), o.form(),
                            o.provinces()));
                })
                .forEach(scored -> {
                    if (scored != null) top.add(scored);
                }));
    }

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
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
