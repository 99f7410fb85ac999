package nl.plein.expeditions.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a spreadsheet makes of each field: text stays text, formulas never run, quotes and separators survive. */
class CsvWriterTest {

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertEquals("Jong geleerd;12;Zoë en Ça\r\n",
                new CsvWriter(';').row(List.of("Jong geleerd", "12", "Zoë en Ça")).toString());
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a;b\"", CsvWriter.field("a;b", ';'));
        assertEquals("a,b", CsvWriter.field("a,b", ';'), "a comma is no separator here");
        assertEquals("\"a,b\"", CsvWriter.field("a,b", ','));
        assertEquals("\"Bakkerij \"\"De Korf\"\"\"", CsvWriter.field("Bakkerij \"De Korf\"", ','));
        assertEquals("\"regel 1\nregel 2\"", CsvWriter.field("regel 1\nregel 2", ','));
        assertEquals("\"regel 1\r\nregel 2\"", CsvWriter.field("regel 1\r\nregel 2", ','));
    }

    @Test
    void fieldsThatASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
        assertEquals("'=1+2", CsvWriter.field("=1+2", ','));
        assertEquals("'+31 6 1234", CsvWriter.field("+31 6 1234", ','));
        assertEquals("'-2", CsvWriter.field("-2", ','));
        assertEquals("'@SUM(A1)", CsvWriter.field("@SUM(A1)", ','));
        assertEquals("'\tx", CsvWriter.field("\tx", ','));
        assertEquals("\"'\rx\"", CsvWriter.field("\rx", ','));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\"",
                CsvWriter.field("=HYPERLINK(\"http://x\";\"klik\")", ';'), "defused, then quoted");
        assertEquals("a=b", CsvWriter.field("a=b", ','), "only at the start");
    }

    @Test
    void absentValuesAreEmptyFieldsAndEveryLineEndsInCrLf() {
        assertEquals(",x,\r\n,\r\n", new CsvWriter(',').row(Arrays.asList(null, "x", "")).row(List.of("", "")).toString());
    }

    @Test
    void aQuoteOrLineBreakCannotBeTheSeparator() {
        assertThrows(IllegalArgumentException.class, () -> new CsvWriter('"'));
        assertThrows(IllegalArgumentException.class, () -> new CsvWriter('\n'));
    }
}
