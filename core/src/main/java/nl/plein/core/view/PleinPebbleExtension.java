package nl.plein.core.view;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Markdown;
import nl.plein.api.Messages;
import nl.plein.core.content.MarkdownFilter;

/**
 * What templates get from core besides Pebble's own: {@code t('key', args…)} for messages in the page's
 * language, {@code localdate} / {@code localdatetime} filters that show instants in Europe/Amsterdam, formatted for
 * the page's locale, and {@code markdown} for sanitised HTML from Markdown people wrote.
 */
final class PleinPebbleExtension extends AbstractExtension {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final List<String> T_ARGS = List.of("key", "a", "b", "c", "d", "e");

    private final Messages messages;
    private final Markdown markdown;

    PleinPebbleExtension(Messages messages, Markdown markdown) {
        this.messages = messages;
        this.markdown = markdown;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                  int lineNumber) {
                List<Object> values = new ArrayList<>();
                for (String name : T_ARGS.subList(1, T_ARGS.size())) {
                    if (args.containsKey(name)) values.add(args.get(name));
                }
                return messages.get(context.getLocale(), String.valueOf(args.get("key")), values.toArray());
            }

            @Override
            public List<String> getArgumentNames() {
                return T_ARGS;
            }
        });
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                MarkdownFilter.NAME, new MarkdownFilter(markdown),
                "localdate", new DateFilter(FormatStyle.LONG, null),
                "localdatetime", new DateFilter(FormatStyle.LONG, FormatStyle.SHORT));
    }

    private record DateFilter(FormatStyle dateStyle, FormatStyle timeStyle) implements Filter {
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            if (input == null) return "";
            TemporalAccessor value = input instanceof Instant instant ? ZonedDateTime.ofInstant(instant, AMSTERDAM)
                    : (TemporalAccessor) input;
            Locale locale = context.getLocale();
            DateTimeFormatter format = timeStyle == null
                    ? DateTimeFormatter.ofLocalizedDate(dateStyle)
                    : DateTimeFormatter.ofLocalizedDateTime(dateStyle, timeStyle);
            return format.withLocale(locale).format(value);
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }
    }
}
