package nl.plein.api;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A plugin's block on the home page: a template (e.g. {@code webinars/home-block}) included in the home page, so it
 * sees {@code visitor}, {@code locale} and {@code t()}, plus {@code model}: what the block's model function returned
 * for this visitor. Blocks appear in ascending order. A block whose model function throws is left out (and logged);
 * the home page still shows the others.
 *
 * <pre>{@code
 * context.homeBlock(new HomeBlock("webinars/home-block", Permission.PUBLIC, 30,
 *         visitor -> Map.of("sessions", programme.upcoming(4))));
 * }</pre>
 *
 * @param template   the plugin's template name
 * @param permission who sees it
 * @param order      position; lower comes first
 * @param model      the values the block shows, for the visitor looking at the home page
 */
public record HomeBlock(String template, Permission permission, int order,
                        Function<Visitor, Map<String, Object>> model) {

    public HomeBlock {
        Objects.requireNonNull(template);
        Objects.requireNonNull(permission);
        model = model == null ? visitor -> Map.of() : model;
    }

    /** A block that needs nothing but the page's own values. */
    public HomeBlock(String template, Permission permission, int order) {
        this(template, permission, order, null);
    }
}
