package nl.plein.networks.meeting;

/**
 * A person's answer to a meeting and, afterwards, whether they were there.
 *
 * @param answer   {@code yes}, {@code no}, {@code maybe}; {@code none} for someone ticked as present without having
 *                 answered
 * @param attended null until the attendance is taken
 */
public record Rsvp(String personId, String answer, Boolean attended) {
}
