package nl.plein.webinars.calendar;

import static nl.plein.webinars.WebinarsFixture.events;
import static nl.plein.webinars.WebinarsFixture.parse;
import static nl.plein.webinars.WebinarsFixture.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;
import nl.plein.api.Messages;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionStatus;
import org.junit.jupiter.api.Test;

/** The calendar file itself, without a server: the zone definition, on any thread, and the file names. */
class SessionCalendarTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Messages KEYS = (locale, key, args) -> key;

    @Test
    void everySessionTimeAroundTheClockChangesOfTheComingYearsReadsBackAsTheSameInstant() {
        List<SessionCalendar.Entry> entries = new ArrayList<>();
        for (int year = 2026; year <= 2045; year++) {
            for (int month : new int[] {3, 10}) {
                LocalDate change = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
                for (LocalDate day : List.of(change.minusDays(1), change, change.plusDays(1))) {
                    for (int hour = 0; hour < 24; hour++) {
                        // On the night the clocks go back, 02:00-03:00 happens twice; a local time with a TZID means
                        // the first (RFC 5545). No session starts then, so that hour is left out.
                        if (month == 10 && day.equals(change) && hour == 2) continue;
                        Instant start = LocalDateTime.of(day, LocalTime.of(hour, 30)).atZone(AMSTERDAM).toInstant();
                        entries.add(new SessionCalendar.Entry(session("s" + entries.size(), start),
                                SessionCalendar.Place.SEAT));
                    }
                }
            }
        }
        String ics = new String(calendar().write(entries, Locale.forLanguageTag("nl")), StandardCharsets.UTF_8);
        List<VEvent> events = events(parse(ics));
        assertEquals(entries.size(), events.size());
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(entries.get(i).session().startsAt(), start(events.get(i)), events.get(i).toString());
        }
        assertTrue(ics.contains("BEGIN:DAYLIGHT\r\nTZNAME:CEST\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                + "DTSTART:19960331T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT"), ics);
        assertTrue(ics.contains("BEGIN:STANDARD\r\nTZNAME:CET\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                + "DTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD"), ics);
    }

    @Test
    void rulesOfOtherShapesBecomeTheRightRecurrence() {
        assertEquals(List.of("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
                ZoneId.of("America/New_York").getRules().getTransitionRules().stream().map(ZoneDefinition::recurrence)
                        .toList());
        String tokyo = ZoneDefinition.of(ZoneId.of("Asia/Tokyo")).toString();
        assertTrue(tokyo.contains("TZOFFSETTO:+0900"), tokyo);
        assertFalse(tokyo.contains("RRULE"), "no daylight saving, no rules");
    }

    @Test
    void writesTheZoneOnAThreadWhoseContextLoaderKnowsNoIcal4jAndPutsItBack() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader bare = ClassLoader.getPlatformClassLoader();
        thread.setContextClassLoader(bare);
        try {
            String ics = new String(calendar().write(List.of(new SessionCalendar.Entry(session("a",
                    Instant.parse("2026-06-01T08:00:00Z")), SessionCalendar.Place.WAITING)), Locale.ENGLISH),
                    StandardCharsets.UTF_8);
            assertSame(bare, thread.getContextClassLoader());
            assertTrue(ics.contains("DTSTART;TZID=Europe/Amsterdam:20260601T100000"), ics);
            assertTrue(ics.contains("STATUS:TENTATIVE"));
            assertTrue(ics.contains("SUMMARY:webinars.calendar.summary.waiting"), "the mark for the waiting list");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void fileNamesAreSafeAndReadable() {
        assertEquals("vrijwilligers-werven-op-school.ics", FileNames.ics("Vrijwilligers werven op school"));
        assertEquals("een-sessie-voor-cafe-s-zo.ics", FileNames.ics("Één sessie vóór café's & zo?"));
        assertEquals("sessie.ics", FileNames.ics("   ...   "));
        assertEquals("sessie.ics", FileNames.ics("日本語"));
        String longName = FileNames.ics("woord ".repeat(40));
        assertTrue(longName.length() <= 64 && longName.endsWith("woord.ics"), longName);
        assertEquals("a-b.ics", FileNames.ics("a/..\\b\r\n"));
    }

    private static SessionCalendar calendar() {
        return new SessionCalendar(URI.create("https://plein.example"), Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"),
                ZoneOffset.UTC), KEYS);
    }

    private static Session session(String title, Instant start) {
        return new Session(UUID.randomUUID().toString(), "week", title, "", start, start.plus(Duration.ofHours(1)),
                "https://meet.example.org/x", 10, "nl", new Session.Accessibility(false, false, false, ""),
                SessionStatus.PLANNED, null, 0, null, null, null, List.of(), List.of(), 0, 0);
    }
}
