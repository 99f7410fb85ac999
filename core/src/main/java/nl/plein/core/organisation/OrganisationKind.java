package nl.plein.core.organisation;

import java.util.Arrays;
import java.util.Optional;

/** What kind of organisation it is; plugins use it (Good Busy matches employers with volunteer organisations). */
public enum OrganisationKind {
    VOLUNTEER_ORGANISATION("volunteer-organisation"),
    EMPLOYER("employer"),
    UMBRELLA("umbrella"),
    VOLUNTEER_CENTRE("volunteer-centre"),
    MUNICIPALITY("municipality"),
    OTHER("other");

    private final String code;

    OrganisationKind(String code) {
        this.code = code;
    }

    /** The stored and submitted value, also the suffix of its message key {@code organisation.kind.<code>}. */
    public String code() {
        return code;
    }

    public static Optional<OrganisationKind> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
