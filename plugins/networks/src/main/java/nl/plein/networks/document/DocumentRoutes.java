package nl.plein.networks.document;

import nl.plein.networks.Networks;

/** The routes of this part of the networks plugin. */
public final class DocumentRoutes {

    private DocumentRoutes() {
    }

    public static void register(Networks networks) {
    }
}
