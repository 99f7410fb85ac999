package nl.plein.webinars.registration;

import nl.plein.webinars.programme.Session;

/**
 * The mail that follows a change in someone's registration. Called after the change is committed, so a mail is never
 * about a change that was rolled back.
 */
public interface RegistrationMail {

    /** A seat: confirmation with the session's calendar file. */
    void registered(Registration registration, Session session);

    /** On the waiting list at this position. */
    void waiting(Registration registration, Session session, int position);

    /** Moved from the waiting list to a seat. */
    void promoted(Registration registration, Session session);

    /**
     * The person cancelled their own seat or waiting place: a confirmation with the calendar file marking the event
     * cancelled, so an event imported from an earlier mail leaves their calendar. Not for an erased person.
     */
    void cancelled(Registration registration, Session session);
}
