package nl.plein.goodbusy.impact;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV download that opens well in a spreadsheet: RFC 4180 quoting by commons-csv, a semicolon for Dutch (the list
 * separator Dutch Excel expects, as the decimal separator is a comma) and a comma for English, a UTF-8 byte order mark
 * so Excel reads accents right, and fields that would start a formula ({@code = + - @}, a tab or a carriage return)
 * prefixed with {@code '}, so a title someone typed is shown as text and never run (CSV injection).
 */
final class ReportCsv {

    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(16384);
    private final CSVPrinter printer;

    ReportCsv(Locale locale) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(locale)).setRecordSeparator("\r\n").get();
        try {
            out.append(BOM);
            printer = new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static char delimiter(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? ';' : ',';
    }

    ReportCsv row(List<?> fields) {
        List<String> safe = new ArrayList<>(fields.size());
        for (Object field : fields) safe.add(guard(field == null ? "" : field.toString()));
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not fail
        }
        return this;
    }

    /** Sends the rows as an attachment with this file name (ASCII, chosen by us, never by a user). */
    void send(Context ctx, String filename) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String guard(String value) {
        if (value.isEmpty()) return value;
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
