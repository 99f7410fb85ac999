package nl.plein.webinars;

import nl.plein.api.Permission;

/** What the webinar roles may do. Hosting one session is not a role: the organiser names the host per session. */
public final class WebinarPermissions {

    /** Create weeks, sessions and speakers, see every registration and figure (role {@code webinars.organiser}). */
    public static final Permission ORGANISE = new Permission("webinars.organise");

    private WebinarPermissions() {
    }
}
