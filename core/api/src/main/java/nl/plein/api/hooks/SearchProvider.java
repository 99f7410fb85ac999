package nl.plein.api.hooks;

import java.util.List;
import nl.plein.api.Visitor;

/**
 * Contributes results to the platform search ({@code /search}). Called for every search; return only what the
 * visitor may see (members-only content must never appear for outsiders), at most {@code query.limit()} hits.
 */
@FunctionalInterface
public interface SearchProvider {

    List<SearchHit> search(SearchQuery query);

    /** What was asked, by whom. */
    record SearchQuery(String text, Visitor visitor, int limit) {
    }

    /** One result: a title, a short plain-text snippet and a link inside Plein. */
    record SearchHit(String title, String snippet, String url) {
    }
}
