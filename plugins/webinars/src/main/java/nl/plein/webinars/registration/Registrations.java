package nl.plein.webinars.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.webinars.programme.ProgrammeRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Seats and the waiting list. Every change to a session's registrations starts by updating that session's row
 * ({@code arrivals = arrivals + 1}): on SQLite the transaction holds the write lock from its start, on PostgreSQL
 * the update takes the row lock; either way registrations for one session happen one after another, so counting the
 * seats and taking one cannot interleave, and capacity is never exceeded however many people press at once.
 *
 * <p>Every change of a registration's status (registered again, promoted, cancelled) raises its {@code revision},
 * in the same statement as the change: the person's calendar event adds it to the session's SEQUENCE. And it moves
 * the session's counters ({@code registered_count}, {@code waiting_count}) in the same transaction, under the same
 * lock: the programme pages read those instead of counting rows.
 */
public final class Registrations {

    private static final String COLUMNS =
            "r.id, r.session_id, r.person_id, r.status, r.arrival, r.attended, r.created_at, r.revision";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Registrations(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Gives the person a seat, or a place on the waiting list when the session is full. Refused for an unknown,
     * unpublished, cancelled or started session, and when the person is already registered or waiting.
     */
    public Outcome register(String sessionId, String personId) {
        if (!ProgrammeRepository.plausibleId(sessionId)) return Outcome.refused(sessionId, "webinars.register.error.unknown");
        return jdbi.inTransaction(h -> register(h, sessionId, personId));
    }

    /** Registers the person for every session of the week that is still open, each as {@link #register} would. */
    public List<Outcome> registerWeek(String weekId, String personId) {
        List<String> sessionIds = jdbi.withHandle(h -> h.createQuery("""
                        SELECT id FROM webinars_sessions WHERE week_id = :week AND status <> 'cancelled' AND starts_at > :now
                         ORDER BY starts_at, id""")
                .bind("week", weekId).bind("now", clock.instant()).mapTo(String.class).list());
        List<Outcome> outcomes = new ArrayList<>();
        // One transaction per session, so a week of many sessions does not hold the write lock for all of them.
        for (String sessionId : sessionIds) outcomes.add(register(sessionId, personId));
        return outcomes;
    }

    private Outcome register(Handle h, String sessionId, String personId) {
        long arrival = arrive(h, sessionId);
        if (arrival < 0) return Outcome.refused(sessionId, "webinars.register.error.unknown");
        SessionState session = state(h, sessionId);
        Instant now = clock.instant();
        if (!session.published()) return Outcome.refused(sessionId, "webinars.register.error.unknown");
        if (session.cancelled()) return Outcome.refused(sessionId, "webinars.register.error.cancelled");
        if (!now.isBefore(session.startsAt())) return Outcome.refused(sessionId, "webinars.register.error.started");
        Optional<Registration> existing = find(h, sessionId, personId);
        if (existing.filter(Registration::registered).isPresent()) {
            return Outcome.refused(sessionId, "webinars.register.error.already-registered");
        }
        if (existing.filter(Registration::waiting).isPresent()) {
            return Outcome.refused(sessionId, "webinars.register.error.already-waiting");
        }
        // Free seats go to the queue first (after a capacity was raised, the queue may not have moved up yet):
        // a newcomer never passes someone who is waiting.
        List<Registration> promoted = promote(h, sessionId);
        int seated = session.registered() + promoted.size();
        RegistrationStatus status = seated < session.capacity() ? RegistrationStatus.REGISTERED
                : RegistrationStatus.WAITING;
        String id;
        if (existing.isPresent()) {
            id = existing.get().id();
            h.createUpdate("""
                            UPDATE webinars_registrations SET status = :status, arrival = :arrival, attended = NULL,
                                   revision = revision + 1, updated_at = :now WHERE id = :id""")
                    .bind("status", status.code()).bind("arrival", arrival).bind("now", now).bind("id", id).execute();
        } else {
            id = ids.next();
            h.createUpdate("""
                            INSERT INTO webinars_registrations (id, session_id, person_id, status, arrival, created_at, updated_at)
                            VALUES (:id, :session, :person, :status, :arrival, :now, :now)""")
                    .bind("id", id).bind("session", sessionId).bind("person", personId).bind("status", status.code())
                    .bind("arrival", arrival).bind("now", now).execute();
        }
        recount(h, sessionId, status == RegistrationStatus.REGISTERED ? 1 : 0, status == RegistrationStatus.WAITING ? 1 : 0);
        Registration registration = new Registration(id, sessionId, personId, status, arrival, null,
                existing.map(Registration::createdAt).orElse(now), existing.map(r -> r.revision() + 1).orElse(0));
        return new Outcome(sessionId, registration, status == RegistrationStatus.WAITING ? position(h, registration) : 0,
                null, promoted);
    }

    /**
     * Gives up the person's own seat or waiting place. A freed seat goes to the first on the waiting list at once.
     * Refused when the person has no active registration or the session has started.
     */
    public Outcome cancel(String sessionId, String personId) {
        if (!ProgrammeRepository.plausibleId(sessionId)) return Outcome.refused(sessionId, "webinars.cancel.error.not-registered");
        return jdbi.inTransaction(h -> {
            if (lock(h, sessionId) == 0) return Outcome.refused(sessionId, "webinars.cancel.error.not-registered");
            Optional<Registration> mine = find(h, sessionId, personId).filter(Registration::active);
            if (mine.isEmpty()) return Outcome.refused(sessionId, "webinars.cancel.error.not-registered");
            SessionState session = state(h, sessionId);
            if (!clock.instant().isBefore(session.startsAt())) {
                return Outcome.refused(sessionId, "webinars.cancel.error.started");
            }
            h.createUpdate("""
                            UPDATE webinars_registrations SET status = 'cancelled', revision = revision + 1,
                                   updated_at = :now WHERE id = :id""")
                    .bind("now", clock.instant()).bind("id", mine.get().id()).execute();
            boolean hadSeat = mine.get().registered();
            recount(h, sessionId, hadSeat ? -1 : 0, hadSeat ? 0 : -1);
            Registration cancelled = new Registration(mine.get().id(), sessionId, personId, RegistrationStatus.CANCELLED,
                    mine.get().arrival(), mine.get().attended(), mine.get().createdAt(), mine.get().revision() + 1);
            return new Outcome(sessionId, cancelled, 0, null, promote(h, sessionId));
        });
    }

    /**
     * Gives free seats to the waiting list, first come first served: after an organiser raised the capacity. A
     * lowered capacity leaves everyone who has a seat in place; there are simply no promotions until enough cancel.
     */
    public List<Registration> fillFreeSeats(String sessionId) {
        return jdbi.inTransaction(h -> lock(h, sessionId) == 0 ? List.<Registration>of() : promote(h, sessionId));
    }

    private List<Registration> promote(Handle h, String sessionId) {
        SessionState session = state(h, sessionId);
        int free = session.capacity() - session.registered();
        if (free <= 0 || session.cancelled() || !clock.instant().isBefore(session.startsAt())) return List.of();
        List<Registration> next = h.createQuery("SELECT " + COLUMNS + """
                         FROM webinars_registrations r WHERE r.session_id = :session AND r.status = 'waiting'
                        ORDER BY r.arrival, r.id LIMIT :free""")
                .bind("session", sessionId).bind("free", free).map((rs, ctx) -> map(rs)).list();
        List<Registration> promoted = new ArrayList<>();
        for (Registration waiting : next) {
            h.createUpdate("""
                            UPDATE webinars_registrations SET status = 'registered', revision = revision + 1,
                                   updated_at = :now WHERE id = :id""")
                    .bind("now", clock.instant()).bind("id", waiting.id()).execute();
            promoted.add(new Registration(waiting.id(), sessionId, waiting.personId(), RegistrationStatus.REGISTERED,
                    waiting.arrival(), null, waiting.createdAt(), waiting.revision() + 1));
        }
        if (!promoted.isEmpty()) recount(h, sessionId, promoted.size(), -promoted.size());
        return promoted;
    }

    /** The person's registration for the session, in any state. */
    public Optional<Registration> of(String sessionId, String personId) {
        if (personId == null || !ProgrammeRepository.plausibleId(sessionId)) return Optional.empty();
        return jdbi.withHandle(h -> find(h, sessionId, personId));
    }

    /** Place on the waiting list from 1, or 0 when the registration is not waiting. */
    public int position(Registration registration) {
        return registration.waiting() ? jdbi.withHandle(h -> position(h, registration)) : 0;
    }

    /** The person's active registrations (seats and waiting places), by session id. */
    public List<Registration> activeOf(String personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM webinars_registrations r WHERE r.person_id = :person AND r.status <> 'cancelled'")
                .bind("person", personId).map((rs, ctx) -> map(rs)).list());
    }

