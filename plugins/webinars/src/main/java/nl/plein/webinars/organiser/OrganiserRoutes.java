package nl.plein.webinars.organiser;

import nl.plein.api.Permission;
import nl.plein.webinars.WebinarPermissions;
import nl.plein.webinars.Webinars;

/** The organiser's figures per session and week, registrations as CSV, a message to all registrants. */
public final class OrganiserRoutes {

    private OrganiserRoutes() {
    }

    /**
     * Session routes are open to any signed-in visitor at the door: whether they manage this session (organiser or
     * host) is checked in the handler ({@link ManagedSession}). The week report is for organisers only.
     */
    public static void register(Webinars webinars) {
        ManagePage manage = new ManagePage(webinars);
        RegistrantMessage message = new RegistrantMessage(webinars, manage);
        RegistrationsExport export = new RegistrationsExport(webinars);
        WeekReport report = new WeekReport(webinars);
        webinars.context().routes()
                .get("/sessions/{session}/manage", Permission.SIGNED_IN, manage::show)
                .post("/sessions/{session}/message", Permission.SIGNED_IN, message::send)
                .get("/sessions/{session}/registrations.csv", Permission.SIGNED_IN, export::csv)
                .get("/weeks/{week}/report", WebinarPermissions.ORGANISE, report::page)
                .get("/weeks/{week}/report.csv", WebinarPermissions.ORGANISE, report::csv);
    }
}
