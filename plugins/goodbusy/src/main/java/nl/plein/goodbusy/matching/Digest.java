package nl.plein.goodbusy.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import nl.plein.api.Jobs;
import nl.plein.goodbusy.GoodBusy;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily digest of new good matches: a durable job ({@value #KIND}, keyed by the date) at the operator's digest
 * hour in Amsterdam. Each run plans the next one first (and every start plans the coming one), so a failing run does
 * not stop the days after it.
 *
 * <p>A run finds every good pair ({@link GoodPairs}), leaves out the pairs that already have a match or were
 * announced by an earlier digest, records the new ones in {@code goodbusy_announced} and mails the coordinators
 * (administrators in core, never every member) of each organisation and company concerned: one mail per person per
 * date, with for each of their organisations the five best new matches and how many more there are.
 *
 * <p>Safe to repeat: the pairs are recorded with the digest's day as {@code announced_at}, so a run of the same date
 * again (a retry, or a run cut off by a restart) still counts them as its own and mails them, while the mail's dedupe
 * key (person and date) makes sure nobody gets the same digest twice. A later digest finds them announced.
 */
final class Digest {

    static final String KIND = "goodbusy.digest";
    private static final int RECORD_CHUNK = 10_000;
    private static final Logger log = LoggerFactory.getLogger(Digest.class);

    /** What a run did, for the log: counts, and milliseconds per step. */
    record Outcome(int requests, int offers, long passed, int good, int fresh, int recorded, int mails,
                   long computeMillis, long recordMillis, long mailMillis) {
    }

    private final Jdbi jdbi;
    private final Jobs jobs;
    private final Clock clock;
    private final Candidates candidates;
    private final DigestMails mails;
    private final int digestHour;
    private final int goodMatch;

    Digest(GoodBusy goodBusy, Candidates candidates) {
        var context = goodBusy.context();
        this.jdbi = context.jdbi();
        this.jobs = context.jobs();
        this.clock = context.clock();
        this.candidates = candidates;
        this.mails = new DigestMails(goodBusy, candidates);
        this.digestHour = goodBusy.settings().digestHour();
        this.goodMatch = goodBusy.settings().goodMatch();
    }

    /** Plans the first digest after the moment (the same date and key again only confirms a pending one). */
    void planNext(Instant after) {
        LocalDate day = LocalDate.ofInstant(after, Suggestions.AMSTERDAM);
        if (!at(day).isAfter(after)) day = day.plusDays(1);
        jobs.schedule(KIND, day.toString(), at(day), day.toString());
    }

    /** The job handler. */
    void run(Jobs.Job job) {
        LocalDate date = date(job);
        Instant now = clock.instant();
        planNext(now.isAfter(at(date)) ? now : at(date));
        Outcome outcome = send(date);
        log.info("digest sent date={} requests={} offers={} passed={} good={} new={} recorded={} mails={} "
                        + "compute_ms={} record_ms={} mail_ms={}", date, outcome.requests(), outcome.offers(),
                outcome.passed(), outcome.good(), outcome.fresh(), outcome.recorded(), outcome.mails(),
                outcome.computeMillis(), outcome.recordMillis(), outcome.mailMillis());
    }

    /** One digest, as of the date it is for. */
    Outcome send(LocalDate date) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Suggestions.AMSTERDAM);
        long stamp = date.atStartOfDay(Suggestions.AMSTERDAM).toInstant().toEpochMilli();
        long start = System.nanoTime();
        GoodPairs pairs = GoodPairs.find(candidates, today, goodMatch);
        Fresh fresh = fresh(pairs, today, stamp);
        long computed = System.nanoTime();
        record(pairs, fresh.toRecord(), stamp);
        long recorded = System.nanoTime();
        int mailed = mails.send(pairs, fresh.pairs(), date);
        long done = System.nanoTime();
        return new Outcome(pairs.requests.length, pairs.offers.size(), pairs.passed, pairs.good.length,
                fresh.pairs().length, fresh.toRecord().length, mailed, (computed - start) / 1_000_000,
                (recorded - computed) / 1_000_000, (done - recorded) / 1_000_000);
    }

    /**
     * @param pairs    the good pairs to announce in this digest
     * @param toRecord those of them not yet in {@code goodbusy_announced} (the rest this digest recorded before)
     */
    private record Fresh(long[] pairs, long[] toRecord) {
    }

    /** Leaves out the pairs that have a match, and those an earlier digest announced. */
    private Fresh fresh(GoodPairs pairs, LocalDate today, long stamp) {
        Map<String, Integer> requestPlace = new HashMap<>(pairs.requests.length * 2);
        for (int i = 0; i < pairs.requests.length; i++) requestPlace.put(pairs.requests[i].id(), i);
        Map<String, Integer> offerPlace = new HashMap<>(pairs.offers.size() * 2);
        for (int i = 0; i < pairs.offers.size(); i++) offerPlace.put(pairs.offers.offer(i).id(), i);

        LongList done = new LongList();
        LongList ours = new LongList();
        jdbi.useHandle(h -> {
            h.createQuery("""
                            SELECT m.request_id, m.offer_id FROM goodbusy_matches m
                              JOIN goodbusy_requests r ON r.id = m.request_id
                             WHERE r.status = 'open' AND r.ends_on >= :today""")
                    .bind("today", today.toString())
                    .map((rs, ctx) -> key(requestPlace.get(rs.getString(1)), offerPlace.get(rs.getString(2))))
                    .forEach(key -> {
                        if (key >= 0) done.add(key);
                    });
            h.createQuery("""
                            SELECT a.request_id, a.offer_id, a.announced_at FROM goodbusy_announced a
                              JOIN goodbusy_requests r ON r.id = a.request_id
                             WHERE r.status = 'open' AND r.ends_on >= :today""")
                    .bind("today", today.toString())
                    .map((rs, ctx) -> new Announced(key(requestPlace.get(rs.getString(1)),
                            offerPlace.get(rs.getString(2))), rs.getLong(3) == stamp))
                    .forEach(announced -> {
                        if (announced.key() < 0) return;
                        if (announced.byThisDigest()) ours.add(announced.key());
                        else done.add(announced.key());
                    });
        });
        long[] excluded = done.sorted();
        long[] recordedBefore = ours.sorted();
        LongList fresh = new LongList();
        LongList toRecord = new LongList();
        for (long pair : pairs.good) {
            long key = GoodPairs.key(pair);
            if (Arrays.binarySearch(excluded, key) >= 0) continue;
            fresh.add(pair);
            if (Arrays.binarySearch(recordedBefore, key) < 0) toRecord.add(pair);
        }
        return new Fresh(fresh.toArray(), toRecord.toArray());
    }

    /** A pair in {@code goodbusy_announced}; {@code key} is negative for an item no longer open. */
    private record Announced(long key, boolean byThisDigest) {
    }

    private static long key(Integer request, Integer offer) {
        return request == null || offer == null ? -1 : GoodPairs.key(request, offer);
    }

    /**
     * In short transactions, so the site keeps writing while a large digest is recorded; in the order of the table's
     * key (request id, then offer id), so each row goes to the end of its index instead of a random page of it.
     */
    private void record(GoodPairs pairs, long[] toRecord, long stamp) {
        int[] requestRank = ranks(pairs.requests.length, i -> pairs.requests[i].id());
        int[] offerRank = ranks(pairs.offers.size(), i -> pairs.offers.offer(i).id());
        int[] requestAt = inverse(requestRank);
        int[] offerAt = inverse(offerRank);
        long[] ordered = new long[toRecord.length];
        for (int i = 0; i < toRecord.length; i++) {
            long pair = toRecord[i];
            ordered[i] = GoodPairs.pack(requestRank[GoodPairs.request(pair)], offerRank[GoodPairs.offer(pair)], 0);
        }
        Arrays.sort(ordered);
        for (int from = 0; from < ordered.length; from += RECORD_CHUNK) {
            int to = Math.min(ordered.length, from + RECORD_CHUNK);
            int start = from;
            jdbi.useTransaction(h -> {
                // Many rows per statement: SQLite's driver pays per statement run, not per value.
                PreparedBatch full = h.prepareBatch(insert(ROWS_PER_INSERT));
                int i = start;
                for (; i + ROWS_PER_INSERT <= to; i += ROWS_PER_INSERT) {
                    for (int row = 0; row < ROWS_PER_INSERT; row++) {
                        bind(full, row, pairs, ordered[i + row], requestAt, offerAt, stamp);
                    }
                    full.add();
                }
                if (full.size() > 0) full.execute();
                if (i < to) {
                    PreparedBatch rest = h.prepareBatch(insert(to - i));
                    for (int row = 0; i + row < to; row++) {
                        bind(rest, row, pairs, ordered[i + row], requestAt, offerAt, stamp);
                    }
                    rest.add();
                    rest.execute();
                }
            });
        }
    }

    private static final int ROWS_PER_INSERT = 100;

    private static String insert(int rows) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO goodbusy_announced (request_id, offer_id, announced_at) VALUES ");
        for (int row = 0; row < rows; row++) sql.append(row == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
        return sql.append(" ON CONFLICT (request_id, offer_id) DO NOTHING").toString();
    }

    private static void bind(PreparedBatch batch, int row, GoodPairs pairs, long pair, int[] requestAt, int[] offerAt,
                             long stamp) {
        batch.bind(3 * row, pairs.requests[requestAt[GoodPairs.request(pair)]].id())
                .bind(3 * row + 1, pairs.offers.offer(offerAt[GoodPairs.offer(pair)]).id()).bind(3 * row + 2, stamp);
    }

    /** Each place's rank when the places are sorted by their id. */
    private static int[] ranks(int n, java.util.function.IntFunction<String> id) {
        Integer[] places = new Integer[n];
        for (int i = 0; i < n; i++) places[i] = i;
        Arrays.sort(places, Comparator.comparing(id::apply));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) rank[places[r]] = r;
        return rank;
    }

    private static int[] inverse(int[] rank) {
        int[] place = new int[rank.length];
        for (int i = 0; i < rank.length; i++) place[rank[i]] = i;
        return place;
    }

    private Instant at(LocalDate day) {
        return day.atTime(digestHour, 0).atZone(Suggestions.AMSTERDAM).toInstant();
    }

    private static LocalDate date(Jobs.Job job) {
        for (String text : new String[] {job.payload(), job.key()}) {
            try {
                if (text != null) return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // try the next
            }
        }
        throw new IllegalArgumentException("digest job without a date: " + job.key());
    }

    /** A growing array of longs: millions of pairs without a box each. */
    private static final class LongList {
        private long[] values = new long[256];
        private int size;

        void add(long value) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }

        long[] sorted() {
            long[] copy = toArray();
            Arrays.sort(copy);
            return copy;
        }
    }
}
