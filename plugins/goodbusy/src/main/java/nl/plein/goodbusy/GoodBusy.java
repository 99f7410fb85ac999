package nl.plein.goodbusy;

import nl.plein.api.PluginContext;
import nl.plein.goodbusy.offer.Offers;
import nl.plein.goodbusy.profile.Profiles;
import nl.plein.goodbusy.request.Requests;

/**
 * What the parts of the plugin share: the platform's context, the profiles, requests and offers, the rules for who
 * acts for which side, and the operator's settings. Built once in {@link GoodBusyPlugin}.
 */
public record GoodBusy(PluginContext context, Profiles profiles, Requests requests, Offers offers, Sides sides,
                       GoodBusySettings settings) {
}
