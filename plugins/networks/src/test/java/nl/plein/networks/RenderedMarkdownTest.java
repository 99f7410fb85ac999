package nl.plein.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import nl.plein.api.Markdown;
import org.junit.jupiter.api.Test;

/** Remembered Markdown: rendered once per text, and a changed text is rendered anew, never shown as it was. */
class RenderedMarkdownTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final Markdown platform = text -> {
        renders.incrementAndGet();
        return "<p>" + text + "</p>";
    };
    private final RenderedMarkdown markdown = new RenderedMarkdown(platform);

    @Test
    void theSameTextIsRenderedOnceAndAnEditedOneAnew() {
        assertEquals("<p>Welkom</p>", markdown.toSafeHtml("Welkom"));
        assertEquals("<p>Welkom</p>", markdown.toSafeHtml(new String("Welkom")));
        assertEquals(1, renders.get());
        assertEquals("<p>Welkom allemaal</p>", markdown.toSafeHtml("Welkom allemaal"));
        assertEquals(2, renders.get());
        assertEquals("", markdown.toSafeHtml("  "));
        assertEquals("", markdown.toSafeHtml(null));
        assertEquals(2, renders.get());
    }

    @Test
    void theLeastRecentlyShownAreForgottenAndLongTextsNeverKept() {
        for (int i = 0; i <= RenderedMarkdown.MAX_ENTRIES; i++) markdown.toSafeHtml("bericht " + i);
        int before = renders.get();
        markdown.toSafeHtml("bericht " + RenderedMarkdown.MAX_ENTRIES);
        assertEquals(before, renders.get(), "the newest is remembered");
        markdown.toSafeHtml("bericht 0");
        assertEquals(before + 1, renders.get(), "the oldest was forgotten");

        String long1 = "x".repeat(RenderedMarkdown.MAX_REMEMBERED_LENGTH + 1);
        markdown.toSafeHtml(long1);
        markdown.toSafeHtml(long1);
        assertEquals(before + 3, renders.get());
    }
}
