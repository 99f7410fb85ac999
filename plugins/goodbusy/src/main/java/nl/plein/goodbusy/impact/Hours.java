package nl.plein.goodbusy.impact;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Minutes (as stored) shown as hours, the unit companies report in: at most two decimals, because hours are
 * registered in quarters ("1,5" in Dutch, "1.5" in English).
 */
public final class Hours {

    private Hours() {
    }

    /** For people: with the locale's grouping ("1.234,5"). */
    public static String format(long minutes, Locale locale) {
        return formatter(locale, true).format(minutes / 60.0);
    }

    /** For a spreadsheet cell: no grouping, so the locale's spreadsheet reads it as a number. */
    public static String plain(long minutes, Locale locale) {
        return formatter(locale, false).format(minutes / 60.0);
    }

    private static NumberFormat formatter(Locale locale, boolean grouping) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(grouping);
        return format;
    }
}
