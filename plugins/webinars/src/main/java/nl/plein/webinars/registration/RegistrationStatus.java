package nl.plein.webinars.registration;

import java.util.Arrays;
import java.util.Optional;

/** A person's place for a session: a seat, a place in the queue, or given up. */
public enum RegistrationStatus {
    REGISTERED("registered"), WAITING("waiting"), CANCELLED("cancelled");

    private final String code;

    RegistrationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RegistrationStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
