package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Member;

/** Answering whether one comes (members and the meeting's guests) and, afterwards, ticking who came. */
final class RsvpPages {

    private final Networks networks;
    private final MeetingParts parts;
    private final MeetingPage page;

    RsvpPages(Networks networks, MeetingParts parts, MeetingPage page) {
        this.networks = networks;
        this.parts = parts;
        this.page = page;
    }

    /** {@code POST .../rsvp} with {@code answer=yes|no|maybe}, until the meeting is over. */
    void answer(Context ctx) {
        MeetingAccess.Visit visit = parts.access().readable(ctx);
        if (!MeetingAccess.mayAnswer(visit.standing(), visit.meeting())) MeetingAccess.refuse(ctx);
        Meeting meeting = visit.meeting();
        String answer = Typed.cut(ctx.formParam("answer"));
        FieldErrors errors = new FieldErrors();
        if (meeting.cancelled()) {
            errors.add("answer", "networks.meeting.error.meeting-cancelled");
        } else if (meeting.over(networks.context().clock().instant())) {
            errors.add("answer", "networks.meeting.error.rsvp-over");
        } else if (!Rsvps.ANSWERS.contains(answer)) {
            errors.add("answer", "networks.meeting.error.answer");
        }
        if (!errors.isEmpty()) {
            page.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, visit,
                    new MeetingPage.Refused(Typed.blank().set("answer", answer.length() > 10 ? "" : answer), errors));
            return;
        }
        parts.rsvps().answer(meeting.id(), Visitor.of(ctx).personId(), answer);
        ctx.redirect(MeetingPages.path(meeting) + "?answered=1#rsvp", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST .../attendance}: the ticked people ({@code attended}, one field each) were there, the others of the
     * space's members and the meeting's guests were not. Coordinators and the chair, once the meeting has begun.
     */
    void attendance(Context ctx) {
        MeetingAccess.Visit visit = parts.access().readable(ctx);
        if (!MeetingAccess.keepsRecords(visit.standing())) MeetingAccess.refuse(ctx);
        Meeting meeting = visit.meeting();
        Instant now = networks.context().clock().instant();
        if (meeting.cancelled() || !meeting.begun(now)) {
            FieldErrors errors = new FieldErrors().add("attended", meeting.cancelled()
                    ? "networks.meeting.error.meeting-cancelled" : "networks.meeting.error.attendance-too-early");
            page.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, visit, new MeetingPage.Refused(Typed.blank(), errors));
            return;
        }
        List<String> candidates = page.couldAttend(meeting).stream().map(Member::personId).toList();
        // Only people who could have come are recorded: an id typed into the form from elsewhere is ignored.
        Set<String> present = new HashSet<>(ctx.formParams("attended"));
        present.retainAll(candidates);
        parts.rsvps().attendance(meeting.id(), candidates, present);
        ctx.redirect(MeetingPages.path(meeting) + "?attendance=1#attendance", HttpStatus.SEE_OTHER);
    }
}
