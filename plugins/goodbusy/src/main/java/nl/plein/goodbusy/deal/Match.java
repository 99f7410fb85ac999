package nl.plein.goodbusy.deal;

import java.time.Instant;

/**
 * One request and one offer brought together, from the proposal to done.
 *
 * @param proposedBy the side that proposed; the other side answers
 * @param score      the match score when it was proposed
 * @param nudges     reminders sent so far to the side that has to act
 */
public record Match(String id, String requestId, String offerId, String organisationId, String companyId,
                    Side proposedBy, String proposerId, String proposal, int score, MatchStatus status,
                    String answerReason, String answeredBy, Instant answeredAt, int nudges, Instant createdAt,
                    Instant updatedAt) {

    /** The organisation id acting for the side. */
    public String party(Side side) {
        return side == Side.ORGANISATION ? organisationId : companyId;
    }
}
