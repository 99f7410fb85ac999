package nl.plein.core.search;

import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * SQLite: an FTS5 query over {@code plein_fulltext_index}, ranked by bm25 with the title counting ten times the body.
 * Every word becomes a quoted prefix ({@code "vrijwil"*}), so FTS5's operators (AND, OR, NOT, NEAR, column filters)
 * can never be formed from what someone typed.
 */
final class Fts5Engine implements FullTextEngine {

    // The MATCH is answered by the index alone; the owner and kind come from the table by row_key (its unique index).
    private static final String SEARCH = """
            SELECT f.doc_id FROM (
                   SELECT rowid AS row_key, bm25(plein_fulltext_index, 10.0, 1.0) AS score
                     FROM plein_fulltext_index WHERE plein_fulltext_index MATCH :query) m
              JOIN plein_fulltext f ON f.row_key = m.row_key
             WHERE f.owner = :owner AND f.kind = :kind
             ORDER BY m.score, f.doc_id LIMIT :limit""";

    @Override
    public List<String> search(Handle handle, String owner, String kind, List<String> words, int limit) {
        String query = words.stream().map(word -> "\"" + stem(word).replace("\"", "\"\"") + "\"*")
                .collect(Collectors.joining(" "));
        return handle.createQuery(SEARCH).bind("query", query).bind("owner", owner).bind("kind", kind)
                .bind("limit", limit).mapTo(String.class).list();
    }

    /**
     * FTS5 has no stemmer, and a prefix only finds longer words: without this, {@code vrijwilligers} would not find
     * {@code vrijwilliger}, nor {@code vergaderingen} {@code vergadering}. Dropping a plural {@code -en} or {@code -s}
     * from longer words finds both, close to what PostgreSQL's Dutch stemmer does.
     */
    static String stem(String word) {
        if (word.length() >= 6 && word.endsWith("en")) return word.substring(0, word.length() - 2);
        if (word.length() >= 5 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
