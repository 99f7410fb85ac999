package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Standing;

/**
 * The year's meeting calendar of a space, a meeting's page, and the coordinators' forms to plan, change and call off
 * a meeting. Templates: {@code networks/meeting/{meetings,meeting,meeting-form}.peb}.
 */
final class MeetingPages {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final Networks networks;
    private final MeetingParts parts;
    private final MeetingPage page;

    MeetingPages(Networks networks, MeetingParts parts, MeetingPage page) {
        this.networks = networks;
        this.parts = parts;
        this.page = page;
    }

    /** {@code GET /spaces/{space}/meetings?year=}: the year's meetings, coming ones first, then those held. */
    void calendar(Context ctx) {
        Standing standing = parts.access().reader(ctx);
        Instant now = networks.context().clock().instant();
        int year = year(ctx.queryParam("year"), Amsterdam.date(now).getYear());
        List<Meeting> meetings = parts.meetings().between(standing.space().id(),
                Amsterdam.startOf(LocalDate.of(year, 1, 1)), Amsterdam.startOf(LocalDate.of(year + 1, 1, 1)));
        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        model.put("year", String.valueOf(year));
        model.put("previousYear", year > FIRST_YEAR ? String.valueOf(year - 1) : "");
        model.put("nextYear", year < LAST_YEAR ? String.valueOf(year + 1) : "");
        model.put("upcoming", meetings.stream().filter(m -> !m.over(now)).toList());
        List<Meeting> past = new java.util.ArrayList<>(meetings.stream().filter(m -> m.over(now)).toList());
        java.util.Collections.reverse(past);   // the latest held first
        model.put("past", past);
        model.put("mayCoordinate", standing.mayCoordinate());
        model.put("signedIn", Visitor.of(ctx).signedIn());
        model.put("notice", MeetingPage.notice(ctx));
        ctx.render("networks/meeting/meetings", model);
    }

    /** Any year from 2000 to 2100; anything else (a typo, a word) shows this year. */
    static int year(String value, int thisYear) {
        if (value == null || !value.matches("\\d{4}")) return thisYear;
        int year = Integer.parseInt(value);
        return year < FIRST_YEAR || year > LAST_YEAR ? thisYear : year;
    }

    void newForm(Context ctx) {
        Standing standing = parts.access().coordinator(ctx);
        renderForm(ctx, HttpStatus.OK, standing, null, MeetingForm.blank(), new FieldErrors());
    }

    void create(Context ctx) {
        Standing standing = parts.access().coordinator(ctx);
        Typed form = MeetingForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        MeetingDraft draft = MeetingForm.validate(form, null, networks.context().clock().instant(), errors);
        if (draft == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, null, form, errors);
            return;
        }
        Meeting meeting = parts.meetings().create(standing.space().id(), draft);
        networks.activity().record(standing.space().id(), "meeting", meeting.id(), meeting.title(),
                Visitor.of(ctx).personId(), false);
        ctx.redirect(path(meeting) + "?created=1", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /spaces/{space}/meetings/{meeting}}: for readers of the space, and the meeting's guests. */
    void show(Context ctx) {
        page.render(ctx, HttpStatus.OK, parts.access().readable(ctx), MeetingPage.Refused.none());
    }

    void editForm(Context ctx) {
        Standing standing = parts.access().coordinator(ctx);
        Meeting meeting = coordinated(ctx, standing);
        renderForm(ctx, HttpStatus.OK, standing, meeting, MeetingForm.of(meeting), new FieldErrors());
    }

    void update(Context ctx) {
        Standing standing = parts.access().coordinator(ctx);
        Meeting meeting = coordinated(ctx, standing);
        Typed form = MeetingForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        if (meeting.cancelled()) {
            // Called off meanwhile (another coordinator): what was typed is shown again, not saved over it.
            errors.add("title", "networks.meeting.error.cancelled-no-edit");
            renderForm(ctx, HttpStatus.CONFLICT, standing, meeting, form, errors);
            return;
        }
        MeetingDraft draft = MeetingForm.validate(form, meeting, networks.context().clock().instant(), errors);
        if (draft == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, meeting, form, errors);
            return;
        }
        if (!parts.meetings().update(meeting, draft)) {
            errors.add("title", "networks.meeting.error.cancelled-no-edit");
            renderForm(ctx, HttpStatus.CONFLICT, standing, meeting, form, errors);
            return;
        }
        ctx.redirect(path(meeting) + "?saved=1", HttpStatus.SEE_OTHER);
    }

    /** Calls the meeting off; it stays on the calendar and in feeds, marked cancelled. Calling it off twice is fine. */
    void cancel(Context ctx) {
        Standing standing = parts.access().coordinator(ctx);
        Meeting meeting = coordinated(ctx, standing);
        parts.meetings().cancel(standing.space().id(), meeting.id());
        ctx.redirect(path(meeting) + "?cancelled=1", HttpStatus.SEE_OTHER);
    }

    private Meeting coordinated(Context ctx, Standing standing) {
        return parts.meetings().find(standing.space().id(), ctx.pathParam("meeting"))
                .orElseThrow(NotFoundResponse::new);
    }

    private void renderForm(Context ctx, HttpStatus status, Standing standing, Meeting meeting, Typed form,
                            FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        if (meeting != null) model.put("meeting", meeting);
        model.put("form", form.asMap());
        model.put("errors", errors.asMap());
        ctx.status(status).render("networks/meeting/meeting-form", model);
    }

    /** Meeting id to "title (date)", latest first: the select of where an action or decision came from. */
    static Map<String, String> choices(List<Meeting> meetings) {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        for (Meeting meeting : meetings) choices.put(meeting.id(), meeting.title() + " (" + meeting.date() + ")");
        return choices;
    }

    static String path(Meeting meeting) {
        return "/networks/spaces/" + meeting.spaceId() + "/meetings/" + meeting.id();
    }
}
