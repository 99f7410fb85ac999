package nl.plein.webinars.programme;

import java.time.LocalDate;
import nl.plein.webinars.registration.Registration;

/**
 * A session as a list shows it: its Amsterdam date and times, the step of its fill bar, and the visitor's own place.
 *
 * @param fillStep     the share of seats taken rounded to the theme's 5% steps ({@code meter__bar--<step>})
 * @param registration the visitor's active registration, or null
 * @param position     the visitor's place on the waiting list, or 0
 */
public record SessionRow(Session session, LocalDate date, String startTime, String endTime, int fillStep,
                         Registration registration, int position) {

    public static SessionRow of(Session session, Registration registration, int position) {
        int percent = session.fillPercent();
        // Never round a session with people in it down to an empty bar, nor a not-quite-full one up to a full bar.
        int step = Math.round(percent / 5f) * 5;
        if (session.registered() > 0 && step == 0) step = 5;
        if (!session.full() && step == 100) step = 95;
        return new SessionRow(session, Times.date(session.startsAt()), Times.time(session.startsAt()),
                Times.time(session.endsAt()), step, registration != null && registration.active() ? registration : null,
                position);
    }

    public static SessionRow of(Session session) {
        return of(session, null, 0);
    }
}
