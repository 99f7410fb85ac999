package nl.plein.webinars.calendar;

import static nl.plein.webinars.WebinarsFixture.AMSTERDAM;
import static nl.plein.webinars.WebinarsFixture.sessionInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * When reminders are planned: the day-before one at the same clock time the day before in Amsterdam, also across a
 * daylight-saving change (23 or 25 hours before, not 24); and at every start for every coming session, so a session
 * whose listener call was missed still gets its reminders.
 */
@OnBothDatabases
class ReminderTimingTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void theDayBeforeReminderKeepsTheClockTimeAcrossBothDaylightSavingChanges() {
        // The nights Europe/Amsterdam changes clocks in 2026: the Sunday mornings of 29 March and 25 October.
        LocalDate spring = LocalDate.of(2026, 3, 29);
        LocalDate autumn = LocalDate.of(2026, 10, 25);
        assertEquals(DayOfWeek.SUNDAY, spring.getDayOfWeek());
        assertEquals(DayOfWeek.SUNDAY, autumn.getDayOfWeek());
        assertEquals(Duration.ofHours(23), Duration.between(spring.atStartOfDay(AMSTERDAM),
                spring.plusDays(1).atStartOfDay(AMSTERDAM)), "clocks go forward that night");
        assertEquals(Duration.ofHours(25), Duration.between(autumn.atStartOfDay(AMSTERDAM),
                autumn.plusDays(1).atStartOfDay(AMSTERDAM)), "clocks go back that night");

        WebinarsFixture.Forms forms = fixture.forms(fixture.organiser());
        String springWeek = forms.week("Voorjaar", true, "2026-03-23", "2026-03-29");
        String autumnWeek = forms.week("Najaar", true, "2026-10-19", "2026-10-25");
        String springSession = forms.session(springWeek,
                sessionInput("Zomertijd", LocalDateTime.of(2026, 3, 29, 10, 0), 10));
        String autumnSession = forms.session(autumnWeek,
                sessionInput("Wintertijd", LocalDateTime.of(2026, 10, 25, 10, 0), 10));

        Instant springStart = LocalDateTime.of(2026, 3, 29, 10, 0).atZone(AMSTERDAM).toInstant();
        Instant springDay = runAt(springSession, Reminders.Moment.DAY);
        assertEquals(LocalDateTime.of(2026, 3, 28, 10, 0).atZone(AMSTERDAM).toInstant(), springDay,
                "Saturday 10:00 in Amsterdam");
        assertEquals(Instant.parse("2026-03-28T09:00:00Z"), springDay);
        assertEquals(Duration.ofHours(23), Duration.between(springDay, springStart));
        assertEquals(springStart.minus(Duration.ofHours(1)), runAt(springSession, Reminders.Moment.HOUR));

        Instant autumnStart = LocalDateTime.of(2026, 10, 25, 10, 0).atZone(AMSTERDAM).toInstant();
        Instant autumnDay = runAt(autumnSession, Reminders.Moment.DAY);
        assertEquals(LocalDateTime.of(2026, 10, 24, 10, 0).atZone(AMSTERDAM).toInstant(), autumnDay,
                "Saturday 10:00 in Amsterdam");
        assertEquals(Instant.parse("2026-10-24T08:00:00Z"), autumnDay);
        assertEquals(Duration.ofHours(25), Duration.between(autumnDay, autumnStart));
        assertEquals(autumnStart.minus(Duration.ofHours(1)), runAt(autumnSession, Reminders.Moment.HOUR));
    }

    @Test
    void remindersOfEveryComingSessionArePlannedAgainAtEachStart() {
        // Straight through the repository: no listener was told, so no reminders are planned yet.
        Week week = fixture.week("Jong geleerd", true);
        Session coming = fixture.session(week, "Jongeren werven").create();                     // 10 March 14:00
        Session today = fixture.session(week, "Vanmiddag").at(LocalDateTime.of(2026, 3, 2, 14, 0)).create();
        Session calledOff = fixture.session(week, "Afgelast").create();
        fixture.programme().cancelSession(calledOff.id());
        Session past = fixture.session(week, "Al geweest").at(LocalDateTime.of(2026, 3, 2, 8, 0)).create();
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM plein_jobs WHERE owner = 'webinars' AND kind = ?",
                Reminders.KIND));

        plein.testPlein().restart();
        assertEquals(List.of(Reminders.key(coming.id(), 0, Reminders.Moment.DAY),
                Reminders.key(coming.id(), 0, Reminders.Moment.HOUR)), pendingKeys(coming));
        assertEquals(coming.startsAt().minus(Duration.ofDays(1)), runAt(coming.id(), Reminders.Moment.DAY));
        assertEquals(coming.startsAt().minus(Duration.ofHours(1)), runAt(coming.id(), Reminders.Moment.HOUR));
        assertEquals(List.of(Reminders.key(today.id(), 0, Reminders.Moment.HOUR)), pendingKeys(today),
                "a day before has passed already");
        assertEquals(List.of(), pendingKeys(calledOff));
        assertEquals(List.of(), pendingKeys(past));

        // Another start plans nothing twice.
        plein.testPlein().restart();
        assertEquals(3, fixture.count("SELECT COUNT(*) FROM plein_jobs WHERE owner = 'webinars' AND kind = ?",
                Reminders.KIND));
    }

    private Instant runAt(String sessionId, Reminders.Moment moment) {
        return Instant.ofEpochMilli(Long.parseLong(fixture.single(
                "SELECT run_at FROM plein_jobs WHERE owner = 'webinars' AND kind = ? AND job_key = ? "
                        + "AND status = 'pending'", Reminders.KIND, Reminders.key(sessionId, 0, moment))));
    }

    private List<String> pendingKeys(Session session) {
        return plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT job_key FROM plein_jobs WHERE owner = 'webinars' AND kind = :kind AND status = 'pending'
                           AND job_key LIKE :session ORDER BY run_at""")
                .bind("kind", Reminders.KIND).bind("session", session.id() + "-%").mapTo(String.class).list());
    }
}
