package nl.plein.webinars.integration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Plays one session's registrations in time order, by the rules {@code Registrations} applies: a seat while there is
 * one, else the waiting list; a cancelled seat goes at once to the first on the waiting list. So the generated rows
 * hold what the pages rely on: never more seats taken than the capacity, a waiting list only behind a full session,
 * arrival numbers in time order, and a revision for every change of status.
 */
final class RegistrationHistory {

    /** One person's registration as it ends up; {@code person} indexes the generation's people. */
    record Row(int person, long arrival, long createdAt, long updatedAt, String status, int revision) {
    }

    private RegistrationHistory() {
    }

    /**
     * @param people     the distinct people who register, in no particular order
     * @param open       when registration opened (epoch millis)
     * @param close      when it closed: the session's start, or now for a session still to come
     * @param cancelRate the share of people who cancel again before {@code close}
     */
    static List<Row> play(Random random, int[] people, int capacity, long open, long close, double cancelRate) {
        int n = people.length;
        long span = Math.max(1, close - open);
        long[] arrivedAt = new long[n];
        // Early birds: most people register soon after the programme is announced.
        for (int i = 0; i < n; i++) arrivedAt[i] = open + (long) (span * Math.pow(random.nextDouble(), 1.6));
        Arrays.sort(arrivedAt);
        long[] cancelAt = new long[n];
        List<Integer> cancelling = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cancelAt[i] = Long.MAX_VALUE;
            if (random.nextDouble() < cancelRate) {
                cancelAt[i] = arrivedAt[i] + 1 + (long) ((close - 1 - arrivedAt[i]) * random.nextDouble());
                cancelling.add(i);
            }
        }
        cancelling.sort(Comparator.<Integer>comparingLong(i -> cancelAt[i]).thenComparing(i -> i));

        String[] status = new String[n];
        int[] revision = new int[n];
        long[] updatedAt = new long[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int seated = 0;
        int next = 0;
        for (int c = 0; c <= cancelling.size(); c++) {
            long until = c < cancelling.size() ? cancelAt[cancelling.get(c)] : Long.MAX_VALUE;
            for (; next < n && arrivedAt[next] <= until; next++) {
                updatedAt[next] = arrivedAt[next];
                if (seated < capacity) {
                    status[next] = "registered";
                    seated++;
                } else {
                    status[next] = "waiting";
                    queue.add(next);
                }
            }
            if (c == cancelling.size()) break;
            int leaving = cancelling.get(c);
            boolean hadSeat = "registered".equals(status[leaving]);
            status[leaving] = "cancelled";
            revision[leaving]++;
            updatedAt[leaving] = until;
            if (!hadSeat) continue;
            seated--;
            while (!queue.isEmpty()) {
                int first = queue.poll();
                if (!"waiting".equals(status[first])) continue;
                status[first] = "registered";
                revision[first]++;
                updatedAt[first] = until;
                seated++;
                break;
            }
        }
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new Row(people[i], i + 1, arrivedAt[i], updatedAt[i], status[i], revision[i]));
        }
        return rows;
    }
}
