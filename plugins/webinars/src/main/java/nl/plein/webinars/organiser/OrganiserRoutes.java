package nl.plein.webinars.organiser;

import nl.plein.webinars.Webinars;

/** The organiser's figures per session and week, registrations as CSV, a message to all registrants. */
public final class OrganiserRoutes {

    private OrganiserRoutes() {
    }

    public static void register(Webinars webinars) {
        // TODO filled in by the part's owner
    }
}
