package nl.plein.api;

/**
 * Turns Markdown written by people into HTML that is safe to show: rendered by a Markdown library, then passed
 * through an HTML sanitiser that keeps only harmless elements and attributes (no scripts, styles, event handlers or
 * {@code javascript:} links). In templates use the filter: {@code {{ post.body | markdown }}}.
 */
public interface Markdown {

    /** Safe HTML for the Markdown; empty for null or blank input. */
    String toSafeHtml(String markdown);
}
