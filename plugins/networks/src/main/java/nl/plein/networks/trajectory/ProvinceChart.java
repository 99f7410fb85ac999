package nl.plein.networks.trajectory;

import java.util.List;

/**
 * Trajectories per province as horizontal stacked bars in inline SVG, drawn on the server: no script and no style
 * attribute (the Content-Security-Policy forbids inline styles), so colours are presentation attributes and every
 * part has the theme's chart classes, which its forced-colours rules restyle.
 *
 * <p>It is an image with a name and a description ({@code role="img"}, {@code aria-labelledby} to its
 * {@code <title>} and {@code <desc>}); the page puts a table with the same figures right after it. Nothing depends on
 * colour alone: the statuses stack in the order of the legend, each part carries its figure when there is room, each
 * bar ends in its total, and "stopped" is drawn hollow. All text is escaped here, because the page inserts the result
 * unescaped.
 */
final class ProvinceChart {

    private static final int WIDTH = 760;
    private static final int LEFT = 130;
    private static final int RIGHT = 48;
    private static final int TOP = 44;
    private static final int ROW = 26;
    private static final int BAR = 16;
    private static final int BOTTOM = 48;
    private static final String INK = "#1b3a40";
    private static final String GRID = "#c9d1d4";
    /** Fill, text colour on it and theme class, per status in {@link TrajectoryStatus} order. */
    private static final String[][] SERIES = {
            {"#7a5c00", "#ffffff", "chart__bar"},
            {"#0d5c6b", "#ffffff", "chart__bar chart__series-2"},
            {"#4a4a4a", "#ffffff", "chart__bar chart__series-3"},
            {"#ffffff", INK, "chart__track"}};

    private ProvinceChart() {
    }

    /**
     * @param statusLabels the statuses' names in {@link TrajectoryStatus} order, for the legend
     * @param axisLabel    e.g. "Aantal trajecten"
     */
    static String svg(String id, String title, String description, ProvinceOverview overview,
                      List<String> statusLabels, String axisLabel) {
        String safeId = id.replaceAll("[^A-Za-z0-9-]", "");
        List<ProvinceOverview.Row> rows = overview.rows();
        int height = TOP + rows.size() * ROW + BOTTOM;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int max = rows.stream().mapToInt(ProvinceOverview.Row::total).max().orElse(0);
        int step = step(max);
        int top = Math.max(step, (max + step - 1) / step * step);

        StringBuilder svg = new StringBuilder(8000)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart--bars\" role=\"img\"")
                .append(" aria-labelledby=\"").append(safeId).append("-title ").append(safeId).append("-desc\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" focusable=\"false\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description)).append("</desc>");

        legend(svg, statusLabels);
        int baseline = TOP + rows.size() * ROW;
        for (int tick = 0; tick <= top; tick += step) {
            int x = LEFT + (int) Math.round(tick / (double) top * plotWidth);
            svg.append("<line class=\"chart__grid\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(TOP - 4).append("\" y2=\"").append(baseline).append("\" stroke=\"").append(GRID)
                    .append("\" stroke-width=\"1\"/>");
            svg.append(text("chart__tick", x, baseline + 16, "middle", Integer.toString(tick), INK));
        }
        for (int r = 0; r < rows.size(); r++) {
            ProvinceOverview.Row row = rows.get(r);
            int y = TOP + r * ROW + (ROW - BAR) / 2;
            svg.append("<g class=\"chart__row\">");
            svg.append(text("chart__label", LEFT - 8, y + BAR - 3, "end", row.province(), INK));
            int x = LEFT;
            for (int s = 0; s < row.counts().size(); s++) {
                int n = row.counts().get(s);
                if (n == 0) continue;
                int width = Math.max(2, (int) Math.round(n / (double) top * plotWidth));
                svg.append("<rect class=\"").append(SERIES[s][2]).append("\" x=\"").append(x).append("\" y=\"")
                        .append(y).append("\" width=\"").append(width).append("\" height=\"").append(BAR)
                        .append("\" fill=\"").append(SERIES[s][0]).append("\" stroke=\"").append(INK)
                        .append("\" stroke-width=\"1\"/>");
                if (width >= 18) {
                    svg.append(text("chart__value", x + width / 2, y + BAR - 3, "middle", Integer.toString(n),
                            SERIES[s][1]));
                }
                x += width;
            }
            svg.append(text("chart__value", x + 6, y + BAR - 3, "start", Integer.toString(row.total()), INK));
            svg.append("</g>");
        }
        svg.append("<line class=\"chart__axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT)
                .append("\" y1=\"").append(TOP - 4).append("\" y2=\"").append(baseline).append("\" stroke=\"")
                .append(INK).append("\" stroke-width=\"2\"/>");
        svg.append(text("chart__axis-label", LEFT + plotWidth / 2, height - 10, "middle", axisLabel, INK));
        return svg.append("</svg>").toString();
    }

    /** The statuses in stacking order, each with its swatch, along the top. */
    private static void legend(StringBuilder svg, List<String> labels) {
        int slot = (WIDTH - LEFT) / Math.max(1, labels.size());
        for (int s = 0; s < labels.size() && s < SERIES.length; s++) {
            int x = LEFT + s * slot;
            svg.append("<rect class=\"").append(SERIES[s][2].replace("chart__bar", "chart__key")).append("\" x=\"")
                    .append(x).append("\" y=\"10\" width=\"14\" height=\"14\" fill=\"").append(SERIES[s][0])
                    .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
            svg.append(text("chart__legend", x + 20, 22, "start", labels.get(s), INK));
        }
    }

    /** Whole trajectories per tick, about four ticks: 1, 2, 5, 10, 20, 50, ... */
    static int step(int max) {
        int raw = Math.max(1, (max + 3) / 4);
        int power = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if (factor * power >= raw) return factor * power;
            }
            power *= 10;
        }
    }

    private static String text(String cssClass, int x, int y, String anchor, String value, String fill) {
        return "<text class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" font-size=\"13\" fill=\"" + fill + "\">" + escape(value) + "</text>";
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
