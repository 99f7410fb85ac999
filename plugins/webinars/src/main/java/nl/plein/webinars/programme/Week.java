package nl.plein.webinars.programme;

import java.time.LocalDate;

/** A knowledge boost week: a theme and the dates its sessions fall in. Only published weeks are public. */
public record Week(String id, String theme, String description, LocalDate startsOn, LocalDate endsOn,
                   boolean published) {
}
