package nl.plein.goodbusy.deal;

import java.util.Arrays;
import java.util.Optional;

/** The two sides of a match: the social organisation that asked and the company that offered. */
public enum Side {
    ORGANISATION("organisation"), COMPANY("company");

    private final String code;

    Side(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Side other() {
        return this == ORGANISATION ? COMPANY : ORGANISATION;
    }

    public static Optional<Side> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
