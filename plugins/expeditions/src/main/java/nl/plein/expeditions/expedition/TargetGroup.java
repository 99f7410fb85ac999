package nl.plein.expeditions.expedition;

import java.util.Arrays;
import java.util.Optional;

/** The new faces an expedition or organisation sets out to reach. Labels: {@code expeditions.target.<code>}. */
public enum TargetGroup {
    YOUNG_PEOPLE("young-people"),
    OLDER_PEOPLE("older-people"),
    DISABILITY("disability"),
    NEWCOMERS("newcomers"),
    EMPLOYEES("employees"),
    OTHER("other");

    private final String code;

    TargetGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TargetGroup> of(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
