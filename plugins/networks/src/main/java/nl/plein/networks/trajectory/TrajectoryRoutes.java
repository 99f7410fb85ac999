package nl.plein.networks.trajectory;

import nl.plein.networks.Networks;

/** The routes of this part of the networks plugin. */
public final class TrajectoryRoutes {

    private TrajectoryRoutes() {
    }

    public static void register(Networks networks) {
    }
}
