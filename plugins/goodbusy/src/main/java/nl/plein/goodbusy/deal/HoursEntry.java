package nl.plein.goodbusy.deal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Hours one employee worked on one day for a match, as they registered them; the social organisation approves or
 * declines them.
 *
 * @param personId null once the person was erased (approved hours stay, anonymous, for the company's figures)
 * @param status   {@code pending}, {@code approved} or {@code declined}
 */
record HoursEntry(String id, String matchId, String shiftId, String personId, String companyId, String organisationId,
                  LocalDate workedOn, int minutes, String note, String status, String decisionReason,
                  String decidedBy, Instant decidedAt, Instant createdAt) {

    static final String PENDING = "pending";
    static final String APPROVED = "approved";
    static final String DECLINED = "declined";

    public boolean pending() {
        return PENDING.equals(status);
    }
}
