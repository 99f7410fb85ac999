package nl.plein.journeys;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks of every journey page really catch what they are for, so a green journey means something. */
class ChecksTest {

    static Visitor visitor;

    @BeforeAll
    static void browser() {
        Chromium.requireInstalled();
        visitor = new Visitor(Chromium.start(), "data:");
    }

    @AfterAll
    static void close() {
        if (visitor != null) visitor.close();
    }

    @Test
    void aSeriousAxeViolationFailsAndIsNamed() {
        AssertionError error = assertThrows(AssertionError.class, () -> visitor.open(
                "text/html,<!DOCTYPE html><html lang=nl><title>t</title><main><h1>Kop</h1><img src='x.png'>"
                        + "<button></button></main></html>"));
        assertTrue(error.getMessage().contains("'image-alt'") && error.getMessage().contains("'button-name'"),
                error.getMessage());
    }

    @Test
    void sidewaysScrollingAt320PixelsFails() {
        AssertionError error = assertThrows(AssertionError.class, () -> visitor.open(
                "text/html,<!DOCTYPE html><html lang=nl><title>t</title><main><h1>Kop</h1>"
                        + "<p style='width:600px'>Een brede alinea.</p></main></html>"));
        assertTrue(error.getMessage().contains("scrolls sideways"), error.getMessage());
    }

    @Test
    void aCleanPagePasses() {
        visitor.open("text/html,<!DOCTYPE html><html lang=nl><title>t</title><main><h1>Kop</h1><p>Tekst.</p></main></html>");
    }
}
