package nl.plein.networks.discussion;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a person hears of new posts in the threads they follow in one space. Immediately is the default: following a
 * thread (which starting or replying does by itself) means wanting to know.
 */
public enum NotificationMode {
    /** A mail for each new post in a followed thread. */
    IMMEDIATELY("immediately"),
    /** One mail a day: new posts in followed threads and new threads in the space. */
    DIGEST("digest"),
    /** No mail. */
    NEVER("never");

    private final String code;

    NotificationMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<NotificationMode> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
