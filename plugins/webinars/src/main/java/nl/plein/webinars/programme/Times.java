package nl.plein.webinars.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Sessions are stored as instants; people enter and read them as Amsterdam wall-clock dates and times. */
final class Times {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** 24-hour clock in both languages: the programme is Dutch, and "14:00" reads the same in English. */
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {
    }

    static LocalDate date(Instant instant) {
        return instant.atZone(AMSTERDAM).toLocalDate();
    }

    static String time(Instant instant) {
        return instant.atZone(AMSTERDAM).toLocalTime().format(CLOCK);
    }

    static String time(LocalTime time) {
        return time.format(CLOCK);
    }

    /** The instant of that Amsterdam date and time; in the spring-forward gap it moves an hour later, as clocks do. */
    static Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(AMSTERDAM).toInstant();
    }

    static LocalDate today(java.time.Clock clock) {
        return date(clock.instant());
    }
}
