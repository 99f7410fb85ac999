package nl.plein.networks.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Meetings are stored as instants; people enter and read them as Amsterdam wall-clock dates and times (the platform's
 * zone), whatever zone the server runs in.
 */
final class Amsterdam {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** 24-hour clock in both languages: "14:00" reads the same in Dutch and English. */
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED_CLOCK = DateTimeFormatter.ofPattern("H:mm");

    private Amsterdam() {
    }

    static LocalDate date(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    static String time(Instant instant) {
        return instant.atZone(ZONE).toLocalTime().format(CLOCK);
    }

    /** The instant of that Amsterdam date and time; in the spring-forward gap it moves an hour later, as clocks do. */
    static Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    static LocalDate today(Clock clock) {
        return date(clock.instant());
    }

    /** An ISO date as a date input sends it ({@code 2026-03-10}); empty for anything else. */
    static Optional<LocalDate> parseDate(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Hours and minutes as a time input sends them ({@code 14:00}, also {@code 9:30}); empty for anything else. */
    static Optional<LocalTime> parseTime(String value) {
        if (value == null || !value.matches("\\d{1,2}:\\d{2}")) return Optional.empty();
        try {
            return Optional.of(LocalTime.parse(value, TYPED_CLOCK));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
