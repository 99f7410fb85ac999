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
import java.util.stream.Collectors;
import nl.plein.api.Ids;
import nl.plein.goodbusy.Rows;
import org.jdbi.v3.core.Jdbi;

/**
 * Registered hours and their approval. A person's day never holds more than 24 hours, whatever matches they were
 * registered for: checked and written in one transaction. A decision only touches hours that are still pending, so
 * hours decided once (perhaps by a colleague a moment earlier) are not decided again.
 */
final class Hours {

    static final int MINUTES_A_DAY = 24 * 60;
    /** More hour registrations than any one match gathers; bounds the page all the same. */
    static final int LIMIT = 2000;

    enum Registered { REGISTERED, DAY_FULL, WRONG_STATE }

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Hours(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    Registered register(Match match, String shiftId, String personId, LocalDate workedOn, int minutes, String note) {
        return jdbi.inTransaction(h -> {
            // The match's row is locked first, so two registrations sent at once (a double click) follow one another
            // and the second counts the first: SQLite has one writer at a time, PostgreSQL's READ COMMITTED does not.
            // (Two matches' forms sent by one person in the same instant could still pass together there.)
            h.createUpdate("UPDATE goodbusy_matches SET updated_at = updated_at WHERE id = :match")
                    .bind("match", match.id()).execute();
            MatchStatus status = Matches.status(h, match.id()).orElse(null);
            if (status != MatchStatus.AGREED && status != MatchStatus.DONE) return Registered.WRONG_STATE;
            int already = h.createQuery("""
                            SELECT COALESCE(SUM(minutes), 0) FROM goodbusy_hours
                            WHERE person_id = :person AND worked_on = :day AND status <> :declined""")
                    .bind("person", personId).bind("day", workedOn.toString()).bind("declined", HoursEntry.DECLINED)
                    .mapTo(Integer.class).one();
            if (already + minutes > MINUTES_A_DAY) return Registered.DAY_FULL;
            h.createUpdate("""
                            INSERT INTO goodbusy_hours (id, match_id, shift_id, person_id, company_id, organisation_id,
                                worked_on, minutes, note, status, decision_reason, created_at)
                            VALUES (:id, :match, :shift, :person, :company, :organisation, :day, :minutes, :note,
                                :pending, '', :now)""")
                    .bind("id", ids.next()).bind("match", match.id()).bind("shift", shiftId).bind("person", personId)
                    .bind("company", match.companyId()).bind("organisation", match.organisationId())
                    .bind("day", workedOn.toString()).bind("minutes", minutes).bind("note", note)
                    .bind("pending", HoursEntry.PENDING).bind("now", clock.instant()).execute();
            return Registered.REGISTERED;
        });
    }

    /** The hours of a match, newest day first. */
    List<HoursEntry> of(String matchId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_hours WHERE match_id = :match
                        ORDER BY worked_on DESC, created_at DESC, id LIMIT :limit""")
                .bind("match", matchId).bind("limit", LIMIT).map((rs, ctx) -> entry(rs)).list());
    }

    /**
     * Approves or declines the pending hours among {@code ids} that belong to the match.
     *
     * @return how many were decided now (hours already decided, or of another match, are left alone)
     */
    int decide(String matchId, Collection<String> hourIds, String status, String reason, String personId) {
        if (hourIds.isEmpty()) return 0;
        return jdbi.inTransaction(h -> h.createUpdate("""
                        UPDATE goodbusy_hours SET status = :status, decision_reason = :reason, decided_by = :person,
                            decided_at = :now
                        WHERE match_id = :match AND status = :pending AND id IN (<ids>)""")
                .bind("status", status).bind("reason", reason).bind("person", personId).bind("now", clock.instant())
                .bind("match", matchId).bind("pending", HoursEntry.PENDING).bindList("ids", List.copyOf(hourIds))
                .execute());
    }

    /** The oldest pending registration of a match, if any: when the organisation was first left to decide. */
    Optional<Instant> oldestPending(String matchId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT MIN(created_at) AS oldest FROM goodbusy_hours WHERE match_id = :match AND status = :pending""")
                .bind("match", matchId).bind("pending", HoursEntry.PENDING)
                .map((rs, ctx) -> Rows.instant(rs, "oldest")).findOne().flatMap(Optional::ofNullable));
    }

    /** Pending hours per match, for the overview. */
    Map<String, Integer> pendingCounts(Collection<String> matchIds) {
        if (matchIds.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT match_id, COUNT(*) AS pending FROM goodbusy_hours
                        WHERE match_id IN (<ids>) AND status = :pending GROUP BY match_id""")
                .bindList("ids", List.copyOf(matchIds)).bind("pending", HoursEntry.PENDING)
                .map((rs, ctx) -> Map.entry(rs.getString("match_id"), rs.getInt("pending"))).list()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static HoursEntry entry(ResultSet rs) throws SQLException {
        return new HoursEntry(rs.getString("id"), rs.getString("match_id"), rs.getString("shift_id"),
                rs.getString("person_id"), rs.getString("company_id"), rs.getString("organisation_id"),
                LocalDate.parse(rs.getString("worked_on")), rs.getInt("minutes"), rs.getString("note"),
                rs.getString("status"), rs.getString("decision_reason"), rs.getString("decided_by"),
                Rows.instant(rs, "decided_at"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
