package nl.plein.networks.space;

/**
 * What one visitor may do in one space, decided once per request from the database (so a removed member loses
 * access at once). Every page, file, feed, search result, mail and export of this plugin asks this — the one place
 * the privacy rules live.
 *
 * @param space          the space
 * @param role           the visitor's role in it, or null when they are not in it
 * @param guestMeetingId the meeting a guest is invited to (null otherwise)
 * @param administrator  a platform administrator: may see that the space exists and manage who is in it, but reads
 *                       its content only as a member
 */
public record Standing(Space space, SpaceRole role, String guestMeetingId, boolean administrator) {

    /** Whether the space may be named to this visitor at all (secret spaces: only to those in it). */
    public boolean knowsOf() {
        return space.visibility() != Visibility.SECRET || role != null || administrator;
    }

    /** A member, chair or coordinator: not a guest, not an outsider. */
    public boolean isMember() {
        return role == SpaceRole.MEMBER || role == SpaceRole.CHAIR || role == SpaceRole.COORDINATOR;
    }

    public boolean isCoordinator() {
        return role == SpaceRole.COORDINATOR;
    }

    public boolean isChair() {
        return role == SpaceRole.CHAIR;
    }

    public boolean isGuest() {
        return role == SpaceRole.GUEST;
    }

    /** Reads the space's content (discussions, documents for members, meetings, minutes, actions, directory). */
    public boolean mayRead() {
        return isMember() || space.visibility() == Visibility.OPEN;
    }

    /** Reads one meeting (a guest only theirs). */
    public boolean mayReadMeeting(String meetingId) {
        return mayRead() || (isGuest() && meetingId != null && meetingId.equals(guestMeetingId));
    }

    /** Takes part: posts, proposes agenda items, answers invitations, uploads. */
    public boolean mayTakePart() {
        return isMember();
    }

    /** Runs the space: members, roles, announcements, meetings, coordinators-only documents. */
    public boolean mayCoordinate() {
        return isCoordinator();
    }

    /** Manages who is in the space: its coordinators, and administrators (e.g. when its last coordinator left). */
    public boolean mayManageMembers() {
        return isCoordinator() || administrator;
    }
}
