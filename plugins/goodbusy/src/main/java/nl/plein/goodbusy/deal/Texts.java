package nl.plein.goodbusy.deal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.plein.api.Messages;
import nl.plein.goodbusy.matching.Reason;

/** Turning stored values into words in the reader's language: reasons, dates, hours. */
final class Texts {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Texts() {
    }

    /**
     * A reason in the reader's language. Its arguments may themselves be message keys (the name of a cause or form)
     * or dates, which are written out in that language too.
     */
    static String reason(Messages messages, Locale locale, Reason reason) {
        Object[] args = reason.args().stream().map(arg -> argument(messages, locale, arg)).toArray();
        return messages.get(locale, reason.key(), args);
    }

    static List<ReasonLine> reasons(Messages messages, Locale locale, List<Reason> reasons) {
        return reasons.stream().map(r -> new ReasonLine(reason(messages, locale, r), r.good())).toList();
    }

    /** A reason as a page shows it: the words and whether it speaks for the match. */
    record ReasonLine(String text, boolean good) {
    }

    private static Object argument(Messages messages, Locale locale, Object arg) {
        if (arg instanceof String key && key.startsWith("goodbusy.")) return messages.get(locale, key);
        if (arg instanceof LocalDate date) return day(date, locale);
        return arg;
    }

    /** "9 maart 2026" / "9 March 2026". */
    static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** Minutes as hours with up to two decimals, in the reader's notation: "1,5" or "1.5". */
    static String hours(int minutes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(minutes / 60.0);
    }
}
