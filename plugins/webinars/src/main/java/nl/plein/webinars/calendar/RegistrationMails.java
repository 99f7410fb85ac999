package nl.plein.webinars.calendar;

import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.registration.Registration;
import nl.plein.webinars.registration.RegistrationMail;

/** The mails after a registration changes; a confirmation carries the session's calendar file. */
public final class RegistrationMails implements RegistrationMail {

    private final Webinars webinars;

    public RegistrationMails(Webinars webinars) {
        this.webinars = webinars;
    }

    @Override
    public void registered(Registration registration, Session session) {
        // TODO
    }

    @Override
    public void waiting(Registration registration, Session session, int position) {
        // TODO
    }

    @Override
    public void promoted(Registration registration, Session session) {
        // TODO
    }
}
