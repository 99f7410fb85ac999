package nl.plein.expeditions.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The group's totals under the dashboard's table, added up from its rows.
 *
 * @param expectedHandIns assignments times organisations: what the group would hand in if everyone did everything
 */
public record GroupTotals(int organisations, int baselines, int baselineVolunteers, int plans, int handedIn,
                          int expectedHandIns, int logEntries, LocalDate lastLogOn, int finalMeasurements,
                          int newVolunteers, int retained) {

    static GroupTotals of(List<OrganisationProgress> rows) {
        int baselines = 0, baselineVolunteers = 0, plans = 0, handedIn = 0, expected = 0, log = 0, measured = 0;
        int newVolunteers = 0, retained = 0;
        LocalDate last = null;
        for (OrganisationProgress row : rows) {
            if (row.baseline()) {
                baselines++;
                baselineVolunteers += row.baselineVolunteers();
            }
            if (row.plan()) plans++;
            handedIn += Math.min(row.handedIn(), row.assignments());
            expected += row.assignments();
            log += row.logEntries();
            if (row.lastLogOn() != null && (last == null || row.lastLogOn().isAfter(last))) last = row.lastLogOn();
            if (row.finalMeasurement()) {
                measured++;
                newVolunteers += row.newVolunteers();
                retained += row.retained();
            }
        }
        return new GroupTotals(rows.size(), baselines, baselineVolunteers, plans, handedIn, expected, log, last,
                measured, newVolunteers, retained);
    }
}
