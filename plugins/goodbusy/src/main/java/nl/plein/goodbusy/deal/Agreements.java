package nl.plein.goodbusy.deal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.goodbusy.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writing the agreement and confirming it. Saving and confirming each run in one transaction with the check of the
 * match's status and the agreement's revision: a confirmation of a text that changed in the meantime is refused,
 * and the confirmation that completes both moves the match to agreed in the same transaction. Each side sets only
 * its own contact person.
 */
final class Agreements {

    enum Saved { SAVED, UNCHANGED, WRONG_STATE }

    enum Confirmed { CONFIRMED, AGREED, ALREADY, STALE, VOG_MISSING, NO_AGREEMENT, WRONG_STATE }

    private final Jdbi jdbi;
    private final Clock clock;

    Agreements(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Optional<Agreement> find(String matchId) {
        return jdbi.withHandle(h -> find(h, matchId));
    }

    Map<String, Agreement> findAll(Collection<String> matchIds) {
        if (matchIds.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goodbusy_agreements WHERE match_id IN (<ids>)")
                .bindList("ids", List.copyOf(matchIds)).map((rs, ctx) -> agreement(rs)).stream()
                .collect(Collectors.toMap(Agreement::matchId, a -> a)));
    }

    /**
     * Writes the agreement while the match is in conversation; a real change raises the revision.
     *
     * @param choosing the sides whose contact person this draft sets; the other side's contact stays as stored
     *                 (read in this transaction, so a choice the other side saved a moment ago is kept)
     */
    Saved save(String matchId, AgreementDraft draft, Set<Side> choosing) {
        return jdbi.inTransaction(h -> {
            if (Matches.status(h, matchId).orElse(null) != MatchStatus.ACCEPTED) return Saved.WRONG_STATE;
            Optional<Agreement> current = find(h, matchId);
            AgreementDraft d = new AgreementDraft(draft.what(), draft.startsOn(), draft.endsOn(),
                    contact(Side.ORGANISATION, draft, choosing, current),
                    contact(Side.COMPANY, draft, choosing, current), draft.vogArranged(), draft.briefing());
            if (current.isPresent() && current.get().draft().equals(d)) return Saved.UNCHANGED;
            h.createUpdate("""
                            INSERT INTO goodbusy_agreements (match_id, what, starts_on, ends_on, organisation_contact_id,
                                company_contact_id, vog_arranged, briefing, revision, updated_at)
                            VALUES (:match, :what, :startsOn, :endsOn, :orgContact, :companyContact, :vog, :briefing, 1,
                                :now)
                            ON CONFLICT (match_id) DO UPDATE SET what = excluded.what, starts_on = excluded.starts_on,
                                ends_on = excluded.ends_on, organisation_contact_id = excluded.organisation_contact_id,
                                company_contact_id = excluded.company_contact_id, vog_arranged = excluded.vog_arranged,
                                briefing = excluded.briefing, revision = goodbusy_agreements.revision + 1,
                                organisation_confirmed_by = NULL, organisation_confirmed_at = NULL,
                                company_confirmed_by = NULL, company_confirmed_at = NULL,
                                updated_at = excluded.updated_at""")
                    .bind("match", matchId).bind("what", d.what()).bind("startsOn", d.startsOn().toString())
                    .bind("endsOn", d.endsOn().toString()).bind("orgContact", d.organisationContactId())
                    .bind("companyContact", d.companyContactId()).bind("vog", d.vogArranged())
                    .bind("briefing", d.briefing()).bind("now", clock.instant()).execute();
            return Saved.SAVED;
        });
    }

    private static String contact(Side side, AgreementDraft draft, Set<Side> choosing, Optional<Agreement> current) {
        if (choosing.contains(side)) return side == Side.ORGANISATION ? draft.organisationContactId()
                : draft.companyContactId();
        return current.map(a -> a.contact(side)).orElse(null);
    }

    /**
     * Confirms revision {@code revision} for one side. When the other side had confirmed it already, the match is
     * agreed.
     *
     * @param vogNeeded whether the request needs a VOG: then only an agreement that says it is arranged can be
     *                  confirmed
     */
    Confirmed confirm(String matchId, Side side, String personId, int revision, boolean vogNeeded) {
        return jdbi.inTransaction(h -> {
            if (Matches.status(h, matchId).orElse(null) != MatchStatus.ACCEPTED) return Confirmed.WRONG_STATE;
            Optional<Agreement> found = find(h, matchId);
            if (found.isEmpty()) return Confirmed.NO_AGREEMENT;
            Agreement agreement = found.get();
            if (agreement.revision() != revision) return Confirmed.STALE;
            if (agreement.confirmedBy(side)) return Confirmed.ALREADY;
            if (vogNeeded && !agreement.vogArranged()) return Confirmed.VOG_MISSING;
            Instant now = clock.instant();
            // The column names come from the enum, never from the request.
            String column = side == Side.ORGANISATION ? "organisation" : "company";
            int confirmed = h.createUpdate("UPDATE goodbusy_agreements SET " + column + "_confirmed_by = :person, "
                            + column + "_confirmed_at = :now WHERE match_id = :match AND revision = :revision AND "
                            + column + "_confirmed_by IS NULL")
                    .bind("person", personId).bind("now", now).bind("match", matchId).bind("revision", revision)
                    .execute();
            if (confirmed == 0) {
                // Changed between the read above and this write (possible where transactions do not serialise).
                boolean sameText = find(h, matchId).map(a -> a.revision() == revision).orElse(false);
                return sameText ? Confirmed.ALREADY : Confirmed.STALE;
            }
            // Not "did the other side confirm before I read it": under READ COMMITTED two confirmations at once would
            // each read that the other had not, and the match would stay in conversation for ever. This statement
            // runs after this side's confirmation is written and sees the other's once it is committed; the one
            // whose statement finds both moves the match, and only one can (WHERE status = 'accepted').
            int agreed = h.createUpdate("""
                            UPDATE goodbusy_matches SET status = :agreed, updated_at = :now
                            WHERE id = :match AND status = :accepted
                              AND EXISTS (SELECT 1 FROM goodbusy_agreements
                                          WHERE match_id = :match AND revision = :revision
                                            AND organisation_confirmed_by IS NOT NULL
                                            AND company_confirmed_by IS NOT NULL)""")
                    .bind("agreed", MatchStatus.AGREED.code()).bind("accepted", MatchStatus.ACCEPTED.code())
                    .bind("now", now).bind("match", matchId).bind("revision", revision).execute();
            return agreed == 1 ? Confirmed.AGREED : Confirmed.CONFIRMED;
        });
    }

    private static Optional<Agreement> find(Handle h, String matchId) {
        return h.createQuery("SELECT * FROM goodbusy_agreements WHERE match_id = :match").bind("match", matchId)
                .map((rs, ctx) -> agreement(rs)).findOne();
    }

    private static Agreement agreement(ResultSet rs) throws SQLException {
        return new Agreement(rs.getString("match_id"), rs.getString("what"), LocalDate.parse(rs.getString("starts_on")),
                LocalDate.parse(rs.getString("ends_on")), rs.getString("organisation_contact_id"),
                rs.getString("company_contact_id"), rs.getBoolean("vog_arranged"), rs.getString("briefing"),
                rs.getInt("revision"), rs.getString("organisation_confirmed_by"),
                Rows.instant(rs, "organisation_confirmed_at"), rs.getString("company_confirmed_by"),
                Rows.instant(rs, "company_confirmed_at"), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
