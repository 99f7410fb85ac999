package nl.plein.networks.space;

import java.util.Arrays;
import java.util.Optional;

/** A network (meetings, discussions, documents) or a programme, which also keeps local trajectories. */
public enum SpaceKind {
    NETWORK("network"), PROGRAMME("programme");

    private final String code;

    SpaceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SpaceKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
