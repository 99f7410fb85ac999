package nl.plein.networks.integration;

import nl.plein.networks.Networks;

/** Networks in the rest of the platform: navigation, home block, search, personal data, demo data. */
public final class NetworksIntegration {

    private NetworksIntegration() {
    }

    public static void install(Networks networks) {
    }
}
