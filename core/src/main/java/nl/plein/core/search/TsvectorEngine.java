package nl.plein.core.search;

import java.util.List;
import java.util.StringJoiner;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * PostgreSQL: the generated {@code document} column (Dutch and English, title weighted A, body B) matched with
 * {@code @@} through its GIN index, ranked by {@code ts_rank}. Each word is bound as a quoted prefix lexeme
 * ({@code 'vrijwil':*}) and stemmed by both configurations; a word matches when either language's form matches, so a
 * word that one configuration drops as a stop word is still looked for in the other. A word both drop is left out,
 * and a search of only such words finds nothing.
 */
final class TsvectorEngine implements FullTextEngine {

    /** ts_rank's weights for D, C, B, A: a word in the title counts five times one in the body. */
    private static final String WEIGHTS = "'{0.02, 0.05, 0.2, 1.0}'";

    @Override
    public List<String> search(Handle handle, String owner, String kind, List<String> words, int limit) {
        StringJoiner all = new StringJoiner(" && ");
        for (int i = 0; i < words.size(); i++) {
            all.add("(to_tsquery('dutch', :w" + i + ") || to_tsquery('english', :w" + i + "))");
        }
        // Materialised, the query is made once per search: written inline, a generic plan of the prepared statement
        // would make it again for every row it filters and ranks.
        Query statement = handle.createQuery("WITH q AS MATERIALIZED (SELECT " + all + " AS query)"
                + " SELECT f.doc_id FROM q JOIN plein_fulltext f ON f.document @@ q.query"
                + " WHERE f.owner = :owner AND f.kind = :kind"
                + " ORDER BY ts_rank(" + WEIGHTS + ", f.document, q.query) DESC, f.doc_id LIMIT :limit");
        for (int i = 0; i < words.size(); i++) {
            statement.bind("w" + i, "'" + words.get(i).replace("'", "''") + "':*");
        }
        return statement.bind("owner", owner).bind("kind", kind).bind("limit", limit).mapTo(String.class).list();
    }
}
