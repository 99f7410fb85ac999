package nl.plein.goodbusy.impact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.plein.api.Messages;
import nl.plein.goodbusy.impact.ImpactReport.Figure;

/**
 * The impact report a company hands in with its CSR report: the year's totals, hours by month, the organisations
 * helped and the causes, in the visitor's language. The same {@link ImpactReport} as the dashboard, so the figures
 * match to the minute.
 */
final class ImpactPdf {

    private ImpactPdf() {
    }

    static byte[] write(ImpactReport report, LocalDate madeOn, Messages messages, Locale locale) {
        String title = messages.get(locale, "goodbusy.impact.pdf.title", report.year());
        try (PdfPages pdf = new PdfPages(title + " — " + report.company(), locale.getLanguage())) {
            pdf.title(title).subtitle(report.company())
                    .subtitle(messages.get(locale, "goodbusy.impact.pdf.made-on",
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(madeOn)));

            pdf.heading(messages.get(locale, "goodbusy.impact.totals"));
            pdf.row(messages.get(locale, "goodbusy.impact.approved-hours"), report.approvedHours(), false);
            pdf.row(messages.get(locale, "goodbusy.impact.budget"), report.budgetHours() == null
                    ? messages.get(locale, "goodbusy.impact.no-budget")
                    : messages.get(locale, "goodbusy.impact.budget-used", report.approvedHours(),
                            report.budgetHours()), false);
            pdf.row(messages.get(locale, "goodbusy.impact.organisations-helped"),
                    String.valueOf(report.organisations().size()), false);
            pdf.row(messages.get(locale, "goodbusy.impact.participants"), String.valueOf(report.participants()),
                    false);
            pdf.row(messages.get(locale, "goodbusy.impact.matches-done"), String.valueOf(report.matchesDone()), false);
            pdf.row(messages.get(locale, "goodbusy.impact.matches-agreed"), String.valueOf(report.matchesAgreed()),
                    false);
            if (report.pendingMinutes() > 0) {
                pdf.paragraph(messages.get(locale, "goodbusy.impact.pending", report.pendingHours()));
            }

            pdf.heading(messages.get(locale, "goodbusy.impact.by-month"));
            pdf.row(messages.get(locale, "goodbusy.impact.column.month"),
                    messages.get(locale, "goodbusy.impact.column.hours"), true);
            for (Figure month : report.months()) pdf.row(month.label(), month.hours(), false);
            pdf.row(messages.get(locale, "goodbusy.impact.column.total"), report.approvedHours(), true);

            pdf.heading(messages.get(locale, "goodbusy.impact.organisations"));
            if (report.organisations().isEmpty()) {
                pdf.paragraph(messages.get(locale, "goodbusy.impact.organisations.none"));
            } else {
                pdf.row(messages.get(locale, "goodbusy.impact.column.organisation"),
                        messages.get(locale, "goodbusy.impact.column.hours"), true);
                for (Figure organisation : report.organisations()) {
                    pdf.row(organisation.label(), organisation.hours(), false);
                }
            }

            pdf.heading(messages.get(locale, "goodbusy.impact.causes"));
            if (report.causes().isEmpty()) {
                pdf.paragraph(messages.get(locale, "goodbusy.impact.causes.none"));
            } else {
                pdf.row(messages.get(locale, "goodbusy.impact.column.cause"),
                        messages.get(locale, "goodbusy.impact.column.hours"), true);
                for (Figure cause : report.causes()) pdf.row(cause.label(), cause.hours(), false);
            }

            pdf.heading(messages.get(locale, "goodbusy.impact.pdf.about"));
            pdf.paragraph(messages.get(locale, "goodbusy.impact.explained"));
            return pdf.bytes();
        }
    }
}
