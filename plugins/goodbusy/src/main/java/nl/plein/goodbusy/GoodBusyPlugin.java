package nl.plein.goodbusy;

import java.util.Set;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import nl.plein.api.Role;
import nl.plein.goodbusy.deal.DealRoutes;
import nl.plein.goodbusy.impact.ImpactRoutes;
import nl.plein.goodbusy.integration.GoodBusyIntegration;
import nl.plein.goodbusy.matching.MatchingRoutes;
import nl.plein.goodbusy.offer.OfferRoutes;
import nl.plein.goodbusy.offer.Offers;
import nl.plein.goodbusy.profile.ProfileRoutes;
import nl.plein.goodbusy.profile.Profiles;
import nl.plein.goodbusy.request.RequestRoutes;
import nl.plein.goodbusy.request.Requests;
import org.pf4j.Extension;

/**
 * Good Busy: companies that volunteer with their employees, matched to the requests of social organisations. Each
 * part registers its own routes: profiles, requests and offers; matching (ranked suggestions with reasons and the
 * daily digest); the deal from proposal to hours and evaluation; impact. Every route names the permission it needs;
 * acting for one organisation is checked in the handlers through {@link Sides}.
 */
@Extension
public class GoodBusyPlugin implements PleinPlugin {

    @Override
    public void install(PluginContext context) {
        var goodBusy = new GoodBusy(context, new Profiles(context.jdbi(), context.clock()),
                new Requests(context.jdbi(), context.ids(), context.clock()),
                new Offers(context.jdbi(), context.ids(), context.clock()), new Sides(context.directory()),
                GoodBusySettings.from(context.settings()));

        context.role(new Role("goodbusy.broker", Set.of(GoodBusyPermissions.BROKER)));
        // A community manager does what a broker does, in every province: holding BROKER too gives them the broker's
        // menu entry (core shows an entry to the holders of one permission).
        context.role(new Role("goodbusy.community-manager",
                Set.of(GoodBusyPermissions.MANAGE, GoodBusyPermissions.BROKER)));

        ProfileRoutes.register(goodBusy);
        RequestRoutes.register(goodBusy);
        OfferRoutes.register(goodBusy);
        MatchingRoutes.register(goodBusy);
        DealRoutes.register(goodBusy);
        ImpactRoutes.register(goodBusy);
        GoodBusyIntegration.install(goodBusy);
    }
}
