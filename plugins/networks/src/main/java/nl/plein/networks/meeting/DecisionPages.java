package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Standing;

/**
 * The space's decision log ({@code networks/meeting/decisions.peb}): what was decided, when, and at which meeting;
 * coordinators and the chair add to it. A decision is logged after it was made, so its date is today or earlier.
 */
final class DecisionPages {

    static final int MAX_TEXT = 5000;
    /** How far back a decision may be logged: a network catching up on its history. */
    static final int MAX_YEARS_BACK = 10;

    private final Networks networks;
    private final MeetingParts parts;

    DecisionPages(Networks networks, MeetingParts parts) {
        this.networks = networks;
        this.parts = parts;
    }

    void list(Context ctx) {
        Standing standing = parts.access().reader(ctx);
        Typed form = Typed.blank("text", "decidedOn", "meeting")
                .set("decidedOn", Amsterdam.today(networks.context().clock()).toString())
                .set("meeting", Typed.cut(ctx.queryParam("meeting")));
        render(ctx, HttpStatus.OK, standing, form, new FieldErrors());
    }

    void create(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        if (!MeetingAccess.keepsRecords(standing)) MeetingAccess.refuse(ctx);
        Typed form = Typed.read(ctx, "text", "decidedOn", "meeting");
        FieldErrors errors = new FieldErrors();
        String text = form.text("text", MAX_TEXT, "networks.meeting.error.decision-required", errors);
        LocalDate today = Amsterdam.today(networks.context().clock());
        LocalDate decidedOn = null;
        Optional<LocalDate> date = Amsterdam.parseDate(form.get("decidedOn"));
        if (form.get("decidedOn").isEmpty()) {
            errors.add("decidedOn", "networks.meeting.error.date-required");
        } else if (date.isEmpty()) {
            errors.add("decidedOn", "networks.meeting.error.date-format");
        } else if (date.get().isAfter(today)) {
            errors.add("decidedOn", "networks.meeting.error.decision-in-future");
        } else if (date.get().isBefore(today.minusYears(MAX_YEARS_BACK))) {
            errors.add("decidedOn", "networks.meeting.error.decision-too-old");
        } else {
            decidedOn = date.get();
        }
        String meeting = form.get("meeting");
        if (!meeting.isEmpty() && parts.meetings().find(standing.space().id(), meeting).isEmpty()) {
            errors.add("meeting", "networks.meeting.error.meeting-unknown");
        }
        if (!errors.isEmpty()) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, form, errors);
            return;
        }
        String id = parts.decisions().add(standing.space().id(), text, decidedOn, meeting.isEmpty() ? null : meeting);
        networks.activity().record(standing.space().id(), "decision", id, text, Visitor.of(ctx).personId(), false);
        ctx.redirect("/networks/spaces/" + standing.space().id() + "/decisions?created=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, HttpStatus status, Standing standing, Typed form, FieldErrors errors) {
        List<Meeting> meetings = parts.meetings().ofSpace(standing.space().id());
        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        model.put("decisions", parts.decisions().of(standing.space().id()));
        model.put("meetings", meetings);
        model.put("meetingTitles", meetings.stream().collect(Collectors.toMap(Meeting::id, Meeting::title)));
        model.put("meetingChoices", MeetingPages.choices(meetings));
        model.put("mayAdd", MeetingAccess.keepsRecords(standing));
        model.put("form", form.asMap());
        model.put("errors", errors.asMap());
        model.put("notice", "1".equals(ctx.queryParam("created")) ? "created" : "");
        ctx.status(status).render("networks/meeting/decisions", model);
    }
}
