package nl.plein.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one run measured: a row per measured thing for the table on stdout (with its target and whether it was
 * met, or by how much it was missed), and every single figure for the machine-readable files.
 */
final class Report {

    /**
     * One line of the table. {@code median} and {@code p99} are in {@code unit}; any of the numbers may be null.
     *
     * @param note what a reader needs to weigh the figures (e.g. errors, the three start-up times)
     */
    record Row(String what, Double median, Double p99, Double rps, Double ratio, String unit, String target,
               String verdict, String note) {
    }

    /** One measured number, for the JSON and CSV files. */
    record Figure(String what, String metric, double value, String unit) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> context = new LinkedHashMap<>();

    void add(Row row) {
        rows.add(row);
    }

    void figure(String what, String metric, double value, String unit) {
        figures.add(new Figure(what, metric, value, unit));
    }

    /** A part that could not be measured: a row saying why, so a missing figure is never silent. */
    void skipped(String what, String why) {
        rows.add(new Row(what, null, null, null, null, "", "", "not measured", why));
    }

    /** Facts about the run (machine, generation, settings) written into the JSON file. */
    void context(String key, Object value) {
        context.put(key, value);
    }

    List<Row> rows() {
        return rows;
    }

    List<Figure> figures() {
        return figures;
    }

    // ---- targets

    /** "met" or "missed by …" for a figure that must stay under {@code limit}. */
    static String under(String name, double value, double limit, String unit) {
        if (value < limit) return "met";
        return String.format(Locale.ROOT, "%s missed by %s %s (+%.0f %%)", name, number(value - limit), unit,
                100 * (value - limit) / limit);
    }

    /** "met" or "missed by …" for a figure that must reach at least {@code limit}. */
    static String atLeast(String name, double value, double limit, String unit) {
        if (value >= limit) return "met";
        return String.format(Locale.ROOT, "%s missed by %s %s (-%.0f %%)", name, number(limit - value), unit,
                100 * (limit - value) / limit);
    }

    /** Several verdicts of one row: "met" when all are, else the missed ones. */
    static String combine(String... verdicts) {
        List<String> missed = new ArrayList<>();
        for (String verdict : verdicts) if (!"met".equals(verdict)) missed.add(verdict);
        return missed.isEmpty() ? "met" : String.join("; ", missed);
    }

    // ---- output

    void print(PrintStream out) {
        String[] header = {"what", "median/p50", "p99", "req/s", "x ceiling", "target", "result"};
        List<String[]> lines = new ArrayList<>();
        for (Row row : rows) {
            lines.add(new String[]{row.what(), value(row.median(), row.unit()), value(row.p99(), row.unit()),
                    row.rps() == null ? "" : String.format(Locale.ROOT, "%,.0f", row.rps()),
                    row.ratio() == null ? "" : String.format(Locale.ROOT, "%.3f", row.ratio()),
                    row.target(), row.verdict()});
        }
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) widths[i] = header[i].length();
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) widths[i] = Math.max(widths[i], line[i].length());
        }
        out.println(format(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        out.println(rule);
        for (String[] line : lines) out.println(format(line, widths));
        out.println();
        for (Row row : rows) {
            if (row.note() != null && !row.note().isEmpty()) out.println("  " + row.what() + ": " + row.note());
        }
    }

    /** The same table in Markdown, for docs/performance.md. */
    void printMarkdown(PrintStream out) {
        out.println("| what | median/p50 | p99 | req/s | × ceiling | target | result |");
        out.println("|---|---:|---:|---:|---:|---|---|");
        for (Row row : rows) {
            out.println("| " + String.join(" | ", row.what(), value(row.median(), row.unit()), value(row.p99(), row.unit()),
                    row.rps() == null ? "" : String.format(Locale.ROOT, "%,.0f", row.rps()),
                    row.ratio() == null ? "" : String.format(Locale.ROOT, "%.3f", row.ratio()), row.target(),
                    row.verdict()) + " |");
        }
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>(context);
        json.put("rows", rows);
        json.put("figures", figures);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    void writeCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("what,metric,value,unit");
        for (Figure f : figures) {
            lines.add(String.join(",", csv(f.what()), csv(f.metric()), exact(f.value()), csv(f.unit())));
        }
        Files.write(file, lines);
    }

    private static String format(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) line.append(" | ");
            boolean numeric = i >= 1 && i <= 4;
            String cell = cells[i];
            String pad = " ".repeat(widths[i] - cell.length());
            line.append(numeric ? pad + cell : (i == cells.length - 1 ? cell : cell + pad));
        }
        return line.toString();
    }

    private static String value(Double value, String unit) {
        if (value == null) return "";
        return number(value) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** Whole numbers from 100 on, one decimal from 10, two below: as many digits as the measurement carries. */
    static String number(double value) {
        double abs = Math.abs(value);
        if (abs >= 100 || value == Math.rint(value)) return String.format(Locale.ROOT, "%.0f", value);
        if (abs >= 10) return String.format(Locale.ROOT, "%.1f", value);
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** For the machine-readable file: up to three decimals, no grouping. */
    static String exact(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static String csv(String text) {
        if (text == null) return "";
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) return '"' + text.replace("\"", "\"\"") + '"';
        return text;
    }
}
