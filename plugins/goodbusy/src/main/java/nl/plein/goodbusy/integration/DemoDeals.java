package nl.plein.goodbusy.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.plein.api.Ids;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes demo matches and what follows them (conversation, agreement, shifts with sign-ups, hours, evaluations)
 * straight into the tables, as the deal part leaves them: the demo shows every state without clicking through it.
 * Only for demo data; the columns and codes are those the V1 migration documents.
 */
final class DemoDeals {

    private final Jdbi jdbi;
    private final Ids ids;

    DemoDeals(Jdbi jdbi, Ids ids) {
        this.jdbi = jdbi;
        this.ids = ids;
    }

    /** A proposal, and optionally its answer and where it stands now. */
    final class MatchBuilder {
        private final String requestId;
        private final String offerId;
        private final String organisationId;
        private final String companyId;
        private Side proposedBy;
        private String proposerId;
        private String proposal = "";
        private Instant proposedAt;
        private int score;
        private MatchStatus status = MatchStatus.PROPOSED;
        private String answerReason = "";
        private String answeredBy;
        private Instant answeredAt;
        private Instant updatedAt;

        private MatchBuilder(String requestId, String offerId, String organisationId, String companyId) {
            this.requestId = requestId;
            this.offerId = offerId;
            this.organisationId = organisationId;
            this.companyId = companyId;
        }

        MatchBuilder proposed(Side side, String personId, String text, Instant at, int points) {
            proposedBy = side;
            proposerId = personId;
            proposal = text;
            proposedAt = at;
            updatedAt = at;
            score = points;
            return this;
        }

        /** Accepted or declined by the other side (with its reason). */
        MatchBuilder answered(MatchStatus answer, String personId, String reason, Instant at) {
            status = answer;
            answeredBy = personId;
            answerReason = reason;
            answeredAt = at;
            updatedAt = at;
            return this;
        }

        /** Moved on without an answer (expired, withdrawn) or after it (agreed, done). */
        MatchBuilder now(MatchStatus current, Instant at) {
            status = current;
            updatedAt = at;
            return this;
        }

        String create() {
            String id = ids.next();
            jdbi.useHandle(h -> h.createUpdate("""
                            INSERT INTO goodbusy_matches (id, request_id, offer_id, organisation_id, company_id,
                                proposed_by, proposer_id, proposal, score, status, answer_reason, answered_by,
                                answered_at, nudges, created_at, updated_at)
                            VALUES (:id, :request, :offer, :organisation, :company, :proposedBy, :proposer, :proposal,
                                :score, :status, :reason, :answeredBy, :answeredAt, 0, :createdAt, :updatedAt)""")
                    .bind("id", id).bind("request", requestId).bind("offer", offerId)
                    .bind("organisation", organisationId).bind("company", companyId)
                    .bind("proposedBy", proposedBy.code()).bind("proposer", proposerId).bind("proposal", proposal)
                    .bind("score", score).bind("status", status.code()).bind("reason", answerReason)
                    .bind("answeredBy", answeredBy).bind("answeredAt", answeredAt).bind("createdAt", proposedAt)
                    .bind("updatedAt", updatedAt).execute());
            return id;
        }
    }

    MatchBuilder match(String requestId, String offerId, String organisationId, String companyId) {
        return new MatchBuilder(requestId, offerId, organisationId, companyId);
    }

