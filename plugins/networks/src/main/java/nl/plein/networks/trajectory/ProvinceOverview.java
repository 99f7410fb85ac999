package nl.plein.networks.trajectory;

import java.util.ArrayList;
import java.util.List;

/**
 * A programme's trajectories by province and status: one row for each of the twelve provinces (also those without a
 * trajectory, so the gaps show), the status columns in {@link TrajectoryStatus#CODES} order, and a total row.
 */
public record ProvinceOverview(List<Row> rows, Row total) {

    /** What the database counted for one province and status. */
    public record Count(String province, String status, int count) {
    }

    /**
     * @param counts one figure per status, in {@link TrajectoryStatus#CODES} order
     */
    public record Row(String province, List<Integer> counts) {
        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }

        public int of(TrajectoryStatus status) {
            return counts.get(status.ordinal());
        }
    }

    static ProvinceOverview of(List<Count> counts) {
        List<Row> rows = new ArrayList<>();
        int[] totals = new int[TrajectoryStatus.values().length];
        for (String province : Provinces.ALL) {
            List<Integer> figures = new ArrayList<>();
            for (TrajectoryStatus status : TrajectoryStatus.values()) {
                int n = counts.stream().filter(c -> c.province().equals(province) && c.status().equals(status.code()))
                        .mapToInt(Count::count).sum();
                figures.add(n);
                totals[status.ordinal()] += n;
            }
            rows.add(new Row(province, List.copyOf(figures)));
        }
        List<Integer> total = new ArrayList<>();
        for (int n : totals) total.add(n);
        return new ProvinceOverview(List.copyOf(rows), new Row("", List.copyOf(total)));
    }

    public boolean isEmpty() {
        return total.total() == 0;
    }
}