    /** Everyone with a seat or a waiting place for the session, in order of arrival. */
    public List<Registration> ofSession(String sessionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM webinars_registrations r WHERE r.session_id = :session AND r.status <> 'cancelled' "
                        + "ORDER BY r.arrival, r.id")
                .bind("session", sessionId).map((rs, ctx) -> map(rs)).list());
    }

    /** Counts the arrival and locks the session; -1 when there is no such session. */
    private static long arrive(Handle h, String sessionId) {
        if (h.createUpdate("UPDATE webinars_sessions SET arrivals = arrivals + 1 WHERE id = :id")
                .bind("id", sessionId).execute() == 0) return -1;
        return h.createQuery("SELECT arrivals FROM webinars_sessions WHERE id = :id")
                .bind("id", sessionId).mapTo(Long.class).one();
    }

    /** Locks the session like {@link #arrive} without counting an arrival; returns the rows touched. */
    private static int lock(Handle h, String sessionId) {
        return h.createUpdate("UPDATE webinars_sessions SET arrivals = arrivals WHERE id = :id")
                .bind("id", sessionId).execute();
    }

    /** Moves the session's counters by the change just made; the caller holds the session's lock. */
    private static void recount(Handle h, String sessionId, int registered, int waiting) {
        h.createUpdate("""
                        UPDATE webinars_sessions SET registered_count = registered_count + :registered,
                               waiting_count = waiting_count + :waiting WHERE id = :id""")
                .bind("registered", registered).bind("waiting", waiting).bind("id", sessionId).execute();
    }

    private static SessionState state(Handle h, String sessionId) {
        return h.createQuery("""
                        SELECT s.status, s.starts_at, s.capacity, w.published, s.registered_count AS registered
                          FROM webinars_sessions s JOIN webinars_weeks w ON w.id = s.week_id WHERE s.id = :id""")
                .bind("id", sessionId)
                .map((rs, ctx) -> new SessionState("cancelled".equals(rs.getString("status")),
                        Instant.ofEpochMilli(rs.getLong("starts_at")), rs.getInt("capacity"), rs.getInt("registered"),
                        rs.getBoolean("published")))
                .one();
    }

    private static Optional<Registration> find(Handle h, String sessionId, String personId) {
        return h.createQuery("SELECT " + COLUMNS
                        + " FROM webinars_registrations r WHERE r.session_id = :session AND r.person_id = :person")
                .bind("session", sessionId).bind("person", personId).map((rs, ctx) -> map(rs)).findOne();
    }

    private static int position(Handle h, Registration registration) {
        return h.createQuery("""
                        SELECT COUNT(*) FROM webinars_registrations
                         WHERE session_id = :session AND status = 'waiting' AND arrival <= :arrival""")
                .bind("session", registration.sessionId()).bind("arrival", registration.arrival())
                .mapTo(Integer.class).one();
    }

    static Registration map(ResultSet rs) throws SQLException {
        boolean attended = rs.getBoolean("attended");
        Boolean marked = rs.wasNull() ? null : attended;
        return new Registration(rs.getString("id"), rs.getString("session_id"), rs.getString("person_id"),
                RegistrationStatus.of(rs.getString("status")).orElseThrow(), rs.getLong("arrival"), marked,
                Instant.ofEpochMilli(rs.getLong("created_at")), rs.getInt("revision"));
    }

    private record SessionState(boolean cancelled, Instant startsAt, int capacity, int registered, boolean published) {
    }
}
