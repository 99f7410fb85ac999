package nl.plein.core.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text as both engines compare it. Documents and searches are cut into the same words, before either engine sees
 * them: runs of letters and digits, folded — diacritics go ({@code coördinator} finds {@code coordinator}), which
 * FTS5 would do but PostgreSQL's stemmers do not. Everything else separates words, so nothing a person types reaches
 * an engine's query syntax (quotes, {@code *}, {@code -}, {@code :}, {@code &}, {@code !}), and both engines see
 * {@code info@example.org} as three words, where PostgreSQL's own parser would keep it whole.
 */
final class SearchWords {

    /** A search is about a few words; more only make the query larger. */
    static final int MAX_WORDS = 8;
    /** Longer words are cut: each word is a prefix anyway, so a cut word still finds the long one. */
    static final int MAX_WORD_LENGTH = 50;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {
    }

    /** The distinct words of a search, lower case and folded, in the order typed; empty when there are none. */
    static List<String> of(String text) {
        if (text == null || text.isBlank()) return List.of();
        Set<String> words = new LinkedHashSet<>();
        for (String word : SEPARATORS.split(fold(text).toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) continue;
            words.add(cut(word, MAX_WORD_LENGTH));
            if (words.size() == MAX_WORDS) break;
        }
        return List.copyOf(words);
    }

    /** A document's text as it is stored: its words, folded, separated by single spaces. */
    static String indexable(String text) {
        return SEPARATORS.matcher(fold(text)).replaceAll(" ").strip();
    }

    /** Compatibility-decomposed (ligatures, full-width letters) and without diacritics; null becomes empty. */
    static String fold(String text) {
        if (text == null || text.isEmpty()) return "";
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** At most {@code max} code points, never half a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max || text.codePointCount(0, text.length()) <= max) return text;
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