    void message(String matchId, Side side, String authorId, String body, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_messages (id, match_id, side, author_id, body, created_at)
                        VALUES (:id, :match, :side, :author, :body, :at)""")
                .bind("id", ids.next()).bind("match", matchId).bind("side", side.code()).bind("author", authorId)
                .bind("body", body).bind("at", at).execute());
    }

    /**
     * An agreement; a side that has not confirmed yet has a null person and moment.
     */
    void agreement(String matchId, String what, LocalDate startsOn, LocalDate endsOn, String organisationContact,
                   String companyContact, String briefing, String organisationConfirmedBy,
                   Instant organisationConfirmedAt, String companyConfirmedBy, Instant companyConfirmedAt,
                   Instant updatedAt) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_agreements (match_id, what, starts_on, ends_on, organisation_contact_id,
                            company_contact_id, vog_arranged, briefing, revision, organisation_confirmed_by,
                            organisation_confirmed_at, company_confirmed_by, company_confirmed_at, updated_at)
                        VALUES (:match, :what, :startsOn, :endsOn, :organisationContact, :companyContact, :vog,
                            :briefing, 1, :organisationBy, :organisationAt, :companyBy, :companyAt, :updatedAt)""")
                .bind("match", matchId).bind("what", what).bind("startsOn", startsOn.toString())
                .bind("endsOn", endsOn.toString()).bind("organisationContact", organisationContact)
                .bind("companyContact", companyContact).bind("vog", false).bind("briefing", briefing)
                .bind("organisationBy", organisationConfirmedBy).bind("organisationAt", organisationConfirmedAt)
                .bind("companyBy", companyConfirmedBy).bind("companyAt", companyConfirmedAt)
                .bind("updatedAt", updatedAt).execute());
    }

    /** A shift with these people signed up (their count kept in {@code signed_up}, as the deal part does). */
    String shift(String matchId, String label, Instant startsAt, Instant endsAt, int places, List<String> people,
                 Instant signedUpAt) {
        String id = ids.next();
        jdbi.useHandle(h -> {
            h.createUpdate("""
                            INSERT INTO goodbusy_shifts (id, match_id, label, starts_at, ends_at, places, signed_up,
                                created_at)
                            VALUES (:id, :match, :label, :startsAt, :endsAt, :places, :signedUp, :createdAt)""")
                    .bind("id", id).bind("match", matchId).bind("label", label).bind("startsAt", startsAt)
                    .bind("endsAt", endsAt).bind("places", places).bind("signedUp", people.size())
                    .bind("createdAt", signedUpAt).execute();
            for (String person : people) {
                h.createUpdate("INSERT INTO goodbusy_signups (shift_id, person_id, created_at) VALUES (:s, :p, :at)")
                        .bind("s", id).bind("p", person).bind("at", signedUpAt).execute();
            }
        });
        return id;
    }

    /**
     * Hours one employee registered.
     *
     * @param status    {@code pending}, {@code approved} or {@code declined}
     * @param decidedBy the organisation's coordinator who decided, or null while pending
     */
    void hours(String matchId, String shiftId, String personId, String companyId, String organisationId,
               LocalDate workedOn, int minutes, String note, String status, String reason, String decidedBy,
               Instant decidedAt, Instant registeredAt) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_hours (id, match_id, shift_id, person_id, company_id, organisation_id,
                            worked_on, minutes, note, status, decision_reason, decided_by, decided_at, created_at)
                        VALUES (:id, :match, :shift, :person, :company, :organisation, :workedOn, :minutes, :note,
                            :status, :reason, :decidedBy, :decidedAt, :createdAt)""")
                .bind("id", ids.next()).bind("match", matchId).bind("shift", shiftId).bind("person", personId)
                .bind("company", companyId).bind("organisation", organisationId)
                .bind("workedOn", workedOn.toString()).bind("minutes", minutes).bind("note", note)
                .bind("status", status).bind("reason", reason).bind("decidedBy", decidedBy)
                .bind("decidedAt", decidedAt).bind("createdAt", registeredAt).execute());
    }

    void evaluation(String matchId, Side side, int rating, String wentWell, String toImprove, String thanks,
                    String authorId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_evaluations (match_id, side, rating, went_well, to_improve, thanks,
                            author_id, created_at)
                        VALUES (:match, :side, :rating, :wentWell, :toImprove, :thanks, :author, :at)""")
                .bind("match", matchId).bind("side", side.code()).bind("rating", rating).bind("wentWell", wentWell)
                .bind("toImprove", toImprove).bind("thanks", thanks).bind("author", authorId).bind("at", at)
                .execute());
    }
}
