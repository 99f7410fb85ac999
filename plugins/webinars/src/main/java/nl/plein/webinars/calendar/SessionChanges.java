package nl.plein.webinars.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Jobs;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionListener;
import nl.plein.webinars.registration.Registration;
import nl.plein.webinars.registration.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps reminders and registrants in step when an organiser creates, moves or cancels a session. Reminders are
 * (re)planned at once; the mails to everyone registered (a new time, or the news that it is off, each with the
 * updated calendar file) go out from a durable job, so the organiser's request does not wait for hundreds of mails
 * and a restart half-way loses none (their dedupe keys make the rerun send only what is missing).
 */
final class SessionChanges implements SessionListener {

    static final String KIND = "session-change-mail";
    private static final String MOVED = "moved";
    private static final String CANCELLED = "cancelled";
    private static final Logger log = LoggerFactory.getLogger(SessionChanges.class);

    private final Jobs jobs;
    private final Clock clock;
    private final ProgrammeRepository programme;
    private final Registrations registrations;
    private final Reminders reminders;
    private final SessionMails mails;

    SessionChanges(Jobs jobs, Clock clock, ProgrammeRepository programme, Registrations registrations,
                   Reminders reminders, SessionMails mails) {
        this.jobs = jobs;
        this.clock = clock;
        this.programme = programme;
        this.registrations = registrations;
        this.reminders = reminders;
        this.mails = mails;
    }

    @Override
    public void saved(Session session, ProgrammeRepository.Change change) {
        Session now = current(session);
        if (change != null && change.before().sequence() != now.sequence()) {
            reminders.cancel(now.id(), change.before().sequence());
        }
        if (now.cancelled()) {
            // Called off through the edit form rather than the cancel button: the same news for registrants.
            if (change == null || !change.before().cancelled()) cancelled(now);
            return;
        }
        reminders.schedule(now);
        if (change != null && change.moved()) {
            jobs.schedule(KIND, now.id() + "-s" + now.sequence() + "-" + MOVED, clock.instant(),
                    MOVED + "@" + now.id() + "@" + now.sequence() + "@" + now.startsAt().toEpochMilli());
        }
    }

    @Override
    public void cancelled(Session session) {
        Session now = current(session);
        // Cancelling raised the SEQUENCE by one; the pending reminders carry the one before (or this one, when
        // the session was saved as cancelled). Cancelling a key that has no job does nothing.
        reminders.cancel(now.id(), now.sequence());
        reminders.cancel(now.id(), now.sequence() - 1);
        jobs.schedule(KIND, now.id() + "-s" + now.sequence() + "-" + CANCELLED, clock.instant(),
                CANCELLED + "@" + now.id() + "@" + now.sequence() + "@" + now.startsAt().toEpochMilli());
    }

    /** The job handler: tells every registrant (seat or waiting) of the change, if it still holds. */
    void tell(Jobs.Job job) {
        String[] parts = job.payload().split("@");
        if (parts.length != 4 || !(MOVED.equals(parts[0]) || CANCELLED.equals(parts[0]))) {
            log.warn("session change with an unreadable payload skipped key={}", job.key());
            return;
        }
        Optional<Session> found = programme.session(parts[1]).filter(programme::published);
        if (found.isEmpty()) return;
        Session session = found.get();
        boolean cancel = CANCELLED.equals(parts[0]);
        if (!clock.instant().isBefore(session.endsAt())) return;   // over already: no news worth a mail
        // Called off and then put back, or moved again since: the later change sends its own news.
        if (cancel != session.cancelled()) return;
        if (!cancel && !session.startsAt().equals(Instant.ofEpochMilli(Long.parseLong(parts[3])))) return;
        for (Registration registration : registrations.ofSession(session.id())) {
            SessionCalendar.Place place = registration.waiting() ? SessionCalendar.Place.WAITING
                    : SessionCalendar.Place.SEAT;
            mails.send(registration, cancel ? CANCELLED : MOVED, session, place,
                    Map.of("waiting", registration.waiting()),
                    parts[0] + "-" + registration.id() + "-s" + parts[2]);
        }
    }

    private Session current(Session session) {
        return programme.session(session.id()).orElse(session);
    }
}
