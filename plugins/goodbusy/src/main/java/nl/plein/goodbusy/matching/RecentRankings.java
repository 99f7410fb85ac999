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

    private final Map<List<Object>, List<Top.Scored>> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, List<Top.Scored>> eldest) {
            return size() > KEPT;
        }
    };

    /** Fills {@code top} with the ranking for {@code from}, computing it with {@code score} unless it is kept. */
    void rank(List<Object> from, Top top, Consumer<Top> score) {
        List<Object> key = List.of(from, top.limit());
        List<Top.Scored> best;
        synchronized (kept) {
            best = kept.get(key);
        }
        if (best == null) {
            Top fresh = new Top(top.limit());
            score.accept(fresh);
            best = List.copyOf(fresh.best());
            synchronized (kept) {
                kept.put(key, best);
            }
        }
        best.forEach(top::add);
    }
}
