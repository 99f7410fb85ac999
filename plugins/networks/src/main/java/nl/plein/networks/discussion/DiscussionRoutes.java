package nl.plein.networks.discussion;

import nl.plein.networks.Networks;

/** The routes of this part of the networks plugin. */
public final class DiscussionRoutes {

    private DiscussionRoutes() {
    }

    public static void register(Networks networks) {
    }
}
