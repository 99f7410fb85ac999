package nl.plein.webinars.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionDraft;
import nl.plein.webinars.programme.SessionStatus;
import nl.plein.webinars.programme.Week;
import org.jdbi.v3.core.Jdbi;

/**
 * Weeks and sessions for the calendar tests. The programme's own forms are another part of the plugin, so sessions
 * are written through the shared {@link ProgrammeRepository}; everything the calendar part does is then used over
 * HTTP. Also reads calendar files back with ical4j.
 */
final class CalendarFixture {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String BASE_URL = "http://kennis.plein.test";
    static final String JOIN_URL = "https://meet.example.org/geheim-123";

    private final Clock clock;
    private final ProgrammeRepository programme;

    CalendarFixture(PleinExtension plein) {
        this(plein.jdbi(), plein.clock());
    }

    CalendarFixture(Jdbi jdbi, Clock clock) {
        this.clock = clock;
        this.programme = new ProgrammeRepository(jdbi, () -> UUID.randomUUID().toString(), clock);
    }

    ProgrammeRepository programme() {
        return programme;
    }

    Week week(boolean published) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), AMSTERDAM);
        return programme.createWeek("Nieuwe vrijwilligers", "Een week over de toestroom van nieuwe vrijwilligers.",
                today, today.plusYears(2), published, null);
    }

    /** An hour-long planned session starting at this time in Amsterdam. */
    Session session(Week week, String title, LocalDateTime amsterdamStart, int capacity) {
        return session(week, title, amsterdamStart.atZone(AMSTERDAM).toInstant(), capacity);
    }

    Session session(Week week, String title, Instant start, int capacity) {
        String id = programme.createSession(week.id(), new SessionDraft(title,
                "Hoe je nieuwe vrijwilligers een goede start geeft.", start, start.plus(Duration.ofHours(1)), JOIN_URL,
                capacity, "nl", new Session.Accessibility(true, false, false, ""), SessionStatus.PLANNED, null,
                List.of("werving"), List.of()));
        return programme.session(id).orElseThrow();
    }

    Session reload(Session session) {
        return programme.session(session.id()).orElseThrow();
    }

    static String register(Browser person, Session session) {
        Browser.Page page = person.post("/webinars/sessions/" + session.id() + "/register", Map.of());
        assertEquals(303, page.status(), page.body());
        return page.location();
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("not a calendar: " + ics, e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    static VEvent event(Calendar calendar, Session session) {
        return events(calendar).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(session.id() + "@kennis.plein.test"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + session.title() + " in "
                        + calendar));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> p.getValue()).orElseThrow(() -> new AssertionError(
                "no " + property + " in " + event));
    }

    static Instant start(VEvent event) {
        return Instant.from(event.getDateTimeStart().getDate());
    }
}
