package nl.plein.webinars.afterwards;

import nl.plein.webinars.Webinars;

/** After a session: attendance, evaluations, recordings and slides, the watch-back library, certificates. */
public final class AfterSessionRoutes {

    private AfterSessionRoutes() {
    }

    public static void register(Webinars webinars) {
        // TODO filled in by the part's owner
    }
}
