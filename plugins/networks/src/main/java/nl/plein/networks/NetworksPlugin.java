package nl.plein.networks;

import java.util.Set;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import nl.plein.api.Role;
import nl.plein.networks.discussion.DiscussionRoutes;
import nl.plein.networks.document.DocumentRoutes;
import nl.plein.networks.integration.NetworksIntegration;
import nl.plein.networks.meeting.MeetingRoutes;
import nl.plein.networks.space.SpaceRoutes;
import nl.plein.networks.space.Spaces;
import nl.plein.networks.trajectory.TrajectoryRoutes;
import org.pf4j.Extension;

/**
 * Members-only spaces for national networks of organisations (LOVZ-like networks, Samen-Ouder-Worden-like
 * programmes). Each part registers its own routes under {@code /networks/spaces/{space}/...}; every handler starts by
 * asking {@link nl.plein.networks.space.Spaces#standing} what the visitor may do in that space, and answers 404 for
 * a space that does not exist for them.
 */
@Extension
public class NetworksPlugin implements PleinPlugin {

    @Override
    public void install(PluginContext context) {
        var networks = new Networks(context, new Spaces(context.jdbi(), context.ids(), context.clock()),
                new Activity(context.jdbi(), context.ids(), context.clock()), new SearchIndex(context.fullText()),
                new RenderedMarkdown(context.markdown()));

        context.role(new Role("networks.coordinator", Set.of(NetworksPermissions.CREATE_SPACE)));

        SpaceRoutes.register(networks);
        DiscussionRoutes.register(networks);
        DocumentRoutes.register(networks);
        MeetingRoutes.register(networks);
        TrajectoryRoutes.register(networks);
        NetworksIntegration.install(networks);
    }
}
