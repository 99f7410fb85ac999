package nl.plein.goodbusy.integration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.hooks.PersonalDataProvider;
import nl.plein.goodbusy.Rows;
import org.jdbi.v3.core.Jdbi;

/**
 * What Good Busy holds about a person: the shifts they signed up for, the hours they registered, what they wrote in
 * conversations and evaluations, the requests and offers they created, and the steps of a match they took for their
 * organisation (proposing, answering, confirming an agreement, being its contact, deciding on hours).
 *
 * <p>Erasure keeps what others rely on and drops what is only theirs, in one transaction: their sign-ups go and the
 * places are given back ({@code signed_up} lowered with them, so the count stays the lock against overbooking); hours
 * still pending go (nobody approved them, so no figure depends on them); approved and declined hours stay, belonging
 * to no one and without their note, so a company's impact figures do not change; messages and evaluations stay with
 * no author (the other side's conversation keeps its sense); every other reference to them becomes empty. Only rows
 * that point to this person are touched.
 */
final class GoodBusyPersonalData implements PersonalDataProvider {

    /** Every other column that names a person: table and column, our own constants. */
    private static final List<String[]> REFERENCES = List.of(
            new String[] {"goodbusy_hours", "decided_by"},
            new String[] {"goodbusy_messages", "author_id"},
            new String[] {"goodbusy_evaluations", "author_id"},
            new String[] {"goodbusy_requests", "created_by"},
            new String[] {"goodbusy_offers", "created_by"},
            new String[] {"goodbusy_matches", "proposer_id"},
            new String[] {"goodbusy_matches", "answered_by"},
            new String[] {"goodbusy_agreements", "organisation_contact_id"},
            new String[] {"goodbusy_agreements", "company_contact_id"},
            new String[] {"goodbusy_agreements", "organisation_confirmed_by"},
            new String[] {"goodbusy_agreements", "company_confirmed_by"});

    private final Jdbi jdbi;

    GoodBusyPersonalData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A shift the person signed up for. */
    public record SignUp(String shiftId, String shift, Instant startsAt, Instant endsAt, String matchId,
                         String request, Instant signedUpAt) {
    }

    /** Hours the person registered. */
    public record RegisteredHours(String id, String matchId, String request, String workedOn, int minutes,
                                  String note, String status, String decisionReason, Instant registeredAt) {
    }

    /** A message the person wrote in a match's conversation, for their side. */
    public record WrittenMessage(String matchId, String side, String body, Instant writtenAt) {
    }

    /** An evaluation the person wrote for their side. */
    public record WrittenEvaluation(String matchId, String side, int rating, String wentWell, String toImprove,
                                    String thanks, Instant writtenAt) {
    }

    /** A request or offer the person created. */
    public record Created(String id, String title, String status, Instant createdAt) {
    }

    /** A step the person took in a match for their organisation (what, and when if known). */
    public record Step(String matchId, String step, Instant at) {
    }

