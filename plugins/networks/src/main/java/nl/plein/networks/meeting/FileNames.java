package nl.plein.networks.meeting;

import java.text.Normalizer;
import java.util.Locale;

/** File names made from a meeting's title: what people see when they save its calendar file. */
final class FileNames {

    private static final int MAX_LENGTH = 60;

    private FileNames() {
    }

    /**
     * "Ledenvergadering voorjaar" → {@code ledenvergadering-voorjaar.ics}: lower case, accents dropped, only letters,
     * digits and dashes, so the name is safe in a header and on every file system.
     */
    static String ics(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_LENGTH) plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        return (plain.isEmpty() ? "vergadering" : plain) + ".ics";
    }
}
