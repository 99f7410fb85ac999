package nl.plein.goodbusy.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best few of many scored ids: most points first, then the smaller id, so equal scores always come in one order.
 * A heap whose head is the weakest kept: most candidates cost one comparison with it instead of a place in a sort of
 * thousands.
 */
final class Top {

    /** An id with its points. */
    record Scored(String id, int points) {
    }

    private static final Comparator<Scored> WEAKEST_FIRST = Comparator.comparingInt(Scored::points)
            .thenComparing(Scored::id, Comparator.reverseOrder());

    private final int limit;
    private final PriorityQueue<Scored> heap;
    private int seen;

    Top(int limit) {
        this.limit = limit;
        this.heap = new PriorityQueue<>(Math.min(limit, 1024) + 1, WEAKEST_FIRST);
    }

    void add(Scored scored) {
        seen++;
        if (heap.size() == limit && WEAKEST_FIRST.compare(scored, heap.peek()) <= 0) return;
        heap.add(scored);
        if (heap.size() > limit) heap.poll();
    }

    /** The same for an id and its points: most candidates are weaker than the weakest kept, and cost nothing. */
    void add(String id, int points) {
        if (heap.size() == limit) {
            Scored weakest = heap.peek();
            if (points < weakest.points() || (points == weakest.points() && id.compareTo(weakest.id()) >= 0)) {
                seen++;
                return;
            }
        }
        add(new Scored(id, points));
    }

    int limit() {
        return limit;
    }

    /** Takes over a ranking made before from the same candidates: its best, and how many were offered then. */
    void restore(List<Scored> best, int seenThen) {
        best.forEach(this::add);
        seen += seenThen - best.size();
    }

    /** How many were offered. */
    int seen() {
        return seen;
    }

    /** The kept ones, best first. */
    List<Scored> best() {
        List<Scored> kept = new ArrayList<>(heap);
        kept.sort(WEAKEST_FIRST.reversed());
        return kept;
    }
}
