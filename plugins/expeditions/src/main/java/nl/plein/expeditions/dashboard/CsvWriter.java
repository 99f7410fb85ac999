package nl.plein.expeditions.dashboard;

import java.util.List;

/**
 * Comma (or semicolon) separated values as RFC 4180 has them — fields with the separator, a quote or a line break
 * in double quotes, quotes inside doubled, lines ending in CRLF — and safe to open in a spreadsheet: a field that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so it
 * is shown as text instead of being run as a formula (CSV injection).
 */
final class CsvWriter {

    private final StringBuilder out = new StringBuilder(8192);
    private final char separator;

    CsvWriter(char separator) {
        if (separator == '"' || separator == '\r' || separator == '\n') throw new IllegalArgumentException("separator");
        this.separator = separator;
    }

    CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(separator);
            out.append(field(fields.get(i), separator));
        }
        out.append("\r\n");
        return this;
    }

    static String field(String value, char separator) {
        if (value == null || value.isEmpty()) return "";
        String text = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
