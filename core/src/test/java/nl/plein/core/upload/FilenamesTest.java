package nl.plein.core.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FilenamesTest {

    @Test
    void onlyTheBaseNameIsKept() {
        assertEquals("passwd", Filenames.sanitise("../../etc/passwd"));
        assertEquals("notulen.docx", Filenames.sanitise("C:\\Users\\Anna\\Documents\\notulen.docx"));
        assertEquals("bestand", Filenames.sanitise("../.."));
        assertEquals("bestand", Filenames.sanitise("uploads/"));
        assertEquals("bestand", Filenames.sanitise(null));
        assertEquals("bestand", Filenames.sanitise(" \t"));
    }

    @Test
    void controlAndDirectionCharactersAreRemoved() {
        assertEquals("ab.pdf", Filenames.sanitise("a\u0000b\r\n.pdf"));
        // U+202E would show "factuur\u202Efdp.exe" as "factuurexe.pdf".
        assertEquals("factuurfdp.exe", Filenames.sanitise("factuur\u202Efdp.exe"));
        assertEquals("café één.txt", Filenames.sanitise("cafe\u0301 één.txt"));
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = Filenames.sanitise("é".repeat(400) + ".pdf");
        assertEquals(255, name.codePointCount(0, name.length()));
        assertTrue(name.endsWith("é.pdf"));
        String emoji = Filenames.sanitise("\uD83D\uDE00".repeat(300));
        assertEquals(255, emoji.codePointCount(0, emoji.length()));
    }

    @Test
    void downloadNameIsEncodedForEveryBrowser() {
        assertEquals("attachment; filename=\"a;b_c.txt\"; filename*=UTF-8''a%3Bb%E2%82%ACc.txt",
                Filenames.attachment("a;b€c.txt"));
        assertEquals("attachment; filename=\"x_y.pdf\"; filename*=UTF-8''x%5Cy.pdf", Filenames.attachment("x\\y.pdf"));
    }
}
