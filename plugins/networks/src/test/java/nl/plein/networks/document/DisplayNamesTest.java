package nl.plein.networks.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void aFileNameKeepsOnlyItsLastPartWithoutControlOrDirectionCharacters() {
        assertEquals("passwd", DisplayNames.of("../../etc/passwd"));
        assertEquals("verslag.docx", DisplayNames.of("C:\\Users\\lotte\\Documents\\verslag.docx"));
        assertEquals("notulen.pdf", DisplayNames.of("notu\u0000len\r\n.pdf"));
        assertEquals("notulenfdp.exe", DisplayNames.of("notulen\u202Efdp.exe"));
        assertEquals("Coördinatie.pdf", DisplayNames.of("Co\u006F\u0308rdinatie.pdf"), "one form of é, ö, ...");
        assertEquals(DisplayNames.FALLBACK, DisplayNames.of("../.."));
        assertEquals(DisplayNames.FALLBACK, DisplayNames.of("  "));
        assertEquals(DisplayNames.FALLBACK, DisplayNames.of(null));
    }

    @Test
    void aLongNameIsCutInItsStemSoTheExtensionStays() {
        String name = DisplayNames.of("a".repeat(300) + ".xlsx");
        assertEquals(DisplayNames.MAX_LENGTH, name.length());
        assertEquals("a".repeat(195) + ".xlsx", name);
        assertEquals(DisplayNames.MAX_LENGTH, DisplayNames.of("b".repeat(300)).length());
    }

    @Test
    void sizesReadAsPeopleSayThem() {
        assertEquals("512 bytes", Sizes.format(512, Locale.forLanguageTag("nl")));
        assertEquals("1,5 kB", Sizes.format(1536, Locale.forLanguageTag("nl")));
        assertEquals("1.5 kB", Sizes.format(1536, Locale.ENGLISH));
        assertEquals("20 MB", Sizes.format(20L * 1024 * 1024, Locale.forLanguageTag("nl")));
    }
}
