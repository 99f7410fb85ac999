package nl.plein.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void scriptTagsShowAsTextAndNeverRun() {
        String html = markdown.toSafeHtml("Hallo <script>alert('x')</script> daar\n\n<script>\nalert(1)\n</script>");
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertTrue(html.contains("Hallo"), html);
    }

    @Test
    void eventHandlerAttributesAreGone() {
        String html = markdown.toSafeHtml("<img src=x onerror=alert(1)>\n\n<p onclick=\"alert(1)\">klik</p>");
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<p onclick"), html);
        assertFalse(html.matches("(?s).*<[^>]*\\bon\\w+=.*"), html);
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        for (String url : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)"}) {
            String html = markdown.toSafeHtml("[klik](" + url + ")");
            assertFalse(html.toLowerCase().contains("href"), html);
            assertTrue(html.contains("klik"), html);
        }
        String autolink = markdown.toSafeHtml("<javascript:alert(1)>");
        assertFalse(autolink.contains("href"), autolink);
    }

    @Test
    void rawIframeIsEscapedNotEmbedded() {
        String html = markdown.toSafeHtml("<iframe src=\"https://evil.example\"></iframe>");
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("&lt;iframe"), html);
    }

    @Test
    void styleAttributesAndStyleElementsAreDropped() {
        String html = markdown.toSafeHtml(
                "<span style=\"position:fixed\">x</span>\n\n<style>body{display:none}</style>");
        assertFalse(html.contains("<span"), html);
        assertFalse(html.contains("<style"), html);
        assertFalse(html.contains("style=\""), html);
    }

    @Test
    void htmlEntitiesStayTextAndAreNotDecodedIntoMarkup() {
        String html = markdown.toSafeHtml("Jan &amp; Piet &copy; 2026 &lt;b&gt;vet&lt;/b&gt; 5 < 6 > 4");
        assertTrue(html.contains("Jan &amp; Piet"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;b&gt;vet"), html);
        assertTrue(html.contains("5 &lt; 6 &gt; 4"), html);
        assertTrue(html.contains("©") || html.contains("&#169;") || html.contains("&copy;"), html);
    }

    @Test
    void nestedEmphasisIsKept() {
        assertEquals("<p><strong>heel <em>erg</em> belangrijk</strong></p>",
                markdown.toSafeHtml("**heel *erg* belangrijk**").strip());
    }

    @Test
    void listsCodeQuotesAndRulesAreKept() {
        String html = markdown.toSafeHtml("- een\n- twee\n\n3. drie\n4. vier\n\n> citaat\n\n---\n\n"
                + "```java\nint x = 1 < 2;\n```\n\n`code`");
        assertTrue(html.contains("<ul><li>een</li><li>twee</li></ul>") || html.contains("<ul>\n<li>een</li>"), html);
        assertTrue(html.contains("<ol start=\"3\">"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<hr"), html);
        assertTrue(html.replace("&#61;", "=").contains("<pre><code>int x = 1 &lt; 2;"), html);
        assertTrue(html.contains("<code>code</code>"), html);
    }

    @Test
    void linksGetRelNofollowNoopenerNoreferrer() {
        String html = markdown.toSafeHtml("Zie [het verslag](https://example.org/verslag?a=1&b=2) of mail "
                + "[ons](mailto:info@example.org).");
        assertTrue(html.contains("href=\"https://example.org/verslag?a&#61;1&amp;b&#61;2\"")
                || html.contains("href=\"https://example.org/verslag?a=1&amp;b=2\""), html);
        assertTrue(html.replace("&#64;", "@").contains("href=\"mailto:info@example.org\""), html);
        assertEquals(2, html.split("rel=\"nofollow noopener noreferrer\"", -1).length - 1, html);
    }

    @Test
    void headingsAreDemotedBelowThePageTitle() {
        String html = markdown.toSafeHtml("# Titel\n\n## Twee\n\n### Drie\n\n#### Vier\n\n##### Vijf\n\n###### Zes");
        assertFalse(html.contains("<h1"), html);
        assertTrue(html.contains("<h2>Titel</h2>"), html);
        assertTrue(html.contains("<h2>Twee</h2>"), html);
        assertTrue(html.contains("<h3>Drie</h3>"), html);
        assertTrue(html.contains("<h4>Vier</h4>"), html);
        assertTrue(html.contains("<h4>Vijf</h4>") && html.contains("<h4>Zes</h4>"), html);
        assertFalse(html.contains("<h5") || html.contains("<h6"), html);
    }

    @Test
    void softLineBreaksBecomeLineBreaks() {
        assertEquals("<p>regel een<br />regel twee</p>", markdown.toSafeHtml("regel een\nregel twee").strip()
                .replace("\n", ""));
    }

    @Test
    void blankOrMissingInputIsEmpty() {
        assertEquals("", markdown.toSafeHtml(null));
        assertEquals("", markdown.toSafeHtml("  \n "));
    }

    @Test
    void twoHundredKilobytesRenderWithoutError() {
        StringBuilder input = new StringBuilder();
        int i = 0;
        while (input.length() < 200 * 1024) {
            input.append("## Kop ").append(i).append("\n\nTekst met *nadruk*, **vet**, [link](https://example.org/")
                    .append(i).append(") en <b onclick=x>html</b>.\n\n- punt\n  - dieper\n\n> ".repeat(1))
                    .append("citaat\n\n");
            i++;
        }
        String html = markdown.toSafeHtml(input.toString());
        assertTrue(html.length() > 100_000);
        assertFalse(html.contains("<b ") || html.contains("<b>"));
        assertTrue(html.contains("&lt;b onclick&#61;x&gt;html") || html.contains("&lt;b onclick=x&gt;html"),
                html.substring(0, 500));
    }

    @Test
    void deeplyNestedInputIsShownAsTextInsteadOfOverflowingTheStack() {
        for (String hostile : new String[] {
            ">".repeat(20_000) + " diep",
            "*".repeat(20_000) + "x" + "*".repeat(20_000),
            "_".repeat(20_000) + "x" + "_".repeat(20_000),
            "[".repeat(20_000) + "x" + "](https://example.org)".repeat(20_000),
            "- ".repeat(20_000) + "x",
            "  ".repeat(1) + "1. ".repeat(10_000) + "x",
            "<script>".repeat(20_000),
        }) {
            String html = markdown.toSafeHtml(hostile);
            assertFalse(html.contains("<script"), html.substring(0, 100));
            assertTrue(html.length() > 0);
        }
        String text = markdown.toSafeHtml(">".repeat(1_000) + " <b>diep</b>\nregel twee");
        assertTrue(text.contains("&lt;b&gt;diep"), text.substring(0, 100));
    }

    @Test
    void templatesShowMarkdownAsHtmlWhileAutoescapingStaysOn() throws Exception {
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new StringLoader())
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Filter> getFilters() {
                        return Map.of(MarkdownFilter.NAME, new MarkdownFilter(markdown));
                    }
                })
                .build();
        StringWriter out = new StringWriter();
        engine.getTemplate("{{ body | markdown }}|{{ body }}")
                .evaluate(out, Map.of("body", "**vet** <script>x</script>"));
        String[] parts = out.toString().split("\\|");
        assertTrue(parts[0].contains("<strong>vet</strong>"), parts[0]);
        assertFalse(parts[0].contains("<script"), parts[0]);
        assertTrue(parts[1].startsWith("**vet** &lt;script&gt;"), parts[1]);
    }
}
