package nl.plein.goodbusy.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;
import org.jdbi.v3.core.Jdbi;

/**
 * Rows of the deal part's tables, written as V1 documents them (the contract between the parts): matches with their
 * status codes, agreements, shifts and sign-ups, hours in minutes with an ISO day and a status, evaluations and
 * messages. The impact and integration tests stand on these without calling the deal part's classes.
 */
public final class DealRows {

    private final PleinExtension plein;

    public DealRows(PleinExtension plein) {
        this.plein = plein;
    }

    private Jdbi jdbi() {
        return plein.jdbi();
    }

    private Instant now() {
        return plein.clock().instant();
    }

    /** A match the company proposed now, in this state. */
    public String match(HelpRequest request, Offer offer, MatchStatus status) {
        return match(request, offer, status, Side.COMPANY, now(), status == MatchStatus.PROPOSED ? null : now());
    }

    /**
     * @param answeredAt null for a proposal nobody answered
     */
    public String match(HelpRequest request, Offer offer, MatchStatus status, Side proposedBy, Instant proposedAt,
                        Instant answeredAt) {
        String id = UUID.randomUUID().toString();
        jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_matches (id, request_id, offer_id, organisation_id, company_id, proposed_by,
                            proposer_id, proposal, score, status, answer_reason, answered_by, answered_at, nudges,
                            created_at, updated_at)
                        VALUES (:id, :request, :offer, :organisation, :company, :proposedBy, NULL, 'Zullen we?', 80,
                            :status, '', NULL, :answeredAt, 0, :proposedAt, :updatedAt)""")
                .bind("id", id).bind("request", request.id()).bind("offer", offer.id())
                .bind("organisation", request.organisationId()).bind("company", offer.companyId())
                .bind("proposedBy", proposedBy.code()).bind("status", status.code()).bind("answeredAt", answeredAt)
                .bind("proposedAt", proposedAt).bind("updatedAt", answeredAt != null ? answeredAt : proposedAt)
                .execute());
        return id;
    }

    /** An agreement over these days; a side that has not confirmed has null. */
    public void agreement(String matchId, LocalDate startsOn, LocalDate endsOn, Instant organisationConfirmedAt,
                          Instant companyConfirmedAt) {
        jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_agreements (match_id, what, starts_on, ends_on, organisation_contact_id,
                            company_contact_id, vog_arranged, briefing, revision, organisation_confirmed_by,
                            organisation_confirmed_at, company_confirmed_by, company_confirmed_at, updated_at)
                        VALUES (:match, 'Een klusdag', :startsOn, :endsOn, NULL, NULL, :no, '', 1, NULL, :orgAt, NULL,
                            :companyAt, :now)""")
                .bind("match", matchId).bind("startsOn", startsOn.toString()).bind("endsOn", endsOn.toString())
                .bind("no", false).bind("orgAt", organisationConfirmedAt).bind("companyAt", companyConfirmedAt)
                .bind("now", now()).execute());
    }

    /** An agreement both sides confirmed. */
    public void agreement(String matchId, LocalDate startsOn, LocalDate endsOn) {
        agreement(matchId, startsOn, endsOn, now(), now());
    }

    /** A shift of three hours with places and nobody signed up. */
    public String shift(String matchId, Instant startsAt, int places) {
        String id = UUID.randomUUID().toString();
        jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_shifts (id, match_id, label, starts_at, ends_at, places, signed_up, created_at)
                        VALUES (:id, :match, 'Ochtend', :startsAt, :endsAt, :places, 0, :now)""")
                .bind("id", id).bind("match", matchId).bind("startsAt", startsAt)
                .bind("endsAt", startsAt.plusSeconds(3 * 3600)).bind("places", places).bind("now", now()).execute());
        return id;
    }

    /** Signs a person up, counting the place taken, as the deal part does in one transaction. */
    public void signUp(String shiftId, String personId) {
        jdbi().useTransaction(h -> {
            h.createUpdate("INSERT INTO goodbusy_signups (shift_id, person_id, created_at) VALUES (:s, :p, :now)")
                    .bind("s", shiftId).bind("p", personId).bind("now", now()).execute();
            h.createUpdate("UPDATE goodbusy_shifts SET signed_up = signed_up + 1 WHERE id = :s").bind("s", shiftId)
                    .execute();
        });
    }

    /** Hours of a person on a match (company and organisation from the match), registered now. */
    public String hours(String matchId, String personId, LocalDate workedOn, int minutes, String status) {
        return hours(matchId, personId, workedOn, minutes, status, now());
    }

    public String hours(String matchId, String personId, LocalDate workedOn, int minutes, String status,
                        Instant registeredAt) {
        String id = UUID.randomUUID().toString();
        jdbi().useHandle(h -> {
            Map<String, Object> match = h.createQuery(
                            "SELECT organisation_id, company_id FROM goodbusy_matches WHERE id = :id")
                    .bind("id", matchId).mapToMap().one();
            h.createUpdate("""
                            INSERT INTO goodbusy_hours (id, match_id, shift_id, person_id, company_id, organisation_id,
                                worked_on, minutes, note, status, decision_reason, decided_by, decided_at, created_at)
                            VALUES (:id, :match, NULL, :person, :company, :organisation, :workedOn, :minutes,
                                'Geholpen', :status, '', NULL, :decidedAt, :now)""")
                    .bind("id", id).bind("match", matchId).bind("person", personId)
                    .bind("company", (String) match.get("company_id"))
                    .bind("organisation", (String) match.get("organisation_id"))
                    .bind("workedOn", workedOn.toString()).bind("minutes", minutes).bind("status", status)
                    .bind("decidedAt", "pending".equals(status) ? null : registeredAt).bind("now", registeredAt)
                    .execute();
        });
        return id;
    }

    public void evaluation(String matchId, Side side, int rating, String text, String authorId) {
        jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_evaluations (match_id, side, rating, went_well, to_improve, thanks, author_id,
                            created_at)
                        VALUES (:match, :side, :rating, :text, '', :thanks, :author, :now)""")
                .bind("match", matchId).bind("side", side.code()).bind("rating", rating).bind("text", text)
                .bind("thanks", "Dank!").bind("author", authorId).bind("now", now()).execute());
    }

    public void message(String matchId, Side side, String authorId, String body) {
        jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_messages (id, match_id, side, author_id, body, created_at)
                        VALUES (:id, :match, :side, :author, :body, :now)""")
                .bind("id", UUID.randomUUID().toString()).bind("match", matchId).bind("side", side.code())
                .bind("author", authorId).bind("body", body).bind("now", now()).execute());
    }

    public int count(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    public String single(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }
}
