package nl.plein.webinars.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Jobs;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.registration.Registration;
import nl.plein.webinars.registration.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders by mail a day and an hour before a session, to everyone who has a seat when the reminder goes out
 * (not to people who cancelled or are still waiting). They are durable jobs, so a restart loses none and runs none
 * twice; the mail's dedupe key (registration, moment, start time) makes a repeated run harmless as well.
 *
 * <p>A job's key carries the session's SEQUENCE, which rises with every change of time or status: after a move the
 * new reminders get new keys (a cancelled key can never be scheduled again, so moving a session back and forth
 * still works) and the old ones are cancelled. The handler trusts nothing but the session as it is now: a reminder
 * whose start time no longer matches, of a session called off or already begun, sends nothing.
 */
final class Reminders {

    static final String KIND = "session-reminder";
    /** More sessions than any programme has ahead of it; bounds the work at start-up all the same. */
    private static final int COMING_LIMIT = 5000;
    private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** The moments before a session that people are reminded. */
    enum Moment {
        DAY, HOUR;

        /**
         * When this reminder goes out: an hour before, or the same clock time the day before in Amsterdam (across
         * a daylight-saving change that is 23 or 25 hours, not 24).
         */
        Instant before(Instant start) {
            return this == HOUR ? start.minus(Duration.ofHours(1))
                    : start.atZone(AMSTERDAM).minusDays(1).toInstant();
        }

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Jobs jobs;
    private final Clock clock;
    private final ProgrammeRepository programme;
    private final Registrations registrations;
    private final SessionMails mails;

    Reminders(Jobs jobs, Clock clock, ProgrammeRepository programme, Registrations registrations, SessionMails mails) {
        this.jobs = jobs;
        this.clock = clock;
        this.programme = programme;
        this.registrations = registrations;
        this.mails = mails;
    }

    /** Plans both reminders of the session as it is now, leaving out any whose moment has passed. */
    void schedule(Session session) {
        if (session.cancelled()) return;
        Instant now = clock.instant();
        for (Moment moment : Moment.values()) {
            Instant at = moment.before(session.startsAt());
            if (at.isAfter(now)) {
                jobs.schedule(KIND, key(session.id(), session.sequence(), moment), at,
                        session.id() + "@" + session.startsAt().toEpochMilli() + "@" + moment.code());
            }
        }
    }

    /**
     * Plans the reminders of every coming session again. Run at each start: a session saved just before the platform
     * stopped may have missed its listener call; planning a pending reminder again only confirms it, and a reminder
     * that already went out is not mailed twice (its mails are de-duplicated per registration and start time).
     */
    void scheduleComing() {
        for (Session session : programme.startingAfter(clock.instant(), COMING_LIMIT)) schedule(session);
    }

    /** Cancels the reminders planned for the session at this SEQUENCE (if any are still pending). */
    void cancel(String sessionId, int sequence) {
        for (Moment moment : Moment.values()) jobs.cancel(KIND, key(sessionId, sequence, moment));
    }

    /** The job handler. */
    void remind(Jobs.Job job) {
        String[] parts = job.payload().split("@");
        Optional<Moment> moment = parts.length == 3 ? moment(parts[2]) : Optional.empty();
        if (moment.isEmpty()) {
            log.warn("reminder with an unreadable payload skipped key={}", job.key());
            return;
        }
        Instant start = Instant.ofEpochMilli(Long.parseLong(parts[1]));
        // A week the organiser took back (unpublished) sends no reminders; republished, its sessions remind again.
        Optional<Session> found = programme.session(parts[0]).filter(programme::published);
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().cancelled() || !found.get().startsAt().equals(start)
                || !now.isBefore(start)) return;
        // A day reminder that runs late (the platform was down) is dropped once the hour reminder is due: one
        // mail saying "in an hour" beats two at once.
        if (moment.get() == Moment.DAY && !now.isBefore(Moment.HOUR.before(start))) return;
        Session session = found.get();
        for (Registration registration : registrations.ofSession(session.id())) {
            if (!registration.registered()) continue;
            mails.send(registration, "webinars.mail.reminder.subject-" + moment.get().code(), "reminder",
                    session, null, Map.of("moment", moment.get().code()),
                    "reminder-" + moment.get().code() + "-" + registration.id() + "-" + start.toEpochMilli());
        }
    }

    static String key(String sessionId, int sequence, Moment moment) {
        return sessionId + "-s" + sequence + "-" + moment.code();
    }

    private static Optional<Moment> moment(String code) {
        for (Moment moment : Moment.values()) if (moment.code().equals(code)) return Optional.of(moment);
        return Optional.empty();
    }
}
