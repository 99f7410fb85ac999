package nl.plein.expeditions.expedition;

import java.time.LocalDate;

/**
 * An expedition: a regional group of organisations that a leader guides for about four months.
 *
 * @param published whether outsiders may see its title, region and dates (nothing else is ever public)
 */
public record Expedition(String id, String title, String region, String province, TargetGroup focus, Format format,
                         LocalDate startsOn, LocalDate endsOn, boolean published) {
}
