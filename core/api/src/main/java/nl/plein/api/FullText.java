package nl.plein.api;

import java.util.List;

/**
 * Full-text search over this plugin's own texts, the same on SQLite (FTS5) and PostgreSQL ({@code tsvector} with the
 * Dutch and the English configuration). The plugin keeps the index in step with its tables and asks it for ids; it
 * sees only its own documents. What a visitor may read stays the plugin's rule, applied in its own SQL:
 *
 * <pre>{@code
 * jdbi.useTransaction(h -> {
 *     h.createUpdate("INSERT INTO example_notices ...").execute();
 *     fullText.put("notice", id, title, body);             // joins this transaction (same thread, same Jdbi)
 * });
 * List<String> ids = fullText.search("notice", query.text(), query.limit() * 5);    // best first
 * if (ids.isEmpty()) return List.of();
 * List<Notice> found = h.createQuery("SELECT ... FROM example_notices WHERE id IN (<ids>) AND <may read>")
 *         .bindList("ids", ids)...;                         // then keep the order of ids, and show query.limit()
 * }</pre>
 *
 * <p>Called inside {@code context.jdbi().inTransaction(…)} or {@code useTransaction(…)} on the same thread, every
 * method takes part in that transaction: a rolled-back insert leaves no index entry, and on SQLite no second
 * connection waits for the write lock. Index what people search for (titles, bodies as plain text), not ids or
 * addresses.
 */
public interface FullText {

    /** The most ids one search returns. */
    int MAX_RESULTS = 500;

    /**
     * Adds the document or replaces its text. Longer texts are indexed by their beginning (a title by its first
     * 1,000 characters, a body by its first 100,000).
     *
     * @param kind  what sort of document, e.g. {@code notice}, {@code post}: lower-case letters, digits and dashes,
     *              at most 40; searches ask per kind
     * @param id    the plugin's id of the document (at most 100 characters)
     * @param title weighs more than the body when results are ranked; null counts as empty
     * @param body  null counts as empty
     */
    void put(String kind, String id, String title, String body);

    /** Removes the document and every word of it from the index (on delete and on erasure); nothing if absent. */
    void remove(String kind, String id);

    /**
     * The ids of this plugin's documents of the kind that contain every word of the text, each also as the start of
     * a longer word ({@code vrijwil} finds {@code vrijwilligers}), best first. Diacritics and case do not matter;
     * on PostgreSQL Dutch and English words are also found by their stem. The text is plain words: quotes,
     * {@code *}, {@code -}, {@code OR}, {@code :}, {@code &} and the like are never operators. Blank text, or text
     * without letters or digits, finds nothing; only the first 8 words count.
     *
     * <p>Ask for more than you show: ids the visitor may not see are left out by your own SQL afterwards.
     *
     * @param limit at most {@link #MAX_RESULTS}
     */
    List<String> search(String kind, String text, int limit);

    /**
     * Indexes the documents that were written before the plugin indexed this kind, once: when the index holds none of
     * this kind but the source has rows (an installation upgraded to a version that indexes), a durable job reads the
     * source page by page in the background, soon after start, and adds each document that is not in the index yet
     * (what the plugin put meanwhile wins). Call it in {@code install}; on a new installation it does nothing.
     */
    void fillOnce(String kind, Source source);

    /** The plugin's existing documents of one kind, in pages ordered by id. */
    @FunctionalInterface
    interface Source {

        /** Up to {@code limit} documents with an id after {@code afterId} ({@code ""} for the first page), by id. */
        List<Document> after(String afterId, int limit);
    }

    /** One document as the index takes it. */
    record Document(String id, String title, String body) {
    }
}
