package nl.plein.core.search;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import nl.plein.api.FullText;
import nl.plein.api.Jobs;
import nl.plein.core.storage.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * Core's full-text index ({@code plein_fulltext}) for every plugin, each seeing only its own documents through
 * {@link #forPlugin}. Writes are the same portable SQL on both databases; the engine that answers searches is picked
 * by {@link Database#dialect()}.
 *
 * <p>Every statement runs through the platform's Jdbi with {@code useHandle}/{@code withHandle}, which on a thread
 * already inside {@code inTransaction} reuse that transaction's handle: a plugin's put or remove commits or rolls
 * back with its own rows.
 */
public final class FullTextIndex {

    static final int MAX_TITLE = 1_000;
    static final int MAX_BODY = 100_000;
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final Jdbi jdbi;
    private final FullTextEngine engine;

    private FullTextIndex(Jdbi jdbi, FullTextEngine engine) {
        this.jdbi = jdbi;
        this.engine = engine;
    }

    public static FullTextIndex on(Database database) {
        return new FullTextIndex(database.jdbi(), switch (database.dialect()) {
            case SQLITE -> new Fts5Engine();
            case POSTGRESQL -> new TsvectorEngine();
        });
    }

    /** A plugin's index, with {@link FullText#fillOnce} run by its own durable jobs. */
    public FullText forPlugin(String owner, Jobs jobs, Clock clock) {
        return new PluginFullText(this, owner, jobs, clock, PluginFullText.FILL_RUN);
    }

    /** An owner's index without {@link FullText#fillOnce}: for tests that write rows as a plugin would. */
    public FullText forOwner(String owner) {
        return new PluginFullText(this, owner, null, null, PluginFullText.FILL_RUN);
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Adds the document, or replaces its text ({@code replace}) or leaves it as it is. The row key is random: 63 bits
     * make a clash between two documents practically impossible, and a clash fails loudly on the unique key.
     */
    void put(String owner, String kind, String id, String title, String body, boolean replace) {
        check(kind, id);
        String onConflict = replace
                ? """
                  DO UPDATE SET title = excluded.title, body = excluded.body
                   WHERE plein_fulltext.title <> excluded.title OR plein_fulltext.body <> excluded.body"""
                : "DO NOTHING";
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO plein_fulltext (owner, kind, doc_id, row_key, title, body)
                        VALUES (:owner, :kind, :id, :key, :title, :body)
                        ON CONFLICT (owner, kind, doc_id)\s""" + onConflict)
                .bind("owner", owner).bind("kind", kind).bind("id", id)
                .bind("key", ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                .bind("title", SearchWords.cut(SearchWords.indexable(title), MAX_TITLE))
                .bind("body", SearchWords.cut(SearchWords.indexable(body), MAX_BODY))
                .execute());
    }

    void remove(String owner, String kind, String id) {
        check(kind, id);
        jdbi.useHandle(h -> h.createUpdate(
                        "DELETE FROM plein_fulltext WHERE owner = :owner AND kind = :kind AND doc_id = :id")
                .bind("owner", owner).bind("kind", kind).bind("id", id).execute());
    }

    boolean holdsAny(String owner, String kind) {
        check(kind, "-");
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT doc_id FROM plein_fulltext WHERE owner = :owner AND kind = :kind LIMIT 1")
                .bind("owner", owner).bind("kind", kind).mapTo(String.class).findOne().isPresent());
    }

    List<String> search(String owner, String kind, String text, int limit) {
        check(kind, "-");
        List<String> words = SearchWords.of(text);
        int bounded = Math.min(limit, FullText.MAX_RESULTS);
        if (words.isEmpty() || bounded <= 0) return List.of();
        return jdbi.withHandle(h -> engine.search(h, owner, kind, words, bounded));
    }

    /** Mistakes of the plugin's code, not of a visitor: they fail at once. */
    private static void check(String kind, String id) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a full-text kind is 1-40 lower-case letters, digits, dashes: " + kind);
        }
        if (id == null || id.isEmpty() || id.length() > 100) {
            throw new IllegalArgumentException("a full-text document id is 1-100 characters");
        }
    }
}
