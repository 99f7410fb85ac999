package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import nl.plein.api.form.FieldErrors;

/**
 * A coordinator invites someone with an account as a guest of one meeting ({@code POST .../guests}); the guest gets
 * a mail with the meeting's address. Someone without an account is told about, not invited: a guest must be able to
 * sign in to see the meeting, and an address typed wrongly should not get mail about a closed space.
 */
final class GuestPages {

    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+";

    private final MeetingParts parts;
    private final MeetingPage page;

    GuestPages(MeetingParts parts, MeetingPage page) {
        this.parts = parts;
        this.page = page;
    }

    void invite(Context ctx) {
        MeetingAccess.Visit visit = parts.access().readable(ctx);
        if (!visit.standing().mayCoordinate()) MeetingAccess.refuse(ctx);
        Meeting meeting = visit.meeting();
        Typed form = Typed.read(ctx, "guestEmail");
        String email = form.get("guestEmail");
        FieldErrors errors = new FieldErrors();
        Optional<String> person = Optional.empty();
        if (email.isEmpty()) {
            errors.add("guestEmail", "networks.meeting.error.email-required");
        } else if (email.length() > 254 || !email.matches(EMAIL)) {
            errors.add("guestEmail", "networks.meeting.error.email-format");
        } else if (meeting.cancelled()) {
            errors.add("guestEmail", "networks.meeting.error.meeting-cancelled");
        } else {
            person = parts.guests().personWithEmail(email);
            if (person.isEmpty()) errors.add("guestEmail", "networks.meeting.error.guest-no-account");
        }
        if (person.isPresent() && parts.guests().invite(meeting, person.get()) == Guests.Outcome.MEMBER) {
            errors.add("guestEmail", "networks.meeting.error.guest-member");
        }
        if (!errors.isEmpty()) {
            page.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, visit, new MeetingPage.Refused(form, errors));
            return;
        }
        parts.mails().guestInvited(person.orElseThrow(), visit.standing().space(), meeting);
        ctx.redirect(MeetingPages.path(meeting) + "?invited=1#guests", HttpStatus.SEE_OTHER);
    }
}
