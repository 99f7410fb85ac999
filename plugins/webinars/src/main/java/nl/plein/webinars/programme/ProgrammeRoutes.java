package nl.plein.webinars.programme;

import nl.plein.webinars.Webinars;

/** Weeks, sessions and speakers: the public programme and the organiser's forms. */
public final class ProgrammeRoutes {

    private ProgrammeRoutes() {
    }

    public static void register(Webinars webinars, nl.plein.webinars.registration.RegistrationPages registrationPages,
                                SessionListener sessionListener) {
        // TODO filled in by the part's owner
    }
}
