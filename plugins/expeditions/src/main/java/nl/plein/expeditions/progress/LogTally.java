package nl.plein.expeditions.progress;

import java.time.LocalDate;

/** How many entries an organisation wrote in its logbook, and the day of the latest (null when none). */
public record LogTally(int entries, LocalDate lastOn) {
}
