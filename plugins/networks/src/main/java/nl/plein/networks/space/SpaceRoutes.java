package nl.plein.networks.space;

import nl.plein.networks.Networks;

/** The routes of this part of the networks plugin. */
public final class SpaceRoutes {

    private SpaceRoutes() {
    }

    public static void register(Networks networks) {
    }
}
