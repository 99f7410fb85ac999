package nl.plein.goodbusy.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar year a company's impact is shown for: {@code ?year=}, else this year in the Netherlands. */
final class ImpactYear {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Good Busy began in 2021: no hours can be older, and the "previous year" links stop there. */
    static final int FIRST = 2021;

    private ImpactYear() {
    }

    /** The year asked for; anything that is not a year from {@link #FIRST} up to this year means this year. */
    static int chosen(String value, Clock clock) {
        int current = current(clock);
        if (value == null || !value.matches("[0-9]{4}")) return current;
        int year = Integer.parseInt(value);
        return year < FIRST || year > current ? current : year;
    }

    static int current(Clock clock) {
        return LocalDate.now(clock.withZone(AMSTERDAM)).getYear();
    }
}
