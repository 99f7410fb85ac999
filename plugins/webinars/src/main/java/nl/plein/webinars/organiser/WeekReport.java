package nl.plein.webinars.organiser;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Messages;
import nl.plein.api.Visitor;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.Week;

/**
 * {@code GET /webinars/weeks/{week}/report} and {@code report.csv}: per session registered, waiting, attended, no-shows,
 * attendance rate and average rating, with the week's totals. Two statements whatever the number of sessions: the
 * week, then every session with its figures (see {@link FiguresRepository}).
 */
public final class WeekReport {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Webinars webinars;
    private final FiguresRepository figures;

    public WeekReport(Webinars webinars) {
        this.webinars = webinars;
        this.figures = new FiguresRepository(webinars.context().jdbi());
    }

    public void page(Context ctx) {
        Week week = week(ctx);
        List<FiguresRepository.Row> rows = figures.ofWeek(week.id());
        Map<String, Object> model = new HashMap<>();
        model.put("week", week);
        model.put("rows", rows);
        model.put("totals", totals(rows));
        ctx.render("webinars/organiser/report", model);
    }

    public void csv(Context ctx) {
        Week week = week(ctx);
        List<FiguresRepository.Row> rows = figures.ofWeek(week.id());
        Locale locale = Visitor.of(ctx).locale();
        Messages messages = webinars.context().messages();
        SpreadsheetCsv csv = new SpreadsheetCsv(locale).row(List.of(
                messages.get(locale, "webinars.organiser.report.session"),
                messages.get(locale, "webinars.organiser.report.starts"),
                messages.get(locale, "webinars.organiser.report.status"),
                messages.get(locale, "webinars.organiser.figures.registered"),
                messages.get(locale, "webinars.organiser.figures.waiting"),
                messages.get(locale, "webinars.organiser.figures.attended"),
                messages.get(locale, "webinars.organiser.figures.no-shows"),
                messages.get(locale, "webinars.organiser.figures.unknown"),
                messages.get(locale, "webinars.organiser.report.rate"),
                messages.get(locale, "webinars.organiser.figures.rating"),
                messages.get(locale, "webinars.organiser.figures.ratings")));
        for (FiguresRepository.Row row : rows) {
            csv.row(cells(row.title(), LOCAL.format(row.startsAt().atZone(RegistrationsExport.AMSTERDAM)),
                    messages.get(locale, "webinars.status." + row.status().code()), row.figures(), locale));
        }
        csv.row(cells(messages.get(locale, "webinars.organiser.report.totals"), "", "", totals(rows), locale));
        csv.send(ctx, "week-report-" + week.startsOn() + ".csv");
    }

    private static List<String> cells(String title, String starts, String status, SessionFigures f, Locale locale) {
        List<String> cells = new ArrayList<>(List.of(title, starts, status, String.valueOf(f.registered()),
                String.valueOf(f.waiting()), String.valueOf(f.attended()), String.valueOf(f.noShows()),
                String.valueOf(f.unknown())));
        cells.add(f.attendanceRate() == null ? "" : f.attendanceRate() + "%");
        // A decimal comma in Dutch, a decimal point in English, as the spreadsheet of that language reads numbers.
        cells.add(f.averageRating() == null ? ""
                : new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(f.averageRating()));
        cells.add(String.valueOf(f.ratings()));
        return cells;
    }

    private Week week(Context ctx) {
        return webinars.programme().week(ctx.pathParam("week")).orElseThrow(NotFoundResponse::new);
    }

    private static SessionFigures totals(List<FiguresRepository.Row> rows) {
        SessionFigures totals = SessionFigures.NONE;
        for (FiguresRepository.Row row : rows) totals = totals.plus(row.figures());
        return totals;
    }
}
