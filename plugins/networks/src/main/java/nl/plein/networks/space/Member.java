package nl.plein.networks.space;

import java.time.Instant;

/**
 * A person in a space.
 *
 * @param organisationId   the member organisation they represent, or null
 * @param guestMeetingId   for a guest: the one meeting they are invited to
 * @param lastVisitAt      when they last opened the space's front page (for "what changed since"), or null
 */
public record Member(String spaceId, String personId, String organisationId, SpaceRole role, String guestMeetingId,
                     Instant joinedAt, Instant lastVisitAt) {
}
