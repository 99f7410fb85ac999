package nl.plein.webinars.calendar;

import java.util.Map;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.registration.Registration;
import nl.plein.webinars.registration.RegistrationMail;

/**
 * The mails after a registration changes; a confirmation carries the session's calendar file. The dedupe keys hold
 * the registration's arrival: registering again after cancelling is a new arrival, so it is confirmed again, while
 * a repeated call for the same change sends nothing twice.
 */
public final class RegistrationMails implements RegistrationMail {

    private final SessionMails mails;

    public RegistrationMails(Webinars webinars) {
        var context = webinars.context();
        this.mails = new SessionMails(context, new SessionCalendar(context.baseUrl(), context.clock(),
                context.messages()));
    }

    @Override
    public void registered(Registration registration, Session session) {
        mails.send(registration.personId(), "registered", session, SessionCalendar.Place.SEAT, Map.of(),
                "registered-" + registration.id() + "-" + registration.arrival());
    }

    @Override
    public void waiting(Registration registration, Session session, int position) {
        mails.send(registration.personId(), "waiting", session, null, Map.of("position", position),
                "waiting-" + registration.id() + "-" + registration.arrival());
    }

    @Override
    public void promoted(Registration registration, Session session) {
        mails.send(registration.personId(), "promoted", session, SessionCalendar.Place.SEAT, Map.of(),
                "promoted-" + registration.id() + "-" + registration.arrival());
    }
}
