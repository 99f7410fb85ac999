package nl.plein.goodbusy.deal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.goodbusy.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The matches: a proposal stored once per request and offer, and every later change of status made by a conditional
 * UPDATE ({@code WHERE status = :from}) whose row count says whether this click won, so two clicks (or a click and
 * the expiry job) can never both change the same match.
 */
final class Matches {

    /** More matches than one person's organisations have; bounds the overview all the same. */
    static final int LIST_LIMIT = 500;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Matches(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * What became of a proposal.
     *
     * @param match      the new match, or null when none was stored
     * @param existingId the match already made for this request and offer, when that is why none was stored
     */
    record Proposed(Match match, String existingId) {
        boolean stored() {
            return match != null;
        }
    }

    /**
     * Stores a proposal if the request and the offer are still open and the pair has none yet. Both conditions are
     * part of the INSERT itself, so a proposal racing a second one (or a pause) cannot slip through.
     */
    Proposed propose(String requestId, String offerId, String organisationId, String companyId, Side side,
                     String proposerId, String proposal, int score) {
        return jdbi.inTransaction(h -> {
            String id = ids.next();
            Instant now = clock.instant();
            // A SELECT with a WHERE clause: SQLite needs one to read ON CONFLICT as the upsert, not a join.
            int inserted = h.createUpdate("""
                            INSERT INTO goodbusy_matches (id, request_id, offer_id, organisation_id, company_id, proposed_by,
                                proposer_id, proposal, score, status, answer_reason, nudges, created_at, updated_at)
                            SELECT :id, :request, :offer, :organisation, :company, :side, :proposer, :proposal, :score,
                                   :status, '', 0, :now, :now
                            WHERE EXISTS (SELECT 1 FROM goodbusy_requests WHERE id = :request AND status = 'open')
                              AND EXISTS (SELECT 1 FROM goodbusy_offers WHERE id = :offer AND status = 'open')
                            ON CONFLICT (request_id, offer_id) DO NOTHING""")
                    .bind("id", id).bind("request", requestId).bind("offer", offerId)
                    .bind("organisation", organisationId).bind("company", companyId).bind("side", side.code())
                    .bind("proposer", proposerId).bind("proposal", proposal).bind("score", score)
                    .bind("status", MatchStatus.PROPOSED.code()).bind("now", now).execute();
            if (inserted == 1) return new Proposed(find(h, id).orElseThrow(), null);
            String existing = h.createQuery("SELECT id FROM goodbusy_matches WHERE request_id = :request AND offer_id = :offer")
                    .bind("request", requestId).bind("offer", offerId).mapTo(String.class).findOne().orElse(null);
            return new Proposed(null, existing);
        });
    }

    Optional<Match> find(String id) {
        if (!Rows.plausibleId(id)) return Optional.empty();
        return jdbi.withHandle(h -> find(h, id));
    }

    Optional<String> existing(String requestId, String offerId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id FROM goodbusy_matches WHERE request_id = :request AND offer_id = :offer")
                .bind("request", requestId).bind("offer", offerId).mapTo(String.class).findOne());
    }

