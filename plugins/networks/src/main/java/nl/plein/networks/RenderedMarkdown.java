package nl.plein.networks;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.Markdown;

/**
 * The platform's safe Markdown, remembered for the texts shown most: a thread's page renders fifty posts, and parsing
 * and sanitising them was most of the page's time, again for every reader. Keyed by the Markdown itself, so an edited,
 * removed or erased text is simply a new key and can never show its old words; the least recently shown are
 * forgotten beyond {@link #MAX_ENTRIES} (a few megabytes).
 */
public final class RenderedMarkdown {

    static final int MAX_ENTRIES = 4_000;
    /** Longer texts are rare and would crowd out many posts: rendered each time. */
    static final int MAX_REMEMBERED_LENGTH = 20_000;

    private final Markdown markdown;
    private final Map<String, String> html = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public RenderedMarkdown(Markdown markdown) {
        this.markdown = markdown;
    }

    /** Safe HTML for the Markdown, as {@link Markdown#toSafeHtml}. */
    public String toSafeHtml(String text) {
        if (text == null || text.isBlank()) return "";
        if (text.length() > MAX_REMEMBERED_LENGTH) return markdown.toSafeHtml(text);
        synchronized (html) {
            String known = html.get(text);
            if (known != null) return known;
        }
        String rendered = markdown.toSafeHtml(text);   // outside the lock: pages render in parallel
        synchronized (html) {
            html.put(text, rendered);
        }
        return rendered;
    }
}
