package nl.plein.networks.space;

import java.util.Arrays;
import java.util.Optional;

/**
 * A person's role in a space. Coordinators run the space (members, announcements, documents for coordinators only);
 * the chair approves minutes; members take part; a guest is invited to one meeting and sees only that meeting.
 */
public enum SpaceRole {
    COORDINATOR("coordinator"), CHAIR("chair"), MEMBER("member"), GUEST("guest");

    private final String code;

    SpaceRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SpaceRole> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
