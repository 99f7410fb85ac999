package nl.plein.goodbusy.impact;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;

/**
 * Where a match stands, as a broker needs to see it: the request it is about (and so its province), and what each
 * side still has to do.
 *
 * @param hasAgreement             an agreement has been written (it may still lack a confirmation)
 * @param organisationConfirmedAt  null until the organisation confirmed the agreement's current text
 * @param pendingEntries           hours registered and not yet approved or declined
 * @param pendingSince             when the oldest of those was registered, or null
 */
public record MatchState(String id, String requestId, String requestTitle, String province, String organisationId,
                         String companyId, MatchStatus status, Side proposedBy, Instant createdAt,
                         Instant answeredAt, Instant updatedAt, boolean hasAgreement,
                         Instant organisationConfirmedAt, Instant companyConfirmedAt, int pendingEntries,
                         Instant pendingSince, int nudges) {

    /**
     * The sides that have to act now: the side that did not propose answers a proposal; while the match is accepted,
     * the side(s) that have not confirmed an agreement (both, before one is written); once agreed or done, the
     * organisation while hours wait for its approval. Nobody, once a match ended.
     */
    public Set<Side> waitingFor() {
        return switch (status) {
            case PROPOSED -> EnumSet.of(proposedBy.other());
            case ACCEPTED -> {
                Set<Side> sides = EnumSet.noneOf(Side.class);
                if (!hasAgreement || organisationConfirmedAt == null) sides.add(Side.ORGANISATION);
                if (!hasAgreement || companyConfirmedAt == null) sides.add(Side.COMPANY);
                yield sides;
            }
            case AGREED, DONE -> pendingEntries > 0 ? EnumSet.of(Side.ORGANISATION) : EnumSet.noneOf(Side.class);
            default -> EnumSet.noneOf(Side.class);
        };
    }

    /** The organisation acting for a side. */
    public String party(Side side) {
        return side == Side.ORGANISATION ? organisationId : companyId;
    }

    /** What the waiting is about, as the last part of a message key: proposal, agreement or hours. */
    public String waitingOn() {
        return switch (status) {
            case PROPOSED -> "proposal";
            case ACCEPTED -> "agreement";
            default -> "hours";
        };
    }

    /** Since when the match has been waiting for what it waits on. */
    public Instant waitingSince() {
        return switch (status) {
            case PROPOSED -> createdAt;
            case ACCEPTED -> answeredAt != null ? answeredAt : updatedAt;
            default -> pendingSince != null ? pendingSince : updatedAt;
        };
    }
}
