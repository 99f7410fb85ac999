package nl.plein.goodbusy.deal;

import java.time.LocalDate;

/** An agreement as its form produces it, checked. */
record AgreementDraft(String what, LocalDate startsOn, LocalDate endsOn, String organisationContactId,
                      String companyContactId, boolean vogArranged, String briefing) {
}
