package nl.plein.webinars.calendar;

import nl.plein.api.Permission;
import nl.plein.api.event.PlatformStarted;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.SessionListener;

/** Calendar files per session and the personal calendar feed; reminders and news of changed sessions by mail. */
public final class CalendarRoutes {

    /** The job kind of the reminders a day and an hour before a session (planned for coming sessions at start-up). */
    public static final String REMINDER_JOB = Reminders.KIND;

    /**
     * The key of a session's reminder job at the session's SEQUENCE: the one a day before it, or (when that moment has
     * passed) the one an hour before. For the benchmark suite's notes.
     */
    public static String reminderKey(String sessionId, int sequence, java.time.Instant startsAt, java.time.Instant now) {
        Reminders.Moment moment = Reminders.Moment.DAY.before(startsAt).isAfter(now) ? Reminders.Moment.DAY
                : Reminders.Moment.HOUR;
        return Reminders.key(sessionId, sequence, moment);
    }

    private CalendarRoutes() {
    }

    public static void register(Webinars webinars) {
        Parts parts = new Parts(webinars);
        var context = webinars.context();
        var pages = new CalendarPages(webinars, parts.calendar, new FeedTokens(context.jdbi(), context.clock()),
                new FeedSessions(context.jdbi(), context.clock()));
        context.routes()
                .get("/sessions/{session}/calendar.ics", Permission.PUBLIC, pages::sessionFile)
                .get("/calendar", Permission.SIGNED_IN, pages::feedPage)
                .post("/calendar/create", Permission.SIGNED_IN, pages::create)
                .post("/calendar/reset", Permission.SIGNED_IN, pages::reset)
                // The token is the only key (calendar apps cannot sign in); it ends in ".ics", which some apps want.
                .get("/feed/{token}", Permission.PUBLIC, pages::feed);
        context.jobs().handle(Reminders.KIND, parts.reminders::remind);
        context.jobs().handle(SessionChanges.KIND, parts.changes::tell);
        context.events().subscribe(PlatformStarted.class, started -> parts.reminders.scheduleComing());
    }

    /** Keeps reminders and calendars in step with the programme; handed to the programme's pages. */
    public static SessionListener sessionListener(Webinars webinars) {
        return new Parts(webinars).changes;
    }

    /** The pieces both entry points need, built the same way for each. */
    private static final class Parts {
        final SessionCalendar calendar;
        final Reminders reminders;
        final SessionChanges changes;

        Parts(Webinars webinars) {
            var context = webinars.context();
            calendar = new SessionCalendar(context.baseUrl(), context.clock(), context.messages());
            SessionMails mails = new SessionMails(context, calendar);
            reminders = new Reminders(context.jobs(), context.clock(), webinars.programme(), webinars.registrations(),
                    mails);
            changes = new SessionChanges(context.jobs(), context.clock(), webinars.programme(),
                    webinars.registrations(), reminders, mails);
        }
    }
}
