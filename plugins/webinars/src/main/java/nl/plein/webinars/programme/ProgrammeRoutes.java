package nl.plein.webinars.programme;

import nl.plein.api.Permission;
import nl.plein.api.PluginContext;
import nl.plein.webinars.WebinarPermissions;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.registration.RegistrationPages;

/** Weeks, sessions and speakers: the public programme and the organiser's forms. */
public final class ProgrammeRoutes {

    private ProgrammeRoutes() {
    }

    public static void register(Webinars webinars, nl.plein.webinars.registration.RegistrationPages registrationPages,
                                SessionListener sessionListener) {
        PluginContext context = webinars.context();
        ProgrammeRepository programme = webinars.programme();
        ProgrammeLookup lookup = new ProgrammeLookup(programme, webinars.access());
        JoinLink joinLink = JoinLink.fromSettings(context.settings(), context.clock());
        var index = new ProgrammeIndex(programme, new WeekCalendar(context.jdbi()), context.clock());
        var weeks = new WeekPages(programme, webinars.registrations(), lookup, context.clock());
        var sessions = sessionPages(webinars, registrationPages, sessionListener, lookup, joinLink);
        var speakers = new SpeakerPages(programme, new SpeakerPhotos(context.uploads()));

        // Fixed paths before the ones with a parameter: Javalin matches in the order of declaration, and "new"
        // would otherwise be taken for a week's or a speaker's id. Object rules (a draft week is 404 to
        // non-organisers) are checked in the handlers through ProgrammeLookup and SessionAccess.
        context.routes()
                .get("/", Permission.PUBLIC, index::show)
                .get("/weeks/new", WebinarPermissions.ORGANISE, weeks::newForm)
                .post("/weeks", WebinarPermissions.ORGANISE, weeks::create)
                .get("/weeks/{week}", Permission.PUBLIC, weeks::show)
                .get("/weeks/{week}/edit", WebinarPermissions.ORGANISE, weeks::editForm)
                .post("/weeks/{week}/edit", WebinarPermissions.ORGANISE, weeks::update)
                .get("/weeks/{week}/sessions/new", WebinarPermissions.ORGANISE, sessions::newForm)
                .post("/weeks/{week}/sessions", WebinarPermissions.ORGANISE, sessions::create)
                .get("/sessions/{session}", Permission.PUBLIC, sessions::show)
                .get("/sessions/{session}/edit", WebinarPermissions.ORGANISE, sessions::editForm)
                .post("/sessions/{session}/edit", WebinarPermissions.ORGANISE, sessions::update)
                .get("/sessions/{session}/cancel-session", WebinarPermissions.ORGANISE, sessions::cancelForm)
                .post("/sessions/{session}/cancel-session", WebinarPermissions.ORGANISE, sessions::cancel)
                .get("/speakers", WebinarPermissions.ORGANISE, speakers::list)
                .get("/speakers/new", WebinarPermissions.ORGANISE, speakers::newForm)
                .post("/speakers", WebinarPermissions.ORGANISE, speakers::create)
                .get("/speakers/{speaker}/edit", WebinarPermissions.ORGANISE, speakers::editForm)
                .post("/speakers/{speaker}/edit", WebinarPermissions.ORGANISE, speakers::update)
                .get("/speakers/{speaker}/photo", Permission.PUBLIC, speakers::photo);
    }

    private static SessionPages sessionPages(Webinars webinars, RegistrationPages registrationPages,
                                             SessionListener listener, ProgrammeLookup lookup, JoinLink joinLink) {
        PluginContext context = webinars.context();
        return new SessionPages(webinars.programme(), webinars.registrations(), registrationPages, listener, lookup,
                webinars.access(), joinLink, new HostChoices(context.directory()), context.directory(),
                context.clock());
    }
}
