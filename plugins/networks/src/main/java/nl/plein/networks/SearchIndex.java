package nl.plein.networks;

import java.util.List;
import java.util.regex.Pattern;
import nl.plein.api.FullText;
import org.jdbi.v3.core.Jdbi;

/**
 * The texts of a space people search for, in core's full-text index: thread titles, post bodies and document
 * titles (meeting titles and trajectories are short and found with LIKE). Each part puts and removes its own in the
 * transaction that writes the row, so the index never keeps a removed post nor misses a new one. The index knows
 * nothing of spaces: search asks it for ids and keeps those the visitor may read, in SQL
 * ({@code integration.NetworksSearch}).
 */
public final class SearchIndex {

    public static final String THREAD = "thread";
    public static final String POST = "post";
    public static final String DOCUMENT = "document";

    /** The target of a Markdown link: an address, not what people search a post for. */
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");

    private final FullText fullText;

    public SearchIndex(FullText fullText) {
        this.fullText = fullText;
    }

    public void thread(String id, String title) {
        fullText.put(THREAD, id, title, "");
    }

    public void post(String id, String markdown) {
        fullText.put(POST, id, "", words(markdown));
    }

    /** A post removed by its author or a coordinator, or erased with its author: its words leave the index. */
    public void removePost(String id) {
        fullText.remove(POST, id);
    }

    public void document(String id, String title) {
        fullText.put(DOCUMENT, id, title, "");
    }

    public void removeDocument(String id) {
        fullText.remove(DOCUMENT, id);
    }

    /** Ids of the kind holding every word of the text, best first: of any space, for the caller to filter. */
    public List<String> find(String kind, String text, int limit) {
        return fullText.search(kind, text, limit);
    }

    /**
     * Indexes, once and in the background, what an installation wrote before this version indexed it. Removed posts
     * and posts erased with their author (no author, a notice instead of their words) stay out.
     */
    public void fillOnce(Jdbi jdbi) {
        fullText.fillOnce(THREAD, (after, limit) -> page(jdbi, """
                SELECT id, title, '' AS body FROM networks_threads
                 WHERE id > :after ORDER BY id LIMIT :limit""", after, limit));
        fullText.fillOnce(POST, (after, limit) -> page(jdbi, """
                SELECT id, '' AS title, body FROM networks_posts
                 WHERE id > :after AND deleted_at IS NULL AND author_id IS NOT NULL ORDER BY id LIMIT :limit""",
                after, limit).stream().map(d -> new FullText.Document(d.id(), "", words(d.body()))).toList());
        fullText.fillOnce(DOCUMENT, (after, limit) -> page(jdbi, """
                SELECT id, title, '' AS body FROM networks_documents
                 WHERE id > :after ORDER BY id LIMIT :limit""", after, limit));
    }

    private static List<FullText.Document> page(Jdbi jdbi, String sql, String after, int limit) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("after", after).bind("limit", limit)
                .map((rs, ctx) -> new FullText.Document(rs.getString("id"), rs.getString("title"),
                        rs.getString("body"))).list());
    }

    private static String words(String markdown) {
        return markdown == null ? "" : LINK_TARGET.matcher(markdown).replaceAll("]");
    }
}
