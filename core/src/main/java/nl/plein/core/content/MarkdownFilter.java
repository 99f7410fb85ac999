package nl.plein.core.content;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import nl.plein.api.Markdown;

/**
 * The Pebble filter {@code markdown}: {@code {{ post.body | markdown }}}. Autoescaping stays on for every template;
 * this filter's output is marked safe only because it has been through {@link Markdown#toSafeHtml}, so it is never
 * escaped twice and nothing else slips through unescaped.
 */
public final class MarkdownFilter implements Filter {

    /** The name to register the filter under. */
    public static final String NAME = "markdown";

    private final Markdown markdown;

    public MarkdownFilter(Markdown markdown) {
        this.markdown = markdown;
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
            int lineNumber) {
        return new SafeString(markdown.toSafeHtml(input == null ? null : input.toString()));
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }
}
