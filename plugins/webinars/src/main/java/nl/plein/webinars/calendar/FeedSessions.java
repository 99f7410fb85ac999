package nl.plein.webinars.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.registration.RegistrationStatus;
import org.jdbi.v3.core.Jdbi;

/**
 * What a person's feed holds: every session they registered for (a seat or a waiting place), also the ones called
 * off since and the ones they cancelled themselves — those stay in as cancelled, so calendar apps take them out
 * instead of keeping a stale appointment. Each event's SEQUENCE adds the registration's revision to the session's,
 * so the person's own changes (cancelling, a seat from the waiting list) are taken as updates too. Sessions that
 * ended more than {@link #HISTORY} ago are left out: the feed stays small and calendars keep what they already have.
 */
final class FeedSessions {

    static final Duration HISTORY = Duration.ofDays(90);
    /** Far more than anyone registers for; a bound so one feed can never be a heavy query. */
    private static final int LIMIT = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    FeedSessions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    List<SessionCalendar.Entry> of(String personId) {
        Instant since = clock.instant().minus(HISTORY);
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ProgrammeRepository.sessionColumns() + """
                        , mine.status AS my_status, mine.revision AS my_revision
                          FROM webinars_registrations mine JOIN webinars_sessions s ON s.id = mine.session_id
                          JOIN webinars_weeks w ON w.id = s.week_id
                         WHERE mine.person_id = :person AND s.ends_at > :since AND w.published = :yes
                         ORDER BY s.starts_at, s.id LIMIT :limit""")
                .bind("person", personId).bind("since", since).bind("yes", true).bind("limit", LIMIT)
                .map((rs, ctx) -> new SessionCalendar.Entry(ProgrammeRepository.row(rs),
                        place(RegistrationStatus.of(rs.getString("my_status")).orElse(RegistrationStatus.CANCELLED)),
                        rs.getInt("my_revision")))
                .list());
    }

    private static SessionCalendar.Place place(RegistrationStatus status) {
        return switch (status) {
            case REGISTERED -> SessionCalendar.Place.SEAT;
            case WAITING -> SessionCalendar.Place.WAITING;
            case CANCELLED -> SessionCalendar.Place.GAVE_UP;
        };
    }
}
