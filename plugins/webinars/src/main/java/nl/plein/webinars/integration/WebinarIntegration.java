package nl.plein.webinars.integration;

import nl.plein.webinars.Webinars;

/** Navigation, home-page block, search, personal data and demo data. */
public final class WebinarIntegration {

    private WebinarIntegration() {
    }

    public static void install(Webinars webinars) {
        // TODO filled in by the part's owner
    }
}
