package nl.plein.webinars.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.api.Visitor;
import nl.plein.api.hooks.DashboardWidget;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.registration.Registration;

/**
 * The next sessions of published weeks on the personal dashboard: when, how full, and whether the visitor already has
 * a seat or a waiting place, with a link to each session and to the programme.
 */
public final class UpcomingSessionsWidget implements DashboardWidget {

    /** Enough to see what is coming this week and next, few enough to stay a glance. */
    static final int SHOWN = 4;

    private final Webinars webinars;

    UpcomingSessionsWidget(Webinars webinars) {
        this.webinars = webinars;
    }

    @Override
    public Optional<Widget> render(Visitor visitor) {
        return Optional.of(new Widget("webinars/integration/widget", Map.of("upcoming", upcoming(visitor))));
    }

    /** The coming sessions with the visitor's own place in each: for this widget and the home-page block. */
    List<UpcomingSession> upcoming(Visitor visitor) {
        List<Session> sessions = webinars.programme().upcoming(SHOWN);
        Map<String, Registration> mine = visitor.signedIn()
                ? webinars.registrations().activeOf(visitor.personId()).stream()
                        .collect(Collectors.toMap(Registration::sessionId, Function.identity()))
                : Map.of();
        List<UpcomingSession> rows = new ArrayList<>();
        for (Session session : sessions) rows.add(new UpcomingSession(session, mine.get(session.id())));
        return rows;
    }

    /**
     * One coming session as the widget shows it.
     *
     * @param registration the visitor's seat or waiting place, or null
     */
    public record UpcomingSession(Session session, Registration registration) {

        public boolean registered() {
            return registration != null && registration.registered();
        }

        public boolean waiting() {
            return registration != null && registration.waiting();
        }
    }
}
