package nl.plein.webinars.calendar;

import nl.plein.webinars.Webinars;

/** Calendar files per session and the personal calendar feed. */
public final class CalendarRoutes {

    private CalendarRoutes() {
    }

    public static void register(Webinars webinars) {
        // TODO filled in by the part's owner
    }

    /** Keeps reminders and calendars in step with the programme; handed to the programme's pages. */
    public static nl.plein.webinars.programme.SessionListener sessionListener(Webinars webinars) {
        return new nl.plein.webinars.programme.SessionListener() {
            @Override
            public void saved(nl.plein.webinars.programme.Session session,
                              nl.plein.webinars.programme.ProgrammeRepository.Change change) {
                // TODO
            }

            @Override
            public void cancelled(nl.plein.webinars.programme.Session session) {
                // TODO
            }
        };
    }
}
