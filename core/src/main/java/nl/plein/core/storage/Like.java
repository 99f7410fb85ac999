package nl.plein.core.storage;

import java.util.Locale;

/**
 * A LIKE pattern that finds the text anywhere, with the wildcards a person might type taken literally. Pair it with
 * {@code LIKE :p ESCAPE '!'} on a lower-cased column: the same statement works on SQLite and PostgreSQL ('!' rather
 * than a backslash, which Jdbi's parser and the two databases treat differently).
 */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
