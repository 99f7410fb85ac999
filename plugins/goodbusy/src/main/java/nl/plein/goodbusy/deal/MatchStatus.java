package nl.plein.goodbusy.deal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a match stands. {@code proposed} waits for the other side; {@code accepted} is the exploratory conversation
 * towards an agreement; {@code agreed} once both confirmed the agreement; {@code done} after the work. A proposal that
 * is never answered ends as {@code expired} — and the proposer is told, never left waiting.
 */
public enum MatchStatus {
    PROPOSED("proposed"), ACCEPTED("accepted"), DECLINED("declined"), EXPIRED("expired"), WITHDRAWN("withdrawn"),
    AGREED("agreed"), DONE("done");

    private final String code;

    MatchStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Declined, expired and withdrawn matches are over: nothing more happens in them. */
    public boolean ended() {
        return this == DECLINED || this == EXPIRED || this == WITHDRAWN;
    }

    public static Optional<MatchStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
