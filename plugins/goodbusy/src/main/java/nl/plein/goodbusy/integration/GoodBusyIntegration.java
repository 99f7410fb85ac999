package nl.plein.goodbusy.integration;

import nl.plein.goodbusy.GoodBusy;

/** Good Busy in the rest of the platform: navigation, home block, search, personal data, demo data. */
public final class GoodBusyIntegration {

    private GoodBusyIntegration() {
    }

    public static void install(GoodBusy goodBusy) {
    }
}
