package nl.plein.goodbusy.impact;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Messages;
import nl.plein.api.PluginContext;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.GoodBusyPermissions;
import nl.plein.goodbusy.Rows;
import nl.plein.goodbusy.Sides;
import nl.plein.goodbusy.profile.CompanyProfile;

/**
 * {@code GET /goodbusy/companies/{org}/impact} (+ {@code .csv}, {@code .pdf}): a company's volunteering in a year, for
 * its coordinators and community managers. A company's figures are its own business: its employees, other companies
 * and brokers do not see them.
 */
final class CompanyImpactPages {

    private final GoodBusy goodBusy;
    private final PluginContext context;
    private final ImpactRepository repository;

    CompanyImpactPages(GoodBusy goodBusy, ImpactRepository repository) {
        this.goodBusy = goodBusy;
        this.context = goodBusy.context();
        this.repository = repository;
    }

    void page(Context ctx) {
        OrganisationInfo company = company(ctx);
        Locale locale = Visitor.of(ctx).locale();
        int year = ImpactYear.chosen(ctx.queryParam("year"), context.clock());
        ImpactReport report = report(company, year, locale);
        Messages messages = context.messages();
        String chart = HoursChart.svg("hours-chart",
                messages.get(locale, "goodbusy.impact.chart.title", report.year()),
                report.approvedMinutes() == 0
                        ? messages.get(locale, "goodbusy.impact.chart.description-empty", report.year())
                        : messages.get(locale, "goodbusy.impact.chart.description", report.year(),
                                report.approvedHours(), busiest(report)),
                report.months(), messages.get(locale, "goodbusy.impact.chart.y-axis"),
                messages.get(locale, "goodbusy.impact.chart.x-axis"), locale);
        String base = "/goodbusy/companies/" + company.id() + "/impact";
        Map<String, Object> model = new HashMap<>();
        model.put("company", company);
        model.put("report", report);
        model.put("chart", chart);
        model.put("previousYear", year > ImpactYear.FIRST ? String.valueOf(year - 1) : null);
        model.put("nextYear", year < ImpactYear.current(context.clock()) ? String.valueOf(year + 1) : null);
        model.put("base", base);
        model.put("csvUrl", base + ".csv?year=" + year);
        model.put("pdfUrl", base + ".pdf?year=" + year);
        ctx.render("goodbusy/impact/company", model);
    }

    /**
     * One row per approved registration rather than per month: a CSR report groups hours by month, by organisation,
     * by cause or by form, and one row per registration lets the company pivot any of those in its spreadsheet while
     * the sums stay exactly the dashboard's. Employees are not named (the report needs hours, not who): each gets a
     * number within the file, so participants can still be counted.
     */
    void csv(Context ctx) {
        OrganisationInfo company = company(ctx);
        Locale locale = Visitor.of(ctx).locale();
        Messages messages = context.messages();
        int year = ImpactYear.chosen(ctx.queryParam("year"), context.clock());
        List<ImpactRepository.Entry> entries = repository.approvedEntries(company.id(), year);
        Map<String, OrganisationInfo> organisations = context.directory().organisations(
                entries.stream().map(ImpactRepository.Entry::organisationId).distinct().toList());
        ReportCsv csv = new ReportCsv(locale).row(List.of(
                messages.get(locale, "goodbusy.impact.csv.date"), messages.get(locale, "goodbusy.impact.csv.month"),
                messages.get(locale, "goodbusy.impact.column.organisation"),
                messages.get(locale, "goodbusy.impact.csv.request"),
                messages.get(locale, "goodbusy.impact.column.cause"), messages.get(locale, "goodbusy.impact.csv.form"),
                messages.get(locale, "goodbusy.impact.column.hours"),
                messages.get(locale, "goodbusy.impact.csv.minutes"),
                messages.get(locale, "goodbusy.impact.csv.participant")));
        Map<String, Integer> participants = new LinkedHashMap<>();
        for (ImpactRepository.Entry entry : entries) {
            OrganisationInfo organisation = organisations.get(entry.organisationId());
            String participant = entry.personId() == null
                    ? messages.get(locale, "goodbusy.impact.csv.erased-participant")
                    : messages.get(locale, "goodbusy.impact.csv.participant-number",
                            String.valueOf(participants.computeIfAbsent(entry.personId(),
                                    id -> participants.size() + 1)));
            csv.row(List.of(entry.workedOn(), entry.workedOn().substring(0, Math.min(7, entry.workedOn().length())),
                    organisation != null ? organisation.name()
                            : messages.get(locale, "goodbusy.impact.unknown-organisation"),
                    entry.requestTitle(), messages.get(locale, "goodbusy.cause." + entry.cause()),
                    messages.get(locale, "goodbusy.form." + entry.form()), Hours.plain(entry.minutes(), locale),
                    String.valueOf(entry.minutes()), participant));
        }
        csv.send(ctx, "good-busy-impact-" + year + ".csv");
    }

    void pdf(Context ctx) {
        OrganisationInfo company = company(ctx);
        Locale locale = Visitor.of(ctx).locale();
        int year = ImpactYear.chosen(ctx.queryParam("year"), context.clock());
        byte[] pdf = ImpactPdf.write(report(company, year, locale),
                LocalDate.now(context.clock().withZone(ImpactYear.AMSTERDAM)), context.messages(), locale);
        ctx.header("Content-Disposition", "attachment; filename=\"good-busy-impact-" + year + ".pdf\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType("application/pdf").result(pdf);
    }

    /** The company in the path, if the visitor may see its figures: 404 when it is no company, 403 when not theirs. */
    private OrganisationInfo company(Context ctx) {
        String id = ctx.pathParam("org");
        if (!Rows.plausibleId(id)) throw new NotFoundResponse();
        OrganisationInfo company = context.directory().organisation(id)
                .filter(o -> Sides.EMPLOYER.equals(o.kind())).orElseThrow(NotFoundResponse::new);
        Visitor visitor = Visitor.of(ctx);
        if (!goodBusy.sides().coordinatesCompany(visitor, id) && !visitor.may(GoodBusyPermissions.MANAGE)) {
            throw new ForbiddenResponse();
        }
        return company;
    }

    private ImpactReport report(OrganisationInfo company, int year, Locale locale) {
        Integer budget = goodBusy.profiles().company(company.id()).map(CompanyProfile::hoursBudget).orElse(null);
        CompanyImpact impact = repository.company(company.id(), year, budget);
        Map<String, OrganisationInfo> organisations = context.directory().organisations(
                impact.organisations().stream().map(CompanyImpact.Share::key).toList());
        return ImpactReport.of(impact, company.name(), organisations, context.messages(), locale);
    }

    /** The month with the most hours, for the chart's description. */
    private static String busiest(ImpactReport report) {
        return report.months().stream().max(java.util.Comparator.comparingLong(ImpactReport.Figure::minutes))
                .map(m -> m.label() + " (" + m.hours() + ")").orElse("");
    }
}
