package nl.plein.goodbusy.impact;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Messages;
import nl.plein.goodbusy.impact.CompanyImpact.Share;

/**
 * A company's {@link CompanyImpact} in words and numbers of one language: what the page, the chart and the PDF show,
 * so all three always say the same.
 *
 * @param budgetHours     the yearly budget in hours, or null when the company has none (no profile, or zero)
 * @param budgetPercent   the share of the budget used, in steps of five and at most 100 (for the meter)
 * @param overBudget      more approved hours than the budget
 */
public record ImpactReport(String company, String year, long approvedMinutes, String approvedHours,
                           long pendingMinutes, String pendingHours, String budgetHours, int budgetPercent,
                           boolean overBudget, List<Figure> months, List<Figure> organisations, List<Figure> causes,
                           int participants, int matchesAgreed, int matchesDone) {

    /**
     * One line of figures.
     *
     * @param shortLabel a short form for the chart's axis ("jan"), the label elsewhere
     */
    public record Figure(String label, String shortLabel, long minutes, String hours) {
    }

    static ImpactReport of(CompanyImpact impact, String companyName, Map<String, OrganisationInfo> organisations,
                           Messages messages, Locale locale) {
        List<Figure> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            Month month = Month.of(m + 1);
            long minutes = impact.minutesByMonth().get(m);
            months.add(new Figure(month.getDisplayName(TextStyle.FULL_STANDALONE, locale),
                    month.getDisplayName(TextStyle.SHORT_STANDALONE, locale).replace(".", ""), minutes,
                    Hours.format(minutes, locale)));
        }
        List<Figure> helped = new ArrayList<>();
        for (Share share : impact.organisations()) {
            OrganisationInfo organisation = organisations.get(share.key());
            String name = organisation != null ? organisation.name()
                    : messages.get(locale, "goodbusy.impact.unknown-organisation");
            helped.add(new Figure(name, name, share.minutes(), Hours.format(share.minutes(), locale)));
        }
        List<Figure> causes = new ArrayList<>();
        for (Share share : impact.causes()) {
            String name = messages.get(locale, "goodbusy.cause." + share.key());
            causes.add(new Figure(name, name, share.minutes(), Hours.format(share.minutes(), locale)));
        }
        long approved = impact.approvedMinutes();
        Integer budget = impact.hoursBudget() == null || impact.hoursBudget() <= 0 ? null : impact.hoursBudget();
        int percent = budget == null ? 0
                : (int) Math.min(100, Math.round(approved / 60.0 / budget * 20) * 5);
        return new ImpactReport(companyName, String.valueOf(impact.year()), approved, Hours.format(approved, locale),
                impact.pendingMinutes(), Hours.format(impact.pendingMinutes(), locale),
                budget == null ? null : Hours.format(budget * 60L, locale), percent,
                budget != null && approved > budget * 60L, months, helped, causes, impact.participants(),
                impact.matchesAgreed(), impact.matchesDone());
    }
}
