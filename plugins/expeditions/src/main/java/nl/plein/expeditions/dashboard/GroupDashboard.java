package nl.plein.expeditions.dashboard;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Messages;
import nl.plein.api.Visitor;
import nl.plein.expeditions.expedition.ExpeditionAccess;
import nl.plein.expeditions.expedition.ExpeditionPages;

/**
 * {@code /expeditions/{id}/dashboard}: the leader's view of the whole group — per organisation how far it got
 * through the five steps, the totals, and two pictures (progress per organisation; new faces per target group),
 * each followed by a table with the same figures. Template: {@code expeditions/dashboard/group}.
 *
 * <p>For the expedition's leaders and whoever oversees the programme. To anyone who cannot see inside the
 * expedition it does not exist (404); participants see inside but the group's figures are not theirs (403).
 */
public final class GroupDashboard {

    private final GroupProgress progress;
    private final ExpeditionPages pages;
    private final Directory directory;
    private final Messages messages;

    public GroupDashboard(GroupProgress progress, ExpeditionPages pages, Directory directory, Messages messages) {
        this.progress = progress;
        this.pages = pages;
        this.directory = directory;
        this.messages = messages;
    }

    public void show(Context ctx) {
        ExpeditionAccess.Standing standing = pages.standing(ctx);
        if (!standing.maySeeInside()) throw new NotFoundResponse();
        if (!standing.leader() && !standing.overseer()) throw new ForbiddenResponse();
        String id = standing.expedition().id();
        Locale locale = Visitor.of(ctx).locale();

        // The figures come from two statements and the names from one lookup, whatever the group's size.
        Collator collator = Collator.getInstance(locale);
        List<OrganisationProgress> progressRows = progress.organisations(id);
        Map<String, Directory.OrganisationInfo> names = directory.organisations(
                progressRows.stream().map(OrganisationProgress::organisationId).toList());
        List<OrganisationProgress> rows = progressRows.stream()
                .map(row -> row.named(names.containsKey(row.organisationId()) ? names.get(row.organisationId()).name()
                        : t(locale, "expeditions.dashboard.unknown-organisation")))
                .sorted(Comparator.comparing(OrganisationProgress::name, collator))
                .toList();
        List<NewFaces> newFaces = progress.newFaces(id);

        Map<String, Object> model = new HashMap<>();
        model.put("expedition", standing.expedition());
        model.put("standing", standing);
        model.put("rows", rows);
        model.put("totals", GroupTotals.of(rows));
        model.put("steps", OrganisationProgress.STEPS);
        model.put("newFaces", newFaces);
        model.put("progressChart", rows.isEmpty() ? "" : progressChart(locale, rows));
        model.put("newFacesChart", newFaces.isEmpty() ? "" : Charts.newFaces(messages, locale, "chart-new-faces", newFaces));
        ctx.render("expeditions/dashboard/group", model);
    }

    private String progressChart(Locale locale, List<OrganisationProgress> rows) {
        List<String> steps = List.of(t(locale, "expeditions.dashboard.step.baseline"),
                t(locale, "expeditions.dashboard.step.plan"), t(locale, "expeditions.dashboard.step.assignments"),
                t(locale, "expeditions.dashboard.step.log"), t(locale, "expeditions.dashboard.step.final"));
        List<BarChart.Row> bars = rows.stream().map(row -> new BarChart.Row(row.name(), row.done(),
                messages.get(locale, "expeditions.dashboard.steps-done", row.stepsDone(), OrganisationProgress.STEPS)))
                .toList();
        return BarChart.segmented("chart-progress", t(locale, "expeditions.dashboard.progress.chart-title"),
                t(locale, "expeditions.dashboard.progress.chart-desc"), steps, bars);
    }

    private String t(Locale locale, String key) {
        return messages.get(locale, key);
    }
}
