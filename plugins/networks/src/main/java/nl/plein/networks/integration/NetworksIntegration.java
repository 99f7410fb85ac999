package nl.plein.networks.integration;

import nl.plein.api.HomeBlock;
import nl.plein.api.NavigationEntry;
import nl.plein.api.Permission;
import nl.plein.api.PluginContext;
import nl.plein.networks.Networks;

/** Networks in the rest of the platform: navigation, home block, search, personal data, demo data. */
public final class NetworksIntegration {

    /** Place in the menu and on the home page: after expeditions (20), webinars (30) and Good Busy (40). */
    static final int ORDER = 50;

    private NetworksIntegration() {
    }

    public static void install(Networks networks) {
        PluginContext context = networks.context();
        context.navigation(new NavigationEntry("networks.nav", "/networks", Permission.PUBLIC, ORDER));
        context.homeBlock(new HomeBlock("networks/integration/home-block", Permission.PUBLIC, ORDER,
                new YourSpaces(context.jdbi())));
        context.search(new NetworksSearch(context.jdbi(), context.messages(), networks.searchIndex()));
        networks.searchIndex().fillOnce(context.jdbi());
        context.personalData(new NetworksPersonalData(context.jdbi(), context.messages(), networks.searchIndex()));
        context.demoData(new NetworksDemoData(networks));
        context.scaleData(new NetworksScaleData(networks));
    }
}
