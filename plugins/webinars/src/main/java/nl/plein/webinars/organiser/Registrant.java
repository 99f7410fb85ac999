package nl.plein.webinars.organiser;

import java.time.Instant;
import nl.plein.webinars.registration.RegistrationStatus;

/**
 * Someone with a seat or a waiting place, as the session's manager sees them.
 *
 * @param name     display name, or null when the person no longer exists
 * @param position place on the waiting list from 1, or 0 for a seat
 * @param attended null until attendance is marked
 */
public record Registrant(String registrationId, String personId, String name, RegistrationStatus status,
                         int position, Boolean attended, Instant registeredAt) {

    public boolean seated() {
        return status == RegistrationStatus.REGISTERED;
    }

    public boolean waiting() {
        return status == RegistrationStatus.WAITING;
    }
}
