package nl.plein.expeditions.dashboard;

import java.time.LocalDate;

/**
 * Where one taking-part organisation stands in the five steps of an expedition: baseline, plan, assignments, log
 * and final measurement.
 *
 * @param baselineVolunteers volunteers at the baseline, or null when there is no baseline yet
 * @param handedIn           assignments of the expedition this organisation handed in
 * @param assignments        assignments of the expedition
 * @param lastLogOn          the day of its latest log entry, or null without one
 * @param newVolunteers      new volunteers over all target groups at the final measurement, or null without one
 * @param retained           of those, retained, or null without a final measurement
 */
public record OrganisationProgress(String organisationId, String name, Integer baselineVolunteers, boolean plan,
                                   int handedIn, int assignments, int logEntries, LocalDate lastLogOn,
                                   Integer newVolunteers, Integer retained) {

    public static final int STEPS = 5;

    public boolean baseline() {
        return baselineVolunteers != null;
    }

    public boolean finalMeasurement() {
        return newVolunteers != null;
    }

    /** Every assignment handed in; an expedition without assignments has nothing to hand in, so none is done. */
    public boolean assignmentsDone() {
        return assignments > 0 && handedIn >= assignments;
    }

    public int stepsDone() {
        return (baseline() ? 1 : 0) + (plan ? 1 : 0) + (assignmentsDone() ? 1 : 0) + (logEntries > 0 ? 1 : 0)
                + (finalMeasurement() ? 1 : 0);
    }

    /** Per step how much is done, for the picture: the assignments step fills as they are handed in. */
    double[] done() {
        double assignmentShare = assignments == 0 ? 0 : Math.min(1, (double) handedIn / assignments);
        return new double[] {baseline() ? 1 : 0, plan ? 1 : 0, assignmentShare, logEntries > 0 ? 1 : 0,
                finalMeasurement() ? 1 : 0};
    }

    OrganisationProgress named(String value) {
        return new OrganisationProgress(organisationId, value, baselineVolunteers, plan, handedIn, assignments,
                logEntries, lastLogOn, newVolunteers, retained);
    }
}
