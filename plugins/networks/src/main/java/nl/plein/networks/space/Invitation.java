package nl.plein.networks.space;

import java.time.Instant;

/**
 * An invitation by mail to join a space. The link's token is not kept, only its hash.
 *
 * @param guestMeetingId for a guest: the one meeting they are invited to
 * @param acceptedAt     when the link was used (it works once), or null
 */
record Invitation(String id, String spaceId, String email, SpaceRole role, String guestMeetingId, String invitedBy,
                  Instant createdAt, Instant expiresAt, Instant acceptedAt) {

    /** Whether the link can still be used. */
    enum State { OPEN, USED, EXPIRED }

    State state(Instant now) {
        if (acceptedAt != null) return State.USED;
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }
}
