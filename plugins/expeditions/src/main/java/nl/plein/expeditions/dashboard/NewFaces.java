package nl.plein.expeditions.dashboard;

import nl.plein.expeditions.expedition.TargetGroup;

/**
 * New volunteers found in one target group at the final measurement, and how many of them stayed.
 *
 * @param targetGroup the code as stored ({@code young-people} …); see {@link TargetGroup}
 */
public record NewFaces(String targetGroup, int newVolunteers, int retained) {

    /** The message key of the target group's label, or null for a code this version does not know. */
    public String labelKey() {
        return TargetGroup.of(targetGroup).map(g -> "expeditions.target." + g.code()).orElse(null);
    }

    /** Orders by the target groups' own order; unknown codes last. */
    int rank() {
        return TargetGroup.of(targetGroup).map(Enum::ordinal).orElse(TargetGroup.values().length);
    }

    NewFaces plus(int moreNew, int moreRetained) {
        return new NewFaces(targetGroup, newVolunteers + moreNew, retained + moreRetained);
    }
}
