package nl.plein.webinars;

import java.util.Set;
import nl.plein.api.Permission;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import nl.plein.api.Role;
import nl.plein.webinars.afterwards.AfterSessionRoutes;
import nl.plein.webinars.calendar.CalendarRoutes;
import nl.plein.webinars.calendar.RegistrationMails;
import nl.plein.webinars.integration.WebinarIntegration;
import nl.plein.webinars.organiser.OrganiserRoutes;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.ProgrammeRoutes;
import nl.plein.webinars.registration.RegistrationPages;
import nl.plein.webinars.registration.Registrations;
import org.pf4j.Extension;

/**
 * Kennisboostweken: weeks of short online sessions with experts and lived-experience experts. Each part of the plugin
 * registers its own routes below; every route names the permission it needs, and the object-level rules (a week
 * that is not published yet, the host of one session) are checked in the handlers through {@link SessionAccess}.
 */
@Extension
public class WebinarsPlugin implements PleinPlugin {

    @Override
    public void install(PluginContext context) {
        var programme = new ProgrammeRepository(context.jdbi(), context.ids(), context.clock());
        var registrations = new Registrations(context.jdbi(), context.ids(), context.clock());
        var webinars = new Webinars(context, programme, registrations, new SessionAccess());
        var registrationMails = new RegistrationMails(webinars);
        var registrationPages = new RegistrationPages(programme, registrations, registrationMails,
                webinars.access(), context.clock());

        context.role(new Role("webinars.organiser", Set.of(WebinarPermissions.ORGANISE)));

        var sessionListener = CalendarRoutes.sessionListener(webinars);
        ProgrammeRoutes.register(webinars, registrationPages, sessionListener);
        context.routes()
                .get("/my", Permission.SIGNED_IN, registrationPages::mine)
                .post("/weeks/{week}/register", Permission.SIGNED_IN, registrationPages::registerWeek)
                .post("/sessions/{session}/register", Permission.SIGNED_IN, registrationPages::register)
                .post("/sessions/{session}/cancel", Permission.SIGNED_IN, registrationPages::cancel);
        CalendarRoutes.register(webinars);
        AfterSessionRoutes.register(webinars);
        OrganiserRoutes.register(webinars);
        WebinarIntegration.install(webinars, registrationMails, sessionListener);
    }
}
