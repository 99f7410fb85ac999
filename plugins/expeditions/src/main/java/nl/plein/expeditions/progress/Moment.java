package nl.plein.expeditions.progress;

import java.util.Arrays;
import java.util.Optional;

/** When new faces are counted: at the closing day, and three and six months later. Labels: {@code expeditions.work.moment.<code>}. */
public enum Moment {
    FINAL("final"), PLUS3("plus3"), PLUS6("plus6");

    private final String code;

    Moment(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Moment> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
