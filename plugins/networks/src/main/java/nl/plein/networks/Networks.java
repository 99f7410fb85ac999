package nl.plein.networks;

import nl.plein.api.PluginContext;
import nl.plein.networks.space.SpaceGate;
import nl.plein.networks.space.Spaces;

/**
 * What the parts of the plugin share: the platform's context, the spaces with the one rule for who may see and do
 * what in them ({@link nl.plein.networks.space.Standing}), the activity log, the search index and the Markdown the
 * pages show, remembered. Built once in {@link NetworksPlugin}.
 */
public record Networks(PluginContext context, Spaces spaces, Activity activity, SearchIndex searchIndex,
                       RenderedMarkdown markdown) {

    /** The door of every space route: standing or the right refusal. */
    public SpaceGate gate() {
        return new SpaceGate(spaces);
    }
}
