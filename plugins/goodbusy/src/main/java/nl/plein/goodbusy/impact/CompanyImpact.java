package nl.plein.goodbusy.impact;

import java.util.List;

/**
 * A company's volunteering in one calendar year, as counted from the hours its employees registered: only hours the
 * social organisation approved count, so the figures are what both sides agree happened.
 *
 * @param minutesByMonth  approved minutes per month, January first (always twelve)
 * @param pendingMinutes  registered this year and still waiting for the organisation's approval (not in the totals)
 * @param organisations   approved minutes per organisation helped, most first
 * @param causes          approved minutes per cause of the requests worked on, most first
 * @param participants    distinct employees with approved hours (people who erased their account are no longer
 *                        known apart, so they are not counted)
 * @param matchesAgreed   matches with an agreement in this year that are agreed (the work is still to come or going on)
 * @param matchesDone     matches with an agreement in this year that are done
 * @param hoursBudget     the company's yearly hours budget from its profile, or null without a profile
 */
public record CompanyImpact(String companyId, int year, List<Long> minutesByMonth, long pendingMinutes,
                            List<Share> organisations, List<Share> causes, int participants, int matchesAgreed,
                            int matchesDone, Integer hoursBudget) {

    /** Minutes for one organisation, cause or company. */
    public record Share(String key, long minutes) {
    }

    public long approvedMinutes() {
        return minutesByMonth.stream().mapToLong(Long::longValue).sum();
    }
}
