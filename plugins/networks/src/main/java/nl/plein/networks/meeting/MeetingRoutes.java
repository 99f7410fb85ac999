package nl.plein.networks.meeting;

import nl.plein.networks.Networks;

/** The routes of this part of the networks plugin. */
public final class MeetingRoutes {

    private MeetingRoutes() {
    }

    public static void register(Networks networks) {
    }
}
