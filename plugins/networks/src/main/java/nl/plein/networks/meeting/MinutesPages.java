package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Standing;

/**
 * A meeting's minutes ({@code networks/meeting/minutes.peb}): coordinators and the chair write a draft in Markdown,
 * members comment on it, the chair approves the revision they read; approved minutes are read-only. Only members see
 * a draft and the comments: a guest or an outside reader of an open space sees the minutes once approved.
 */
final class MinutesPages {

    static final int MAX_BODY = 100_000;
    static final int MAX_COMMENT = 5000;

    private final Networks networks;
    private final MeetingParts parts;

    MinutesPages(Networks networks, MeetingParts parts) {
        this.networks = networks;
        this.parts = parts;
    }

    void show(Context ctx) {
        render(ctx, HttpStatus.OK, parts.access().readable(ctx), null, new FieldErrors());
    }

    /** {@code POST .../minutes} with {@code body} and the {@code revision} the writer started from. */
    void save(Context ctx) {
        MeetingAccess.Visit visit = parts.access().readable(ctx);
        if (!MeetingAccess.keepsRecords(visit.standing())) MeetingAccess.refuse(ctx);
        Typed form = Typed.read(ctx, "body", "revision");
        FieldErrors errors = new FieldErrors();
        String body = form.text("body", MAX_BODY, null, errors);
        if (!errors.isEmpty()) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, visit, form, errors);
            return;
        }
        switch (parts.minutes().save(visit.meeting(), body, revision(form), Visitor.of(ctx).personId())) {
            case DONE -> ctx.redirect(path(visit.meeting()) + "?minutes-saved=1", HttpStatus.SEE_OTHER);
            case APPROVED -> render(ctx, HttpStatus.CONFLICT, visit, form,
                    errors.add("body", "networks.meeting.error.minutes-approved"));
            default -> render(ctx, HttpStatus.CONFLICT, visit, form,
                    errors.add("body", "networks.meeting.error.minutes-stale"));
        }
    }

    /** {@code POST .../minutes/comments}: members, on a draft. */
    void comment(Context ctx) {
        MeetingAccess.Visit visit = parts.access().readable(ctx);
        if (!visit.standing().mayTakePart()) MeetingAccess.refuse(ctx);
        Typed form = Typed.read(ctx, "comment");
        FieldErrors errors = new FieldErrors();
        String body = form.text("comment", MAX_COMMENT, "networks.meeting.error.comment-required", errors);
        if (errors.isEmpty() && !parts.minutes().comment(visit.meeting(), body, Visitor.of(ctx).personId())) {
            errors.add("comment", "networks.meeting.error.comments-closed");
        }
        if (!errors.isEmpty()) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, visit, form, errors);
            return;
        }
        ctx.redirect(path(visit.meeting()) + "?commented=1#comments", HttpStatus.SEE_OTHER);
    }

    /** {@code POST .../minutes/approve} with the {@code revision} the chair read: a stale one approves nothing. */
    void approve(Context ctx) {
        MeetingAccess.Visit visit = parts.access().readable(ctx);
        if (!visit.standing().isChair()) MeetingAccess.refuse(ctx);
        Typed form = Typed.read(ctx, "revision");
        FieldErrors errors = new FieldErrors();
        Meeting meeting = visit.meeting();
        switch (parts.minutes().approve(meeting, revision(form), Visitor.of(ctx).personId())) {
            case DONE -> {
                networks.activity().record(meeting.spaceId(), "minutes-approved", meeting.id(), meeting.title(),
                        Visitor.of(ctx).personId(), false);
                ctx.redirect(path(meeting) + "?approved=1", HttpStatus.SEE_OTHER);
            }
            case APPROVED -> ctx.redirect(path(meeting), HttpStatus.SEE_OTHER);
            case EMPTY -> render(ctx, HttpStatus.CONFLICT, visit, null,
                    errors.add("approve", "networks.meeting.error.minutes-empty"));
            case STALE -> render(ctx, HttpStatus.CONFLICT, visit, null,
                    errors.add("approve", "networks.meeting.error.approve-stale"));
        }
    }

    /** A revision as sent back by the form; anything unreadable counts as none, which the save refuses as stale. */
    private static int revision(Typed form) {
        String value = form.get("revision");
        return value.matches("\\d{1,9}") ? Integer.parseInt(value) : -1;
    }

    private void render(Context ctx, HttpStatus status, MeetingAccess.Visit visit, Typed typed, FieldErrors errors) {
        Standing standing = visit.standing();
        Meeting meeting = visit.meeting();
        boolean inside = MeetingAccess.seesInside(standing);
        Optional<Minutes> minutes = parts.minutes().of(meeting);
        boolean approved = minutes.map(Minutes::approved).orElse(false);
        List<MinuteComment> comments = inside ? parts.minutes().comments(meeting) : List.of();
        List<String> people = new ArrayList<>();
        comments.forEach(c -> people.add(c.authorId()));
        minutes.ifPresent(m -> {
            people.add(m.updatedBy());
            people.add(m.approvedBy());
        });

        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        model.put("meeting", meeting);
        model.put("inside", inside);
        // A draft is for the members; everyone who may read the meeting reads it once approved.
        model.put("visible", minutes.isPresent() && (approved || inside));
        minutes.ifPresent(m -> model.put("minutes", m));
        model.put("approved", approved);
        model.put("comments", comments);
        model.put("names", Names.of(networks.context().directory(), people));
        model.put("mayWrite", MeetingAccess.keepsRecords(standing) && !approved);
        model.put("mayApprove", standing.isChair() && !approved && minutes.map(m -> !m.body().isBlank()).orElse(false));
        model.put("mayComment", standing.mayTakePart() && minutes.isPresent() && !approved);
        model.put("revision", minutes.map(Minutes::revision).orElse(0));
        Typed form = Typed.blank("body", "comment").set("body", minutes.map(Minutes::body).orElse(""));
        if (typed != null) typed.asMap().forEach(form::set);
        // A refused save shows the writer's text. After a conflict the form carries the current revision: they have
        // now seen the current version (shown above the form), so saving again is a deliberate choice.
        boolean invalid = status == HttpStatus.UNPROCESSABLE_CONTENT && typed != null
                && typed.get("revision").matches("\\d{1,9}");
        model.put("formRevision", invalid ? typed.get("revision")
                : String.valueOf(minutes.map(Minutes::revision).orElse(0)));
        model.put("form", form.asMap());
        model.put("errors", errors.asMap());
        model.put("notice", MeetingPage.notice(ctx));
        ctx.status(status).render("networks/meeting/minutes", model);
    }

    private static String path(Meeting meeting) {
        return MeetingPages.path(meeting) + "/minutes";
    }
}
