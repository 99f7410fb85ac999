package nl.plein.expeditions.dashboard;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts as inline SVG, drawn on the server: no script, and no style attribute or element (the
 * Content-Security-Policy forbids inline styles), so colours are SVG presentation attributes ({@code fill},
 * {@code stroke}) and every part carries a CSS class a theme may restyle.
 *
 * <p>A chart is an image with a name and a description ({@code role="img"}, {@code <title>}, {@code <desc>}); it
 * never relies on colour alone: every bar has its figure written beside it, segments have their step named above
 * them, and the page puts a table with the same figures next to it. All text is escaped here, because the page
 * inserts the result unescaped.
 *
 * <pre>{@code
 * String svg = BarChart.grouped("new-faces", "Nieuwe gezichten per doelgroep", "De cijfers staan in de tabel.",
 *         List.of("nieuw", "behouden"), List.of(new BarChart.Category("Jongeren", 12, 8)), locale);
 * }</pre>
 */
public final class BarChart {

    /** One category of a grouped chart: its label and one value per series. */
    public record Category(String label, int... values) {
    }

    /** One row of a segmented chart: its label, per step how much is done (0 to 1), and the summary at its end. */
    public record Row(String label, double[] done, String summary) {
    }

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_AREA = 340;
    private static final int STEPS_AREA = 400;
    private static final int MAX_LABEL = 30;
    /** The theme's colours, with contrast of at least 3:1 against the page for every part that carries meaning. */
    private static final String INK = "#1b3a40";
    private static final String TRACK = "#f1e2d3";
    private static final String EDGE = "#6b7a80";
    private static final String[] FILLS = {"#b3410e", "#0d5c6b", "#51606a"};

    private BarChart() {
    }

    /**
     * Bars per category, one per series, all scaled to the largest value of the chart; each bar is followed by its
     * series' label and value (e.g. "nieuw: 12").
     */
    public static String grouped(String id, String title, String description, List<String> series,
                                 List<Category> categories, Locale locale) {
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        int max = 1;
        for (Category category : categories) {
            for (int value : category.values()) max = Math.max(max, value);
        }
        int bar = 16;
        int gap = 4;
        int groupHeight = series.size() * (bar + gap) + 14;
        int legend = 30;
        int height = legend + categories.size() * groupHeight + 6;
        StringBuilder svg = open(id, "chart chart--grouped", title, description, height);
        int x = LABEL_WIDTH;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect class=\"chart__key chart__series-").append(s + 1).append("\" x=\"").append(x)
                    .append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"").append(fill(s)).append("\"/>");
            svg.append(text("chart__legend", x + 20, 18, "start", series.get(s)));
            x += 30 + series.get(s).length() * 9;
        }
        int y = legend;
        for (Category category : categories) {
            svg.append("<g class=\"chart__group\">");
            int middle = y + (series.size() * (bar + gap) - gap) / 2 + 5;
            svg.append(text("chart__label", LABEL_WIDTH - 10, middle, "end", shorten(category.label())));
            for (int s = 0; s < series.size(); s++) {
                int value = s < category.values().length ? category.values()[s] : 0;
                int length = value <= 0 ? 0 : Math.max(2, (int) Math.round((double) value / max * BAR_AREA));
                int top = y + s * (bar + gap);
                svg.append("<rect class=\"chart__bar chart__series-").append(s + 1).append("\" x=\"")
                        .append(LABEL_WIDTH).append("\" y=\"").append(top).append("\" width=\"").append(length)
                        .append("\" height=\"").append(bar).append("\" fill=\"").append(fill(s)).append("\"/>");
                svg.append(text("chart__value", LABEL_WIDTH + length + 6, top + bar - 3, "start",
                        series.get(s) + ": " + number.format(value)));
            }
            svg.append("</g>");
            y += groupHeight;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * One bar per row, cut into one segment per step; a segment's filled part shows how much of that step is done.
     * The step names head the segments, and each bar ends with its row's summary (e.g. "3 van 5").
     */
    public static String segmented(String id, String title, String description, List<String> steps, List<Row> rows) {
        int segment = STEPS_AREA / Math.max(1, steps.size());
        int bar = 18;
        int rowHeight = bar + 10;
        int header = 26;
        int height = header + rows.size() * rowHeight + 4;
        StringBuilder svg = open(id, "chart chart--segmented", title, description, height);
        for (int s = 0; s < steps.size(); s++) {
            svg.append(text("chart__step", LABEL_WIDTH + s * segment + segment / 2, 16, "middle", steps.get(s)));
        }
        int y = header;
        for (Row row : rows) {
            svg.append("<g class=\"chart__row\">");
            svg.append(text("chart__label", LABEL_WIDTH - 10, y + bar - 4, "end", shorten(row.label())));
            for (int s = 0; s < steps.size(); s++) {
                double done = s < row.done().length ? Math.max(0, Math.min(1, row.done()[s])) : 0;
                int left = LABEL_WIDTH + s * segment;
                int width = segment - 4;
                svg.append("<rect class=\"chart__track\" x=\"").append(left).append("\" y=\"").append(y)
                        .append("\" width=\"").append(width).append("\" height=\"").append(bar).append("\" fill=\"")
                        .append(TRACK).append("\" stroke=\"").append(EDGE).append("\" stroke-width=\"1\"/>");
                int filled = (int) Math.round(done * width);
                if (filled > 0) {
                    svg.append("<rect class=\"chart__bar chart__bar--done\" x=\"").append(left).append("\" y=\"")
                            .append(y).append("\" width=\"").append(filled).append("\" height=\"").append(bar)
                            .append("\" fill=\"").append(FILLS[0]).append("\"/>");
                }
            }
            svg.append(text("chart__value", LABEL_WIDTH + steps.size() * segment + 6, y + bar - 4, "start",
                    row.summary()));
            svg.append("</g>");
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String cssClass, String title, String description, int height) {
        String safeId = id.replaceAll("[^A-Za-z0-9-]", "");
        return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass)
                .append("\" role=\"img\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId)
                .append("-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" focusable=\"false\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description)).append("</desc>");
    }

    private static String text(String cssClass, int x, int y, String anchor, String value) {
        return "<text class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" font-size=\"13\" fill=\"" + INK + "\">" + escape(value) + "</text>";
    }

    private static String fill(int series) {
        return FILLS[series % FILLS.length];
    }

    /** Long names would run into the bars; the table beside the chart has them in full. */
    static String shorten(String label) {
        if (label == null) return "";
        return label.codePointCount(0, label.length()) <= MAX_LABEL ? label
                : label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String value) {
        if (value == null) return "";
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not allowed in XML at all.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }
}
