package nl.plein.webinars.programme;

import java.util.Arrays;
import java.util.Optional;

/** Whether a speaker talks from professional expertise or from lived experience (ervaringsdeskundige). */
public enum SpeakerKind {
    EXPERT("expert"), LIVED_EXPERIENCE("lived-experience");

    private final String code;

    SpeakerKind(String code) {
        this.code = code;
    }

    /** As stored; message key {@code webinars.programme.kind.<code>}. */
    public String code() {
        return code;
    }

    public static Optional<SpeakerKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