    private static Optional<Match> find(Handle h, String id) {
        return h.createQuery("SELECT * FROM goodbusy_matches WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> match(rs)).findOne();
    }

    /**
     * The matches of the organisations and companies a person coordinates, and the agreed or finished matches of the
     * companies they work for (their employees sign up for those): one statement, newest change first.
     */
    List<Match> involving(Collection<String> organisations, Collection<String> companies, Collection<String> employers) {
        if (organisations.isEmpty() && companies.isEmpty() && employers.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_matches
                        WHERE organisation_id IN (<organisations>) OR company_id IN (<companies>)
                           OR (company_id IN (<employers>) AND status IN ('agreed', 'done'))
                        ORDER BY updated_at DESC, id LIMIT :limit""")
                .bindList("organisations", orNone(organisations)).bindList("companies", orNone(companies))
                .bindList("employers", orNone(employers)).bind("limit", LIST_LIMIT)
                .map((rs, ctx) -> match(rs)).list());
    }

    /** An empty IN () is not SQL; no id is the empty string. */
    private static List<String> orNone(Collection<String> ids) {
        return ids.isEmpty() ? List.of("") : List.copyOf(ids);
    }

    /** Declines or withdraws a proposal; false when it was not (or no longer) proposed. */
    boolean answer(String id, MatchStatus to, String personId, String reason) {
        return jdbi.inTransaction(h -> h.createUpdate("""
                        UPDATE goodbusy_matches SET status = :to, answer_reason = :reason, answered_by = :person,
                            answered_at = :now, updated_at = :now
                        WHERE id = :id AND status = :proposed""")
                .bind("to", to.code()).bind("reason", reason).bind("person", personId).bind("now", clock.instant())
                .bind("id", id).bind("proposed", MatchStatus.PROPOSED.code()).execute()) == 1;
    }

    /** What became of an acceptance. */
    enum Accepted { ACCEPTED, REQUEST_NOT_OPEN, OFFER_NOT_OPEN, WRONG_STATE }

    /**
     * Accepts a proposal while it is proposed and both the request and the offer are still open: closed or paused
     * items take no new conversations. Like {@link #propose}, the condition is part of the UPDATE itself, so a pause
     * at the same moment cannot slip through; when it did not win, the reason is read in the same transaction.
     */
    Accepted accept(String id, String personId) {
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("""
                            UPDATE goodbusy_matches SET status = :accepted, answer_reason = '', answered_by = :person,
                                answered_at = :now, updated_at = :now
                            WHERE id = :id AND status = :proposed
                              AND EXISTS (SELECT 1 FROM goodbusy_requests r
                                          WHERE r.id = goodbusy_matches.request_id AND r.status = 'open')
                              AND EXISTS (SELECT 1 FROM goodbusy_offers o
                                          WHERE o.id = goodbusy_matches.offer_id AND o.status = 'open')""")
                    .bind("accepted", MatchStatus.ACCEPTED.code()).bind("person", personId)
                    .bind("now", clock.instant()).bind("id", id).bind("proposed", MatchStatus.PROPOSED.code())
                    .execute();
            if (changed == 1) return Accepted.ACCEPTED;
            if (status(h, id).orElse(null) != MatchStatus.PROPOSED) return Accepted.WRONG_STATE;
            boolean requestOpen = h.createQuery("""
                            SELECT COUNT(*) FROM goodbusy_requests r JOIN goodbusy_matches m ON m.request_id = r.id
                            WHERE m.id = :id AND r.status = 'open'""")
                    .bind("id", id).mapTo(Integer.class).one() > 0;
            return requestOpen ? Accepted.OFFER_NOT_OPEN : Accepted.REQUEST_NOT_OPEN;
        });
    }

    /**
     * Ends the proposals still waiting on a request or offer that was just closed: each becomes withdrawn by a
     * conditional UPDATE, so a proposal answered at the same moment is left as it was answered.
     *
     * @param column {@code request_id} or {@code offer_id}: chosen by the caller in this package, never from a request
     * @return the matches this call ended, as they are now
     */
    List<Match> endProposals(String column, String itemId, String personId) {
        if (!column.equals("request_id") && !column.equals("offer_id")) throw new IllegalArgumentException(column);
        return jdbi.inTransaction(h -> {
            List<String> waiting = h.createQuery("SELECT id FROM goodbusy_matches WHERE " + column
                            + " = :item AND status = :proposed ORDER BY id")
                    .bind("item", itemId).bind("proposed", MatchStatus.PROPOSED.code()).mapTo(String.class).list();
            Instant now = clock.instant();
            List<Match> ended = new ArrayList<>();
            for (String id : waiting) {
                int changed = h.createUpdate("""
                                UPDATE goodbusy_matches SET status = :withdrawn, answered_by = :person,
                                    answered_at = :now, updated_at = :now
                                WHERE id = :id AND status = :proposed""")
                        .bind("withdrawn", MatchStatus.WITHDRAWN.code()).bind("person", personId).bind("now", now)
                        .bind("id", id).bind("proposed", MatchStatus.PROPOSED.code()).execute();
                if (changed == 1) ended.add(find(h, id).orElseThrow());
            }
            return ended;
        });
    }

    /** Every proposal that still waits for an answer (for the start-up check that its reminders are planned). */
    List<Match> waitingForAnswer() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM goodbusy_matches WHERE status = :proposed ORDER BY id")
                .bind("proposed", MatchStatus.PROPOSED.code()).map((rs, ctx) -> match(rs)).list());
    }

    /** Moves a match from one status to the next; false when it was not in {@code from} (any more). */
    boolean move(String id, MatchStatus from, MatchStatus to) {
        return jdbi.inTransaction(h -> move(h, id, from, to, clock.instant()));
    }

    static boolean move(Handle h, String id, MatchStatus from, MatchStatus to, Instant now) {
        return h.createUpdate("UPDATE goodbusy_matches SET status = :to, updated_at = :now WHERE id = :id AND status = :from")
                .bind("to", to.code()).bind("from", from.code()).bind("id", id).bind("now", now).execute() == 1;
    }

    /**
     * Counts the one reminder to the side that has to answer, while the proposal still waits. True only for the call
     * that counted it: a job run again (a retry, a restart) finds it counted and sends nothing.
     */
    boolean countNudge(String id) {
        return jdbi.inTransaction(h -> h.createUpdate("""
                        UPDATE goodbusy_matches SET nudges = nudges + 1
                        WHERE id = :id AND status = :proposed AND nudges = 0""")
                .bind("id", id).bind("proposed", MatchStatus.PROPOSED.code()).execute()) == 1;
    }

    /** The status of a match as stored now, read inside a transaction that is about to change something. */
    static Optional<MatchStatus> status(Handle h, String id) {
        return h.createQuery("SELECT status FROM goodbusy_matches WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne().flatMap(MatchStatus::of);
    }

    static Match match(ResultSet rs) throws SQLException {
        return new Match(rs.getString("id"), rs.getString("request_id"), rs.getString("offer_id"),
                rs.getString("organisation_id"), rs.getString("company_id"),
                Side.of(rs.getString("proposed_by")).orElse(Side.ORGANISATION), rs.getString("proposer_id"),
                rs.getString("proposal"), rs.getInt("score"),
                MatchStatus.of(rs.getString("status")).orElse(MatchStatus.WITHDRAWN), rs.getString("answer_reason"),
                rs.getString("answered_by"), Rows.instant(rs, "answered_at"), rs.getInt("nudges"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
