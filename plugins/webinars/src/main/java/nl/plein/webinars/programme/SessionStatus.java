package nl.plein.webinars.programme;

import java.util.Arrays;
import java.util.Optional;

/** Where a session is in its life: announced, running now, watchable afterwards, or called off. */
public enum SessionStatus {
    PLANNED("planned"), LIVE("live"), RECORDED("recorded"), CANCELLED("cancelled");

    private final String code;

    SessionStatus(String code) {
        this.code = code;
    }

    /** As stored and as used in forms and message keys ({@code webinars.status.<code>}). */
    public String code() {
        return code;
    }

    public static Optional<SessionStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
