package nl.plein.goodbusy.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The last few hundred rankings, by everything they were computed from: the item's facts (from the day matching
 * looks from), the held copy of the other side's open items — a new copy, so a new key, whenever its counter moves —
 * and the pairs already matched with the item. A suggestions page is opened again and again while nothing it ranks
 * from changes; scoring thousands of candidates for each view was a quarter of the page's time.
 */
final class RecentRankings {

    private static final int KEPT = 500;

    private final Map<List<Object>, Kept> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /** Fills {@code top} with the ranking for {@code from}, computing it with {@code score} unless it is kept. */
    void rank(List<Object> from, Top top, Consumer<Top> score) {
        List<Object> key = List.of(from, top.limit());
        Kept ranking;
        synchronized (kept) {
            ranking = kept.get(key);
        }
        if (ranking == null) {
            Top fresh = new Top(top.limit());
            score.accept(fresh);
            ranking = new Kept(List.copyOf(fresh.best()), fresh.seen());
            synchronized (kept) {
                kept.put(key, ranking);
            }
        }
        top.restore(ranking.best(), ranking.seen());
    }

    private record Kept(List<Top.Scored> best, int seen) {
    }
}
