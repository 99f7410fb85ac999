package nl.plein.networks.space;

import java.util.Arrays;
import java.util.Optional;

/** Who may know of a space and read it. */
public enum Visibility {
    /** Listed, and anyone (also without an account) reads it; only members take part. */
    OPEN("open"),
    /** Listed with its name and description; everything inside is for members. */
    MEMBERS("members"),
    /** Not listed and not found: to anyone outside it, it does not exist (404, never 403). */
    SECRET("secret");

    private final String code;

    Visibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Visibility> of(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
