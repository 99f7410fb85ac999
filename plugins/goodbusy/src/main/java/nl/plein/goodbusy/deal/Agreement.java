package nl.plein.goodbusy.deal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The written agreement (afspraak) of a match. Each change raises the revision and clears both confirmations, so
 * the two sides always confirm the same text.
 */
record Agreement(String matchId, String what, LocalDate startsOn, LocalDate endsOn, String organisationContactId,
                 String companyContactId, boolean vogArranged, String briefing, int revision,
                 String organisationConfirmedBy, Instant organisationConfirmedAt, String companyConfirmedBy,
                 Instant companyConfirmedAt, Instant updatedAt) {

    boolean confirmedBy(Side side) {
        return (side == Side.ORGANISATION ? organisationConfirmedBy : companyConfirmedBy) != null;
    }

    Instant confirmedAt(Side side) {
        return side == Side.ORGANISATION ? organisationConfirmedAt : companyConfirmedAt;
    }

    String confirmer(Side side) {
        return side == Side.ORGANISATION ? organisationConfirmedBy : companyConfirmedBy;
    }

    String contact(Side side) {
        return side == Side.ORGANISATION ? organisationContactId : companyContactId;
    }

    AgreementDraft draft() {
        return new AgreementDraft(what, startsOn, endsOn, organisationContactId, companyContactId, vogArranged,
                briefing);
    }
}
