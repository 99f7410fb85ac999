package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;

/**
 * The agenda's forms on a meeting's page: members propose items until the deadline; coordinators accept or decline
 * them and put the accepted ones in order.
 */
final class AgendaPages {

    private final MeetingParts parts;
    private final MeetingPage page;

    AgendaPages(MeetingParts parts, MeetingPage page) {
        this.parts = parts;
        this.page = page;
    }

    /** {@code POST .../agenda}: a refused proposal (too late, too long) comes back with its text, not lost. */
    void propose(Context ctx) {
        MeetingAccess.Visit visit = parts.access().readable(ctx);
        if (!visit.standing().mayTakePart()) MeetingAccess.refuse(ctx);
        Typed form = Typed.read(ctx, "agendaTitle", "agendaDescription");
        FieldErrors errors = new FieldErrors();
        String title = form.text("agendaTitle", 200, "networks.meeting.error.agenda-title-required", errors);
        String description = form.text("agendaDescription", 5000, null, errors);
        if (!errors.isEmpty()) {
            page.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, visit, new MeetingPage.Refused(form, errors));
            return;
        }
        boolean coordinator = visit.standing().mayCoordinate();
        switch (parts.agenda().propose(visit.meeting(), title, description, Visitor.of(ctx).personId(), coordinator)) {
            case CLOSED -> {
                errors.add("agendaTitle", visit.meeting().cancelled() ? "networks.meeting.error.meeting-cancelled"
                        : "networks.meeting.error.agenda-closed");
                page.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, visit, new MeetingPage.Refused(form, errors));
            }
            case FULL -> {
                errors.add("agendaTitle", "networks.meeting.error.agenda-full");
                page.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, visit, new MeetingPage.Refused(form, errors));
            }
            case ADDED -> ctx.redirect(MeetingPages.path(visit.meeting()) + "?proposed=1#agenda",
                    HttpStatus.SEE_OTHER);
        }
    }

    /** {@code POST .../agenda/{item}/status} with {@code decision=accept|decline}. */
    void decide(Context ctx) {
        MeetingAccess.Visit visit = parts.access().readable(ctx);
        if (!visit.standing().mayCoordinate()) MeetingAccess.refuse(ctx);
        String decision = ctx.formParam("decision");
        if (!"accept".equals(decision) && !"decline".equals(decision)) {
            refuse(ctx, visit, "networks.meeting.error.agenda-decision");
            return;
        }
        boolean accept = "accept".equals(decision);
        if (!parts.agenda().decide(visit.meeting(), ctx.pathParam("item"), accept)) throw new NotFoundResponse();
        ctx.redirect(MeetingPages.path(visit.meeting()) + (accept ? "?accepted=1" : "?declined=1") + "#agenda",
                HttpStatus.SEE_OTHER);
    }

    /** {@code POST .../agenda/{item}/move} with {@code direction=up|down}. */
    void move(Context ctx) {
        MeetingAccess.Visit visit = parts.access().readable(ctx);
        if (!visit.standing().mayCoordinate()) MeetingAccess.refuse(ctx);
        String direction = ctx.formParam("direction");
        if (!"up".equals(direction) && !"down".equals(direction)) {
            refuse(ctx, visit, "networks.meeting.error.agenda-direction");
            return;
        }
        if (!parts.agenda().move(visit.meeting(), ctx.pathParam("item"), "up".equals(direction))) {
            throw new NotFoundResponse();
        }
        ctx.redirect(MeetingPages.path(visit.meeting()) + "?moved=1#agenda", HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, MeetingAccess.Visit visit, String messageKey) {
        FieldErrors errors = new FieldErrors().add("agendaTitle", messageKey);
        page.render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, visit, new MeetingPage.Refused(Typed.blank(), errors));
    }
}
