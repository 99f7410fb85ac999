package nl.plein.webinars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionDraft;
import nl.plein.webinars.programme.SessionStatus;
import nl.plein.webinars.programme.Week;

/** Weeks and sessions written straight through the repository, for tests about what happens after they exist. */
public final class ProgrammeFixture {

    private final ProgrammeRepository programme;
    private final PleinExtension plein;

    public ProgrammeFixture(PleinExtension plein) {
        this.plein = plein;
        this.programme = new ProgrammeRepository(plein.jdbi(), () -> UUID.randomUUID().toString(), plein.clock());
    }

    public ProgrammeRepository programme() {
        return programme;
    }

    public Week week(boolean published) {
        LocalDate today = LocalDate.ofInstant(plein.clock().instant(), ZoneId.of("Europe/Amsterdam"));
        return programme.createWeek("Jong geleerd", "Een week over jonge vrijwilligers.", today.plusDays(7),
                today.plusDays(11), published, null);
    }

    /** A planned session of an hour, starting this long from now. */
    public Session session(Week week, int capacity, Duration fromNow) {
        Instant start = plein.clock().instant().plus(fromNow);
        String id = programme.createSession(week.id(), new SessionDraft("Jongeren werven via school",
                "Hoe je scholieren bereikt.", start, start.plus(Duration.ofHours(1)), "https://meet.example.org/abc",
                capacity, "nl", new Session.Accessibility(true, false, true, ""), SessionStatus.PLANNED, null,
                List.of("jongeren"), List.of()));
        return programme.session(id).orElseThrow();
    }
}
