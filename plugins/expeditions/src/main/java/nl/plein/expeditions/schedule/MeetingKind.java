package nl.plein.expeditions.schedule;

import java.util.Arrays;
import java.util.Optional;

/** The method's meetings. Labels: {@code expeditions.meeting.<code>}. */
public enum MeetingKind {
    KICK_OFF("kick-off"), ONLINE("online"), FOLLOW_UP("follow-up"), CLOSING("closing"), OTHER("other");

    private final String code;

    MeetingKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MeetingKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
