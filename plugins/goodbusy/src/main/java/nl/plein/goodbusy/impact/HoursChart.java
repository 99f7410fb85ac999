package nl.plein.goodbusy.impact;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import nl.plein.goodbusy.impact.ImpactReport.Figure;

/**
 * Approved hours by month as a column chart in inline SVG, drawn on the server: no script and no style attribute
 * (the Content-Security-Policy forbids inline styles), so colours are presentation attributes and every part has a
 * class a theme may restyle ({@code chart__bar}, {@code chart__value}, ...; the theme's forced-colours rules use them).
 *
 * <p>It is an image with a name and a description ({@code role="img"}, {@code aria-labelledby} to its
 * {@code <title>} and {@code <desc>}). Nothing depends on colour: each column has its figure written above it, the
 * axes are labelled, and the page shows a table with the same figures beside it. All text is escaped here, because
 * the page inserts the result unescaped.
 */
final class HoursChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 340;
    private static final int LEFT = 78;
    private static final int RIGHT = 12;
    private static final int TOP = 28;
    private static final int BOTTOM = 64;
    private static final int TICKS = 4;
    /** The theme's colours: ink and a teal with more than 3:1 contrast against the page. */
    private static final String INK = "#1b3a40";
    private static final String BAR = "#0d5c6b";
    private static final String GRID = "#c9d1d4";

    private HoursChart() {
    }

    /**
     * @param months     twelve figures, January first; their short labels go under the columns
     * @param yAxisLabel e.g. "Uren"
     * @param xAxisLabel e.g. "Maand"
     */
    static String svg(String id, String title, String description, List<Figure> months, String yAxisLabel,
                      String xAxisLabel, Locale locale) {
        String safeId = id.replaceAll("[^A-Za-z0-9-]", "");
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        double maxHours = months.stream().mapToLong(Figure::minutes).max().orElse(0) / 60.0;
        double step = niceStep(maxHours / TICKS);
        double top = step * TICKS;
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);

        StringBuilder svg = new StringBuilder(6000)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart--columns\" role=\"img\"")
                .append(" aria-labelledby=\"").append(safeId).append("-title ").append(safeId).append("-desc\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" focusable=\"false\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description)).append("</desc>");

        // The value axis: grid lines with their hours, and its name turned along it.
        for (int i = 0; i <= TICKS; i++) {
            int y = baseline - (int) Math.round(i * step / top * plotHeight);
            svg.append("<line class=\"chart__grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"").append(GRID)
                    .append("\" stroke-width=\"1\"/>");
            svg.append(text("chart__tick", LEFT - 8, y + 4, "end", number.format(i * step), ""));
        }
        int middle = TOP + plotHeight / 2;
        svg.append(text("chart__axis-label", 18, middle, "middle", yAxisLabel,
                " transform=\"rotate(-90 18 " + middle + ")\""));

        double slot = plotWidth / (double) months.size();
        int barWidth = (int) Math.round(slot * 0.6);
        for (int m = 0; m < months.size(); m++) {
            Figure month = months.get(m);
            int centre = LEFT + (int) Math.round(slot * m + slot / 2);
            int height = month.minutes() <= 0 ? 0
                    : Math.max(2, (int) Math.round(month.minutes() / 60.0 / top * plotHeight));
            svg.append("<g class=\"chart__column\">");
            if (height > 0) {
                svg.append("<rect class=\"chart__bar chart__series-1\" x=\"").append(centre - barWidth / 2)
                        .append("\" y=\"").append(baseline - height).append("\" width=\"").append(barWidth)
                        .append("\" height=\"").append(height).append("\" fill=\"").append(BAR).append("\"/>");
            }
            svg.append(text("chart__value", centre, baseline - height - 6, "middle", month.hours(), ""));
            svg.append(text("chart__label", centre, baseline + 20, "middle", month.shortLabel(), ""));
            svg.append("</g>");
        }
        svg.append("<line class=\"chart__axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(baseline).append("\" y2=\"").append(baseline).append("\" stroke=\"")
                .append(INK).append("\" stroke-width=\"2\"/>");
        svg.append(text("chart__axis-label", LEFT + plotWidth / 2, HEIGHT - 12, "middle", xAxisLabel, ""));
        return svg.append("</svg>").toString();
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code raw}: tick marks people read. */
    static double niceStep(double raw) {
        if (raw <= 0) return 1;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw - 1e-9) return Math.max(0.25, factor * power);
        }
        return 10 * power;
    }

    private static String text(String cssClass, int x, int y, String anchor, String value, String extra) {
        return "<text class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" font-size=\"13\" fill=\"" + INK + "\"" + extra + ">" + escape(value) + "</text>";
    }

    /** Escapes text for XML content; drops control characters XML does not allow. */
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
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }
}
