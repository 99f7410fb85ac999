package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import nl.plein.networks.Networks;
import nl.plein.networks.space.SpaceGate;
import nl.plein.networks.space.Standing;

/**
 * Who may do what with a meeting, on top of the space's {@link Standing}: the one place this part's rules live.
 * Readers of the space read its meetings; a guest reads only the meeting they are invited to; coordinators and the
 * chair keep the minutes, the attendance and the action and decision lists.
 */
final class MeetingAccess {

    /** A meeting with the visitor's standing in its space. */
    record Visit(Standing standing, Meeting meeting) {
    }

    private final Networks networks;
    private final Meetings meetings;

    MeetingAccess(Networks networks, Meetings meetings) {
        this.networks = networks;
        this.meetings = meetings;
    }

    /** The standing of a visitor who may read the space's content (the gate's rule), or the refusal. */
    Standing reader(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        if (!standing.mayRead()) refuse(ctx);
        return standing;
    }

    /** The standing of a coordinator of the space, or the refusal. */
    Standing coordinator(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        if (!standing.mayCoordinate()) refuse(ctx);
        return standing;
    }

    /** The gate's refusal: sign in first (anonymous GET), else 403. */
    static void refuse(Context ctx) {
        SpaceGate.refuse(ctx);
    }

    /**
     * The meeting of the path, for a visitor who may read it. A guest asking for any other meeting is refused
     * before it is looked up, so they cannot learn which meeting ids exist.
     */
    Visit readable(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        String meetingId = ctx.pathParam("meeting");
        if (!standing.mayReadMeeting(meetingId)) refuse(ctx);
        Meeting meeting = meetings.find(standing.space().id(), meetingId).orElseThrow(NotFoundResponse::new);
        return new Visit(standing, meeting);
    }

    /** Writes the minutes, ticks attendance, adds actions and decisions. */
    static boolean keepsRecords(Standing standing) {
        return standing.mayCoordinate() || standing.isChair();
    }

    /** Answers whether they come: members, and a guest for their own meeting. */
    static boolean mayAnswer(Standing standing, Meeting meeting) {
        return standing.mayTakePart() || (standing.isGuest() && meeting.id().equals(standing.guestMeetingId()));
    }

    /** Sees draft minutes, proposed agenda items, who comes: the space's members (not guests, not outsiders). */
    static boolean seesInside(Standing standing) {
        return standing.isMember();
    }
}
