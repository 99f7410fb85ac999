package nl.plein.core.content;

import nl.plein.api.Markdown;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown written by people, shown as HTML that cannot run code or restyle the page.
 *
 * <p>Two independent layers, because either alone has failed in the wild: commonmark escapes any raw HTML in the
 * input (so {@code <iframe>} shows as text), and the OWASP sanitiser then keeps only an allow-list of elements and
 * attributes, whatever the renderer produced. Headings start at {@code h2} so user content never competes with the
 * page's own {@code h1}; links may only point to http, https or mailto and carry {@code rel="nofollow noopener
 * noreferrer"} so visitors' links earn no search ranking and the opened page gets no handle on ours.
 *
 * <p>Parser, renderer and policy are immutable and thread-safe: build one instance and share it.
 *
 * <pre>{@code
 * Markdown markdown = new SafeMarkdown();
 * markdown.toSafeHtml("# Welkom\n\nLees [het verslag](https://example.org)");
 * // <h2>Welkom</h2>\n<p>Lees <a href="https://example.org" rel="nofollow noopener noreferrer">het verslag</a></p>
 * }</pre>
 */
public final class SafeMarkdown implements Markdown {

    private static final String[] RELS = {"nofollow", "noopener", "noreferrer"};

    /** Deeper block nesting ({@code > > >}, lists in lists) than any real text needs; beyond it lines stay text. */
    static final int MAX_BLOCK_DEPTH = 64;

    private final Parser parser = Parser.builder().maxOpenBlockParsers(MAX_BLOCK_DEPTH).build();
    // No URL sanitising here: the policy below is the one place that decides which links are allowed.
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            // People type a line break where they mean one; Markdown's "two trailing spaces" is unknown to most.
            .softbreak("<br>\n")
            .build();
    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h2", "h3", "h4", "hr", "a")
            .allowElements((name, attributes) -> "h2", "h1")
            // Keep deeper headings as headings instead of dropping their markup; h4 is the deepest we show.
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowAttributes("start").matching(SafeMarkdown::isSmallNumber).onElements("ol")
            .allowAttributes("href").matching(SafeMarkdown::isNotBlank).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks(RELS)
            .toFactory();

    @Override
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        return policy.sanitize(render(markdown));
    }

    private String render(String markdown) {
        try {
            return renderer.render(parser.parse(markdown));
        } catch (StackOverflowError tooDeep) {
            // Commonmark parses and renders inline nesting (***, ___) recursively, so a few kilobytes can exhaust the
            // stack. Catching it is safe here: parser and renderer keep all state per call and hold no locks.
            return asPlainText(markdown);
        }
    }

    /** What a person sees when their text is too deeply nested to format: the text itself, line by line. */
    private static String asPlainText(String markdown) {
        String escaped = markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<p>" + escaped.replace("\r\n", "\n").replace("\n", "<br>") + "</p>";
    }

    private static boolean isNotBlank(String value) {
        return !value.isBlank();
    }

    /** A numbered list may start at another number ("3. …"); anything but a short number is dropped. */
    private static boolean isSmallNumber(String value) {
        return value.length() <= 9 && !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }
}
