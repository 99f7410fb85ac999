package nl.plein.webinars.calendar;

import java.util.Map;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.registration.Registration;
import nl.plein.webinars.registration.RegistrationMail;

/**
 * The mails after a registration changes; a confirmation carries the session's calendar file, and so does the
 * confirmation of cancelling, marking the event cancelled so it leaves the calendar it was imported into. Every file's
 * SEQUENCE includes the registration's revision, so each replaces the one mailed before it.
 *
 * <p>The dedupe keys hold the registration's arrival or revision: registering again after cancelling is a new
 * arrival, so it is confirmed again, while a repeated call for the same change sends nothing twice.
 *
 * <p>Cancelling is confirmed also to someone who only left the waiting list: the waiting-list mail has no calendar
 * file, but the news of a moved session does (marked "waiting list"), so they may hold the event as well.
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
        mails.send(registration, "registered", session, SessionCalendar.Place.SEAT, Map.of(),
                "registered-" + registration.id() + "-" + registration.arrival());
    }

    @Override
    public void waiting(Registration registration, Session session, int position) {
        mails.send(registration, "waiting", session, null, Map.of("position", position),
                "waiting-" + registration.id() + "-" + registration.arrival());
    }

    @Override
    public void promoted(Registration registration, Session session) {
        mails.send(registration, "promoted", session, SessionCalendar.Place.SEAT, Map.of(),
                "promoted-" + registration.id() + "-" + registration.arrival());
    }

    @Override
    public void cancelled(Registration registration, Session session) {
        mails.send(registration, "unregistered", session, SessionCalendar.Place.GAVE_UP, Map.of(),
                "unregistered-" + registration.id() + "-r" + registration.revision());
    }
}
