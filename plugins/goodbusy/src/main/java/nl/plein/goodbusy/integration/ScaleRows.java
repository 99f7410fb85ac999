package nl.plein.goodbusy.integration;

import java.time.Instant;
import java.time.LocalDate;
import nl.plein.api.hooks.ScaleData;
import nl.plein.goodbusy.matching.Facts;

/** Generated rows of the Good Busy tables, column for column as the V1 migration has them. */
final class ScaleRows {

    private ScaleRows() {
    }

    /**
     * A core organisation taking part in Good Busy: a company with a profile, or a social organisation with one.
     *
     * @param employees the people who belong to it ({@code firstPerson} on): who sign up for shifts
     * @param english   its coordinator reads English: its texts are in English
     */
    record Party(ScaleData.Organisation organisation, String coordinatorId, String coordinatorEmail, boolean english,
                 String province, String municipality, int capacity, int firstPerson, int employees) {
        String id() {
            return organisation.id();
        }
    }

    record Company(String organisationId, String sector, String sizeBand, String provinces, String causes,
                   String skills, String forms, int hoursBudget, String description, Instant updatedAt) {
    }

    record Organisation(String organisationId, String mission, String targetGroups, String province,
                        String municipality, int capacity, Instant updatedAt) {
    }

    /** A request, with its party and its facts as matching reads them (dates whole, not cut off at today). */
    record Request(String id, Party party, String title, String description, String form, String cause, String skills,
                   int minGroup, int maxGroup, String dateKind, LocalDate startsOn, LocalDate endsOn,
                   String recurrence, boolean remote, String municipality, String province, boolean vogRequired,
                   String accessibility, String status, Instant createdAt, Instant updatedAt, Facts.OfRequest facts) {
        boolean open() {
            return "open".equals(status);
        }
    }

    record Offer(String id, Party company, String title, String description, String form, String causes,
                 String skills, int groupSize, LocalDate availableFrom, LocalDate availableUntil, boolean remoteOk,
                 boolean onSiteOk, String provinces, boolean vogWilling, String status, Instant createdAt,
                 Instant updatedAt, Facts.OfOffer facts) {
        boolean open() {
            return "open".equals(status);
        }
    }

    record Match(String id, Request request, Offer offer, String proposedBy, String proposerId, String proposal,
                 int score, String status, String answerReason, String answeredBy, Instant answeredAt, int nudges,
                 Instant createdAt, Instant updatedAt) {
    }

    record Message(String id, String matchId, String side, String authorId, String body, Instant createdAt) {
    }

    record Agreement(String matchId, String what, LocalDate startsOn, LocalDate endsOn, String organisationContactId,
                     String companyContactId, boolean vogArranged, String briefing, int revision,
                     String organisationConfirmedBy, Instant organisationConfirmedAt, String companyConfirmedBy,
                     Instant companyConfirmedAt, Instant updatedAt) {
    }

    record Shift(String id, String matchId, String label, Instant startsAt, Instant endsAt, int places, int signedUp,
                 Instant createdAt) {
    }

    record Signup(String shiftId, String personId, Instant createdAt) {
    }

    record Hours(String id, String matchId, String shiftId, String personId, String companyId, String organisationId,
                 LocalDate workedOn, int minutes, String note, String status, String decisionReason, String decidedBy,
                 Instant decidedAt, Instant createdAt) {
    }

    record Evaluation(String matchId, String side, int rating, String wentWell, String toImprove, String thanks,
                      String authorId, Instant createdAt) {
    }
}
