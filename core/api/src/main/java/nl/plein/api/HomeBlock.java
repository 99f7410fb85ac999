package nl.plein.api;

/**
 * A plugin's block on the home page: a template (e.g. {@code webinars/home-block}) rendered with the home page's
 * model, so it sees {@code visitor}, {@code locale} and {@code t()}. Blocks appear in ascending order.
 *
 * @param template   the plugin's template name
 * @param permission who sees it
 * @param order      position; lower comes first
 */
public record HomeBlock(String template, Permission permission, int order) {
}
