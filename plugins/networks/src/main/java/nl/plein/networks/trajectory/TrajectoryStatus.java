package nl.plein.networks.trajectory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a local trajectory stands: just begun, under way, completed, or ended before its time. */
public enum TrajectoryStatus {
    STARTING("starting"), RUNNING("running"), FINISHED("finished"), STOPPED("stopped");

    /** The codes in the order forms, filters, tables and the chart show them. */
    public static final List<String> CODES = Arrays.stream(values()).map(TrajectoryStatus::code).toList();

    private final String code;

    TrajectoryStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TrajectoryStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
