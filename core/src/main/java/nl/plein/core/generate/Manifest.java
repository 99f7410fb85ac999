package nl.plein.core.generate;

import java.util.List;
import java.util.Map;

/**
 * What a generation made, written to {@code generated.json} in the data directory: the benchmark suite reads the
 * pages to measure and the notes (who registers in the burst, which job is a digest) from it.
 *
 * @param seconds the whole generation, without starting and stopping Plein
 */
public record Manifest(String scale, double factor, long seed, String today, String revision, double seconds,
                       String password, String administrator, List<Part> parts, List<Page> pages,
                       Map<String, Object> notes) {

    public static final String FILE = "generated.json";

    /** One owner's share of the work. */
    public record Part(String owner, double seconds) {
    }

    /**
     * A page the benchmark suite measures.
     *
     * @param email who to sign in as; null for an anonymous visitor
     */
    public record Page(String owner, String name, String path, String email) {
    }

    /** The pages of one owner. */
    public List<Page> pagesOf(String owner) {
        return pages.stream().filter(page -> page.owner().equals(owner)).toList();
    }
}
