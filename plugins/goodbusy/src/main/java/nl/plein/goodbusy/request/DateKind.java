package nl.plein.goodbusy.request;

import java.util.Arrays;
import java.util.Optional;

/** When the help is needed: on one day, any time in a period, or recurring within a period. */
public enum DateKind {
    ONE_DAY("one-day"), PERIOD("period"), RECURRING("recurring");

    private final String code;

    DateKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DateKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
