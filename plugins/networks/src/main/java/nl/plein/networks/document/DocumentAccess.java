package nl.plein.networks.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may open a document, besides the space's coordinators (who open everything in their space).
 */
public enum DocumentAccess {
    /** Everyone who reads the space: its members, and anyone at all in an open space. */
    MEMBERS("members"),
    /** The space's coordinators only, e.g. a draft budget or a member's request for support. */
    COORDINATORS("coordinators"),
    /** Work in progress: only the person who uploaded it, and the coordinators. */
    DRAFT("draft");

    private final String code;

    DocumentAccess(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The message key of its label. */
    public String labelKey() {
        return "networks.document.access." + code;
    }

    /** Only what members may open shows in the activity list of plain members. */
    boolean coordinatorsOnly() {
        return this != MEMBERS;
    }

    public static Optional<DocumentAccess> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
