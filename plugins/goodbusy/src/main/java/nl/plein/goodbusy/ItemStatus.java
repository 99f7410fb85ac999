package nl.plein.goodbusy;

import java.util.Arrays;
import java.util.Optional;

/** Whether a request or an offer takes new proposals. Paused can be opened again; closed is final. */
public enum ItemStatus {
    OPEN("open"), PAUSED("paused"), CLOSED("closed");

    private final String code;

    ItemStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ItemStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
