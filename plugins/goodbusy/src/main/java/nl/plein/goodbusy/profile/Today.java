package nl.plein.goodbusy.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar day it is for the platform: requests and offers end on a Dutch date, not a UTC one. */
public final class Today {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Today() {
    }

    public static LocalDate of(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), AMSTERDAM);
    }
}
