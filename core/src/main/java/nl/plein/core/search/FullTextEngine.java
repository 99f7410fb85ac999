package nl.plein.core.search;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The one statement that differs per database: finding documents by their words. Storing and removing them is the
 * same portable SQL on both ({@link FullTextIndex}); each engine's index follows the table by itself (triggers on
 * SQLite, a generated column on PostgreSQL).
 */
interface FullTextEngine {

    /**
     * The ids of the owner's documents of the kind that hold every word, each also as a prefix, best first.
     *
     * @param words at least one, from {@link SearchWords#of}: letters and digits only
     */
    List<String> search(Handle handle, String owner, String kind, List<String> words, int limit);
}
