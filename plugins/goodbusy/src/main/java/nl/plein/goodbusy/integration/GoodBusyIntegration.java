package nl.plein.goodbusy.integration;

import nl.plein.api.HomeBlock;
import nl.plein.api.NavigationEntry;
import nl.plein.api.Permission;
import nl.plein.api.PluginContext;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.GoodBusyPermissions;

/** Good Busy in the rest of the platform: navigation, home block, search, personal data, demo data, data at scale. */
public final class GoodBusyIntegration {

    /**
     * Place in the menu and on the home page: after expeditions (20) and webinars (30), before the example (90); the
     * broker's entry right after.
     */
    static final int ORDER = 40;

    private GoodBusyIntegration() {
    }

    public static void install(GoodBusy goodBusy) {
        PluginContext context = goodBusy.context();
        var openRequests = new OpenRequests(context.jdbi());
        context.navigation(new NavigationEntry("goodbusy.nav", "/goodbusy", Permission.PUBLIC, ORDER));
        // One entry for BROKER: community managers hold it too, and administrators hold every permission, so each of
        // them sees it once.
        context.navigation(new NavigationEntry("goodbusy.integration.nav.broker", "/goodbusy/broker",
                GoodBusyPermissions.BROKER, ORDER + 1));
        context.homeBlock(new HomeBlock("goodbusy/integration/home-block", Permission.PUBLIC, ORDER,
                new HomeBlockModel(goodBusy, openRequests)));
        context.search(new RequestSearch(openRequests, context.directory(), context.messages(), context.clock()));
        context.personalData(new GoodBusyPersonalData(context.jdbi()));
        context.demoData(new GoodBusyDemoData(goodBusy));
        context.scaleData(new GoodBusyScaleData(goodBusy));
    }
}
