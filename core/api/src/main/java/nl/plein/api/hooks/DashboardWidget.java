package nl.plein.api.hooks;

import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;

/**
 * A widget on a signed-in person's dashboard ({@code /dashboard}).
 */
@FunctionalInterface
public interface DashboardWidget {

    /** The widget for this visitor, or empty if it has nothing to show them. */
    Optional<Widget> render(Visitor visitor);

    /**
     * @param template the plugin's template for the widget, e.g. {@code webinars/widget}
     * @param model    values the template uses
     */
    record Widget(String template, Map<String, Object> model) {
    }
}
