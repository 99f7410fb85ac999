package nl.plein.expeditions.expedition;

import java.util.Arrays;
import java.util.Optional;

/** Where the meetings happen. Labels: {@code expeditions.format.<code>}. */
public enum Format {
    ON_LOCATION("on-location"), ONLINE("online"), MIXED("mixed");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Format> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
