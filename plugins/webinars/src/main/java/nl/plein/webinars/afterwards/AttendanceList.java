package nl.plein.webinars.afterwards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A meeting platform's attendance export, read as CSV: the first line names the columns; a column {@code name}
 * (or {@code naam}, {@code full name}, {@code volledige naam}) holds display names, a column {@code id} registration
 * ids (as in our own registrations export). Plugins cannot see people's e-mail addresses, so those are not matched.
 *
 * <p>Platforms differ: Teams writes UTF-16 with tabs, Dutch Excel semicolons in Windows-1252, most others UTF-8 with
 * commas. The encoding follows the byte order mark, else UTF-8, else Windows-1252; the separator is whichever of
 * comma, semicolon and tab the header line has most of.
 *
 * @param entries the data rows that name someone, in file order
 */
record AttendanceList(List<Entry> entries) {

    static final Set<String> NAME_COLUMNS = Set.of("name", "naam", "full name", "volledige naam");
    static final String ID_COLUMN = "id";

    /** One data row: its row number in the file (the header is row 1) and what it says. Either may be empty. */
    record Entry(long row, String id, String name) {
    }

    /** The file cannot be used; the message key says why. */
    static final class Unreadable extends Exception {
        private final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    static AttendanceList read(byte[] content) throws Unreadable {
        String text = decode(content);
        if (text.isBlank()) throw new Unreadable("webinars.afterwards.import.error.no-header");
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            var records = parser.iterator();
            if (!records.hasNext()) throw new Unreadable("webinars.afterwards.import.error.no-header");
            CSVRecord header = records.next();
            int nameColumn = -1;
            int idColumn = -1;
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i).replace("\uFEFF", "").replace("\"", "").strip().toLowerCase(Locale.ROOT);
                if (nameColumn < 0 && NAME_COLUMNS.contains(column)) nameColumn = i;
                if (idColumn < 0 && ID_COLUMN.equals(column)) idColumn = i;
            }
            if (nameColumn < 0 && idColumn < 0) throw new Unreadable("webinars.afterwards.import.error.no-header");
            List<Entry> entries = new ArrayList<>();
            long row = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                row++;
                String id = cell(record, idColumn);
                String name = cell(record, nameColumn);
                if (!id.isEmpty() || !name.isEmpty()) entries.add(new Entry(row, id, name));
            }
            return new AttendanceList(List.copyOf(entries));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote or a stray character this way: not a CSV we can read.
            throw new Unreadable("webinars.afterwards.import.error.not-csv");
        }
    }

    private static String cell(CSVRecord record, int column) {
        return column >= 0 && record.isSet(column) ? record.get(column).strip() : "";
    }

    /** Text in the encoding the bytes declare or fit; binary content (a spreadsheet, a PDF, a picture) is refused. */
    private static String decode(byte[] content) throws Unreadable {
        String text;
        if (startsWith(content, 0xFF, 0xFE)) text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        else if (startsWith(content, 0xFE, 0xFF)) text = new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        else if (startsWith(content, 0xEF, 0xBB, 0xBF)) text = strict(content, 3, StandardCharsets.UTF_8);
        else {
            text = strict(content, 0, StandardCharsets.UTF_8);
            if (text == null) text = strict(content, 0, Charset.forName("windows-1252"));
        }
        if (text == null || !plainText(text)) throw new Unreadable("webinars.afterwards.import.error.not-csv");
        return text;
    }

    private static String strict(byte[] content, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters other than tab and line breaks mean binary content that happened to decode. */
    private static boolean plainText(String text) {
        return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F);
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) return '\t';
        return semicolons > commas ? ';' : ',';
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
