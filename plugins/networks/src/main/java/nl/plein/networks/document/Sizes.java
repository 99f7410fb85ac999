package nl.plein.networks.document;

import java.text.NumberFormat;
import java.util.Locale;

/** A file size as people read it: {@code 512 bytes}, {@code 14,2 kB}, {@code 3,5 MB} (decimals in their language). */
final class Sizes {

    private Sizes() {
    }

    static String format(long bytes, Locale locale) {
        if (bytes < 1024) return bytes + " bytes";
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) return number.format(bytes / 1024.0) + " kB";
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
