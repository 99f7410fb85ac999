package nl.plein.expeditions.dashboard;

import java.util.List;
import java.util.Locale;
import nl.plein.api.Messages;

/** The pictures the dashboard pages share, with their words from the plugin's bundle. */
final class Charts {

    private Charts() {
    }

    /** New volunteers and, beside them, those retained, per target group. */
    static String newFaces(Messages messages, Locale locale, String id, List<NewFaces> figures) {
        List<BarChart.Category> categories = figures.stream()
                .map(f -> new BarChart.Category(label(messages, locale, f), f.newVolunteers(), f.retained()))
                .toList();
        return BarChart.grouped(id, messages.get(locale, "expeditions.dashboard.new-faces.chart-title"),
                messages.get(locale, "expeditions.dashboard.new-faces.chart-desc"),
                List.of(messages.get(locale, "expeditions.dashboard.series.new"),
                        messages.get(locale, "expeditions.dashboard.series.retained")),
                categories, locale);
    }

    static String label(Messages messages, Locale locale, NewFaces figures) {
        return figures.labelKey() == null ? figures.targetGroup() : messages.get(locale, figures.labelKey());
    }
}
