package nl.plein.expeditions.dashboard;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Messages;
import nl.plein.api.Permission;
import nl.plein.api.Visitor;
import nl.plein.expeditions.ExpeditionPermissions;
import nl.plein.expeditions.expedition.ExpeditionForm;
import nl.plein.expeditions.expedition.TargetGroup;

/**
 * The programme as a whole: {@code /expeditions/programme} (the programme manager's overview of every
 * expedition), {@code /expeditions/programme.csv} (its export, one row per expedition and organisation) and
 * {@code /expeditions/figures} (totals only, for observers such as funders: no names of organisations or people).
 * Templates: {@code expeditions/dashboard/programme} and {@code expeditions/dashboard/figures}.
 *
 * <p>The routes declare their permission, and each handler checks it again: these paths share their first segment
 * with {@code /expeditions/{id}}, so a handler must not depend on where in the route table it ends up.
 */
public final class ProgrammePages {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ProgrammeFigures figures;
    private final Directory directory;
    private final Messages messages;
    private final Clock clock;

    public ProgrammePages(ProgrammeFigures figures, Directory directory, Messages messages, Clock clock) {
        this.figures = figures;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    public void overview(Context ctx) {
        Locale locale = require(ctx, ExpeditionPermissions.MANAGE_PROGRAMME);
        ProgrammeFilter filter = ProgrammeFilter.of(ctx);
        int page = nl.plein.api.form.Paging.page(ctx);
        List<ProgrammeFigures.ExpeditionSummary> expeditions = figures.page(filter, page);
        ProgrammeFigures.Totals totals = figures.totals(filter);
        Map<String, Object> model = common(filter, totals, figures.newFaces(filter), locale);
        model.put("expeditions", expeditions.stream().limit(ProgrammeFigures.PAGE_SIZE).toList());
        model.put("page", page);
        model.put("pages", Math.max(1, (totals.expeditions() + ProgrammeFigures.PAGE_SIZE - 1) / ProgrammeFigures.PAGE_SIZE));
        model.put("hasNext", expeditions.size() > ProgrammeFigures.PAGE_SIZE);
        ctx.render("expeditions/dashboard/programme", model);
    }

    public void figures(Context ctx) {
        Locale locale = require(ctx, ExpeditionPermissions.OBSERVE);
        ProgrammeFilter filter = ProgrammeFilter.of(ctx);
        Map<String, Object> model = common(filter, figures.totals(filter), figures.newFaces(filter), locale);
        model.put("mayManage", Visitor.of(ctx).may(ExpeditionPermissions.MANAGE_PROGRAMME));
        ctx.render("expeditions/dashboard/figures", model);
    }

    /**
     * The export. Dutch spreadsheets expect a semicolon between fields (the comma is their decimal sign), English
     * ones a comma; the byte order mark tells Excel the file is UTF-8, so accents and quotes survive.
     */
    public void export(Context ctx) {
        Locale locale = require(ctx, ExpeditionPermissions.MANAGE_PROGRAMME);
        ProgrammeFilter filter = ProgrammeFilter.of(ctx);
        List<ProgrammeFigures.ExportRow> rows = figures.export(filter);
        // Core's directory looks organisations up one at a time; an organisation in several expeditions is looked
        // up once.
        Map<String, String> names = new HashMap<>();
        CsvWriter csv = new CsvWriter(separator(locale)).row(List.of(t(locale, "expeditions.dashboard.csv.expedition"),
                t(locale, "expeditions.field.region"), t(locale, "expeditions.field.province"),
                t(locale, "expeditions.dashboard.csv.focus"), t(locale, "expeditions.field.starts-on"),
                t(locale, "expeditions.dashboard.csv.organisation"), t(locale, "expeditions.dashboard.csv.baseline-volunteers"),
                t(locale, "expeditions.dashboard.csv.plan"), t(locale, "expeditions.dashboard.csv.log-entries"),
                t(locale, "expeditions.dashboard.csv.new-volunteers"), t(locale, "expeditions.dashboard.csv.retained")));
        Map<String, Directory.OrganisationInfo> organisations = directory.organisations(
                rows.stream().map(ProgrammeFigures.ExportRow::organisationId).distinct().toList());
        for (ProgrammeFigures.ExportRow row : rows) {
            String name = names.computeIfAbsent(row.organisationId(), id -> organisations.containsKey(id)
                    ? organisations.get(id).name() : t(locale, "expeditions.dashboard.unknown-organisation"));
            csv.row(Arrays.asList(row.title(), row.region(), row.province(),
                    t(locale, "expeditions.target." + row.focus().code()), row.startsOn().toString(), name,
                    number(row.baselineVolunteers()), t(locale, row.plan() ? "expeditions.dashboard.yes" : "expeditions.dashboard.no"),
                    String.valueOf(row.logEntries()), number(row.newVolunteers()), number(row.retained())));
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        String file = "expedities-" + LocalDate.now(clock.withZone(AMSTERDAM)) + ".csv";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/csv; charset=utf-8").result(withBom);
    }

    private Map<String, Object> common(ProgrammeFilter filter, ProgrammeFigures.Totals totals,
                                       ProgrammeFigures.Breakdown newFaces, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("filter", filter);
        model.put("filterQuery", filter.query());
        model.put("provinces", ExpeditionForm.PROVINCES);
        model.put("targetGroups", Arrays.stream(TargetGroup.values()).map(TargetGroup::code).toList());
        model.put("years", years(filter));
        model.put("totals", totals);
        model.put("newFaces", newFaces);
        model.put("newFacesChart", newFaces.byTargetGroup().isEmpty() ? ""
                : Charts.newFaces(messages, locale, "chart-new-faces", newFaces.byTargetGroup()));
        return model;
    }

    /** The years with expeditions, and the chosen one even when none started in it (the filter stays visible). */
    private List<Integer> years(ProgrammeFilter filter) {
        List<Integer> years = new ArrayList<>(figures.years());
        if (filter.year() != null && !years.contains(filter.year())) {
            years.add(filter.year());
            years.sort((a, b) -> b - a);
        }
        return years;
    }

    /** The visitor's language, once they turn out to hold the permission; refused otherwise. */
    private static Locale require(Context ctx, Permission permission) {
        Visitor visitor = Visitor.of(ctx);
        if (!visitor.may(permission)) throw new ForbiddenResponse();
        return visitor.locale();
    }

    private static char separator(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? ';' : ',';
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private String t(Locale locale, String key) {
        return messages.get(locale, key);
    }

}
