package nl.plein.webinars.registration;

import java.util.List;

/**
 * What an attempt to register or cancel came to.
 *
 * @param registration the person's registration afterwards, or null when refused
 * @param position     place on the waiting list (from 1) when waiting, else 0
 * @param refusal      message key saying why it was refused, or null when it succeeded
 * @param promoted     people who moved from the waiting list to a seat because of this: after a cancellation, or
 *                     when a registration found seats free that the queue had not taken yet
 */
public record Outcome(String sessionId, Registration registration, int position, String refusal,
                      List<Registration> promoted) {

    public Outcome {
        promoted = List.copyOf(promoted);
    }

    static Outcome refused(String sessionId, String messageKey) {
        return new Outcome(sessionId, null, 0, messageKey, List.of());
    }

    public boolean succeeded() {
        return refusal == null;
    }
}
