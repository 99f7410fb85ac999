package nl.plein.webinars.registration;

import java.time.Instant;

/**
 * One person's registration for one session.
 *
 * @param arrival  order of arrival for the session; the waiting list is served in this order
 * @param attended null until the host marked attendance; then attended (true) or a no-show (false)
 * @param revision how often the status changed (registered again, promoted, cancelled); only goes up. Added to the
 *                 session's SEQUENCE in the person's calendar, so their own changes replace the event they hold
 */
public record Registration(String id, String sessionId, String personId, RegistrationStatus status, long arrival,
                           Boolean attended, Instant createdAt, int revision) {

    public boolean registered() {
        return status == RegistrationStatus.REGISTERED;
    }

    public boolean waiting() {
        return status == RegistrationStatus.WAITING;
    }

    public boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }
}