    @Override
    public Object export(String personId) {
        return jdbi.withHandle(h -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("signUps", h.createQuery("""
                            SELECT s.shift_id, sh.label, sh.starts_at, sh.ends_at, sh.match_id, r.title, s.created_at
                              FROM goodbusy_signups s
                              JOIN goodbusy_shifts sh ON sh.id = s.shift_id
                              JOIN goodbusy_matches m ON m.id = sh.match_id
                              JOIN goodbusy_requests r ON r.id = m.request_id
                             WHERE s.person_id = :p ORDER BY sh.starts_at, s.shift_id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new SignUp(rs.getString("shift_id"), rs.getString("label"),
                            Rows.instant(rs, "starts_at"), Rows.instant(rs, "ends_at"), rs.getString("match_id"),
                            rs.getString("title"), Rows.instant(rs, "created_at")))
                    .list());
            data.put("hours", h.createQuery("""
                            SELECT hr.id, hr.match_id, r.title, hr.worked_on, hr.minutes, hr.note, hr.status,
                                   hr.decision_reason, hr.created_at
                              FROM goodbusy_hours hr
                              JOIN goodbusy_matches m ON m.id = hr.match_id
                              JOIN goodbusy_requests r ON r.id = m.request_id
                             WHERE hr.person_id = :p ORDER BY hr.worked_on, hr.id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new RegisteredHours(rs.getString("id"), rs.getString("match_id"),
                            rs.getString("title"), rs.getString("worked_on"), rs.getInt("minutes"),
                            rs.getString("note"), rs.getString("status"), rs.getString("decision_reason"),
                            Rows.instant(rs, "created_at")))
                    .list());
            data.put("messages", h.createQuery("""
                            SELECT match_id, side, body, created_at FROM goodbusy_messages
                             WHERE author_id = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new WrittenMessage(rs.getString("match_id"), rs.getString("side"),
                            rs.getString("body"), Rows.instant(rs, "created_at")))
                    .list());
            data.put("evaluations", h.createQuery("""
                            SELECT match_id, side, rating, went_well, to_improve, thanks, created_at
                              FROM goodbusy_evaluations WHERE author_id = :p ORDER BY created_at, match_id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new WrittenEvaluation(rs.getString("match_id"), rs.getString("side"),
                            rs.getInt("rating"), rs.getString("went_well"), rs.getString("to_improve"),
                            rs.getString("thanks"), Rows.instant(rs, "created_at")))
                    .list());
            data.put("requests", h.createQuery("""
                            SELECT id, title, status, created_at FROM goodbusy_requests
                             WHERE created_by = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Created(rs.getString("id"), rs.getString("title"), rs.getString("status"),
                            Rows.instant(rs, "created_at")))
                    .list());
            data.put("offers", h.createQuery("""
                            SELECT id, title, status, created_at FROM goodbusy_offers
                             WHERE created_by = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Created(rs.getString("id"), rs.getString("title"), rs.getString("status"),
                            Rows.instant(rs, "created_at")))
                    .list());
            // The steps name only the match and the moment: the other side's people and texts are not theirs.
            data.put("matchSteps", h.createQuery("""
                            SELECT id AS match_id, 'proposed' AS step, created_at AS at FROM goodbusy_matches
                             WHERE proposer_id = :p
                            UNION ALL
                            SELECT id, 'answered', answered_at FROM goodbusy_matches WHERE answered_by = :p
                            UNION ALL
                            SELECT match_id, 'agreement-contact', NULL FROM goodbusy_agreements
                             WHERE organisation_contact_id = :p OR company_contact_id = :p
                            UNION ALL
                            SELECT match_id, 'agreement-confirmed', organisation_confirmed_at FROM goodbusy_agreements
                             WHERE organisation_confirmed_by = :p
                            UNION ALL
                            SELECT match_id, 'agreement-confirmed', company_confirmed_at FROM goodbusy_agreements
                             WHERE company_confirmed_by = :p
                            UNION ALL
                            SELECT match_id, 'hours-decided', decided_at FROM goodbusy_hours WHERE decided_by = :p
                            ORDER BY 1, 2, 3""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Step(rs.getString("match_id"), rs.getString("step"), Rows.instant(rs, "at")))
                    .list());
            return data;
        });
    }

    @Override
    public void erase(String personId) {
        jdbi.useTransaction(h -> {
            // Places back first, while the sign-ups still say which shifts they were.
            h.createUpdate("""
                            UPDATE goodbusy_shifts SET signed_up = CASE WHEN signed_up > 0 THEN signed_up - 1 ELSE 0 END
                             WHERE id IN (SELECT shift_id FROM goodbusy_signups WHERE person_id = :p)""")
                    .bind("p", personId).execute();
            h.createUpdate("DELETE FROM goodbusy_signups WHERE person_id = :p").bind("p", personId).execute();
            h.createUpdate("DELETE FROM goodbusy_hours WHERE person_id = :p AND status = :pending")
                    .bind("p", personId).bind("pending", "pending").execute();
            h.createUpdate("UPDATE goodbusy_hours SET person_id = NULL, note = '' WHERE person_id = :p")
                    .bind("p", personId).execute();
            for (String[] column : REFERENCES) {
                h.createUpdate("UPDATE " + column[0] + " SET " + column[1] + " = NULL WHERE " + column[1] + " = :p")
                        .bind("p", personId).execute();
            }
        });
    }
}
