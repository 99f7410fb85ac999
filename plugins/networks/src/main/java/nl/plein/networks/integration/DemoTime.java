package nl.plein.networks.integration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Now" for the demo, from the platform clock, and moments relative to it in the platform's zone. */
record DemoTime(LocalDate today, Instant now) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static DemoTime of(Clock clock) {
        return new DemoTime(LocalDate.now(clock.withZone(AMSTERDAM)), clock.instant());
    }

    /** That day at that time, Amsterdam. */
    Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(AMSTERDAM).toInstant();
    }

    /** A number of days back (negative: ahead), at ten in the morning. */
    Instant daysAgo(int days) {
        return at(today.minusDays(days), 10, 0);
    }

    LocalDate day(int daysFromToday) {
        return today.plusDays(daysFromToday);
    }
}
