package nl.plein.goodbusy.deal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.api.Ids;
import nl.plein.goodbusy.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Shifts and who signed up. A shift's {@code signed_up} counter is raised only while it is below the places, in the
 * same transaction as the sign-up row: however many employees press at once, a shift never takes more people than
 * the organisation can guide.
 */
final class Shifts {

    /** More shifts than any one match plans; bounds the page all the same. */
    static final int LIMIT = 500;

    enum SignUp { SIGNED_UP, FULL, ALREADY, STARTED, UNKNOWN, WRONG_STATE }

    enum Cancel { CANCELLED, NOT_SIGNED_UP, STARTED, UNKNOWN }

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Shifts(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** Adds a shift to an agreed match; empty when the match is not agreed (any more). */
    Optional<Shift> add(String matchId, String label, Instant startsAt, Instant endsAt, int places) {
        return jdbi.inTransaction(h -> {
            if (Matches.status(h, matchId).orElse(null) != MatchStatus.AGREED) return Optional.empty();
            Shift shift = new Shift(ids.next(), matchId, label, startsAt, endsAt, places, 0, clock.instant());
            h.createUpdate("""
                            INSERT INTO goodbusy_shifts (id, match_id, label, starts_at, ends_at, places, signed_up, created_at)
                            VALUES (:id, :match, :label, :startsAt, :endsAt, :places, 0, :now)""")
                    .bind("id", shift.id()).bind("match", matchId).bind("label", label).bind("startsAt", startsAt)
                    .bind("endsAt", endsAt).bind("places", places).bind("now", shift.createdAt()).execute();
            return Optional.of(shift);
        });
    }

    List<Shift> of(String matchId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_shifts WHERE match_id = :match ORDER BY starts_at, id LIMIT :limit""")
                .bind("match", matchId).bind("limit", LIMIT).map((rs, ctx) -> shift(rs)).list());
    }

    /** Who signed up for each shift of a match: shift id to person ids. */
    Map<String, List<String>> signUps(String matchId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.shift_id, s.person_id FROM goodbusy_signups s
                        JOIN goodbusy_shifts sh ON sh.id = s.shift_id
                        WHERE sh.match_id = :match ORDER BY s.created_at, s.person_id""")
                .bind("match", matchId)
                .map((rs, ctx) -> Map.entry(rs.getString("shift_id"), rs.getString("person_id"))).list()).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The shifts of a match the person signed up for. */
    Set<String> signedUpBy(String matchId, String personId) {
        return Set.copyOf(jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.shift_id FROM goodbusy_signups s JOIN goodbusy_shifts sh ON sh.id = s.shift_id
                        WHERE sh.match_id = :match AND s.person_id = :person""")
                .bind("match", matchId).bind("person", personId).mapTo(String.class).list()));
    }

    SignUp signUp(String matchId, String shiftId, String personId) {
        if (!Rows.plausibleId(shiftId)) return SignUp.UNKNOWN;
        return jdbi.inTransaction(h -> {
            // The shift's row is locked first, so two sign-ups of one person (a double click) follow one another and
            // the second finds the first: SQLite has one writer at a time, PostgreSQL's READ COMMITTED does not.
            h.createUpdate("UPDATE goodbusy_shifts SET signed_up = signed_up WHERE id = :shift AND match_id = :match")
                    .bind("shift", shiftId).bind("match", matchId).execute();
            Optional<Shift> shift = find(h, matchId, shiftId);
            if (shift.isEmpty()) return SignUp.UNKNOWN;
            if (Matches.status(h, matchId).orElse(null) != MatchStatus.AGREED) return SignUp.WRONG_STATE;
            Instant now = clock.instant();
            if (!now.isBefore(shift.get().startsAt())) return SignUp.STARTED;
            if (signedUp(h, shiftId, personId)) return SignUp.ALREADY;
            int taken = h.createUpdate("""
                            UPDATE goodbusy_shifts SET signed_up = signed_up + 1
                            WHERE id = :shift AND signed_up < places""")
                    .bind("shift", shiftId).execute();
            if (taken != 1) return SignUp.FULL;
            h.createUpdate("INSERT INTO goodbusy_signups (shift_id, person_id, created_at) VALUES (:shift, :person, :now)")
                    .bind("shift", shiftId).bind("person", personId).bind("now", now).execute();
            return SignUp.SIGNED_UP;
        });
    }

    Cancel cancel(String matchId, String shiftId, String personId) {
        if (!Rows.plausibleId(shiftId)) return Cancel.UNKNOWN;
        return jdbi.inTransaction(h -> {
            Optional<Shift> shift = find(h, matchId, shiftId);
            if (shift.isEmpty()) return Cancel.UNKNOWN;
            if (!clock.instant().isBefore(shift.get().startsAt())) return Cancel.STARTED;
            int removed = h.createUpdate("DELETE FROM goodbusy_signups WHERE shift_id = :shift AND person_id = :person")
                    .bind("shift", shiftId).bind("person", personId).execute();
            if (removed != 1) return Cancel.NOT_SIGNED_UP;
            h.createUpdate("UPDATE goodbusy_shifts SET signed_up = signed_up - 1 WHERE id = :shift AND signed_up > 0")
                    .bind("shift", shiftId).execute();
            return Cancel.CANCELLED;
        });
    }

    /** Whether the person signed up for this shift of this match (for hours registered against it). */
    boolean signedUp(String matchId, String shiftId, String personId) {
        if (!Rows.plausibleId(shiftId)) return false;
        return jdbi.withHandle(h -> find(h, matchId, shiftId).isPresent() && signedUp(h, shiftId, personId));
    }

    Optional<Shift> find(String matchId, String shiftId) {
        if (!Rows.plausibleId(shiftId)) return Optional.empty();
        return jdbi.withHandle(h -> find(h, matchId, shiftId));
    }

    private static boolean signedUp(Handle h, String shiftId, String personId) {
        return h.createQuery("SELECT COUNT(*) FROM goodbusy_signups WHERE shift_id = :shift AND person_id = :person")
                .bind("shift", shiftId).bind("person", personId).mapTo(Integer.class).one() > 0;
    }

    private static Optional<Shift> find(Handle h, String matchId, String shiftId) {
        return h.createQuery("SELECT * FROM goodbusy_shifts WHERE id = :id AND match_id = :match")
                .bind("id", shiftId).bind("match", matchId).map((rs, ctx) -> shift(rs)).findOne();
    }

    private static Shift shift(ResultSet rs) throws SQLException {
        return new Shift(rs.getString("id"), rs.getString("match_id"), rs.getString("label"),
                Instant.ofEpochMilli(rs.getLong("starts_at")), Instant.ofEpochMilli(rs.getLong("ends_at")),
                rs.getInt("places"), rs.getInt("signed_up"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
