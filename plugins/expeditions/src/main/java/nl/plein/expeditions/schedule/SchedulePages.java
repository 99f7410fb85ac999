package nl.plein.expeditions.schedule;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.ExpeditionAccess;
import nl.plein.expeditions.expedition.ExpeditionPages;
import nl.plein.expeditions.participation.Participants;
import nl.plein.expeditions.reminder.Reminders;
import nl.plein.api.Directory;
import java.util.List;

/**
 * The leader edits the programme: {@code POST /expeditions/{id}/meetings}, {@code …/meetings/{meeting}/edit},
 * {@code …/meetings/{meeting}/delete}, {@code POST /expeditions/{id}/assignments}, {@code …/assignments/{a}/delete}.
 */
public final class SchedulePages {

    private final ScheduleRepository schedule;
    private final ExpeditionPages expeditions;
    private final Reminders reminders;
    private final Participants participants;
    private final Directory directory;

    public SchedulePages(ScheduleRepository schedule, ExpeditionPages expeditions, Reminders reminders,
                         Participants participants, Directory directory) {
        this.schedule = schedule;
        this.expeditions = expeditions;
        this.reminders = reminders;
        this.participants = participants;
        this.directory = directory;
    }

    /** {@code GET /expeditions/{id}/meetings/{meeting}/attendance}: the leader ticks who came. */
    public void attendanceForm(Context ctx) {
        ExpeditionAccess.Standing standing = expeditions.requireLeader(ctx);
        Meeting meeting = schedule.meeting(standing.expedition().id(), ctx.pathParam("meeting"))
                .orElseThrow(NotFoundResponse::new);
        List<String> taking = participants.organisations(standing.expedition().id());
        Map<String, Directory.OrganisationInfo> names = directory.organisations(taking);
        Map<String, Object> model = new HashMap<>();
        model.put("expedition", standing.expedition());
        model.put("meeting", meeting);
        model.put("organisations", taking.stream().filter(names::containsKey).map(names::get).toList());
        model.put("present", schedule.present(meeting.id()));
        model.put("saved", "1".equals(ctx.queryParam("saved")));
        ctx.render("expeditions/attendance", model);
    }

    public void recordAttendance(Context ctx) {
        ExpeditionAccess.Standing standing = expeditions.requireLeader(ctx);
        Meeting meeting = schedule.meeting(standing.expedition().id(), ctx.pathParam("meeting"))
                .orElseThrow(NotFoundResponse::new);
        List<String> taking = participants.organisations(standing.expedition().id());
        // Only organisations that take part can be marked; anything else in the form is ignored.
        java.util.Set<String> present = new java.util.HashSet<>(ctx.formParams("present"));
        present.retainAll(taking);
        schedule.recordAttendance(meeting.id(), taking, present);
        ctx.redirect("/expeditions/" + standing.expedition().id() + "/meetings/" + meeting.id() + "/attendance?saved=1",
                HttpStatus.SEE_OTHER);
    }

    public void addMeeting(Context ctx) {
        ExpeditionAccess.Standing standing = expeditions.requireLeader(ctx);
        Map<String, String> typed = MeetingForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        MeetingForm form = MeetingForm.validate(typed, standing.expedition(), errors);
        if (form == null) {
            refuse(ctx, standing, "meeting", typed, errors);
            return;
        }
        reminders.scheduleFor(schedule.addMeeting(standing.expedition().id(), form));
        ctx.redirect("/expeditions/" + standing.expedition().id() + "#programme", HttpStatus.SEE_OTHER);
    }

    public void editMeetingForm(Context ctx) {
        ExpeditionAccess.Standing standing = expeditions.requireLeader(ctx);
        Meeting meeting = schedule.meeting(standing.expedition().id(), ctx.pathParam("meeting"))
                .orElseThrow(NotFoundResponse::new);
        renderMeeting(ctx, HttpStatus.OK, standing, meeting, MeetingForm.of(meeting), new FieldErrors());
    }

    public void updateMeeting(Context ctx) {
        ExpeditionAccess.Standing standing = expeditions.requireLeader(ctx);
        Meeting meeting = schedule.meeting(standing.expedition().id(), ctx.pathParam("meeting"))
                .orElseThrow(NotFoundResponse::new);
        Map<String, String> typed = MeetingForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        MeetingForm form = MeetingForm.validate(typed, standing.expedition(), errors);
        if (form == null) {
            renderMeeting(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, meeting, typed, errors);
            return;
        }
        schedule.updateMeeting(standing.expedition().id(), meeting.id(), form);
        reminders.cancelFor(meeting);
        schedule.meeting(standing.expedition().id(), meeting.id()).ifPresent(reminders::scheduleFor);
        ctx.redirect("/expeditions/" + standing.expedition().id() + "#programme", HttpStatus.SEE_OTHER);
    }

    public void deleteMeeting(Context ctx) {
        ExpeditionAccess.Standing standing = expeditions.requireLeader(ctx);
        schedule.meeting(standing.expedition().id(), ctx.pathParam("meeting")).ifPresent(reminders::cancelFor);
        schedule.deleteMeeting(standing.expedition().id(), ctx.pathParam("meeting"));
        ctx.redirect("/expeditions/" + standing.expedition().id() + "#programme", HttpStatus.SEE_OTHER);
    }

    public void addAssignment(Context ctx) {
        ExpeditionAccess.Standing standing = expeditions.requireLeader(ctx);
        Map<String, String> typed = AssignmentForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        AssignmentForm form = AssignmentForm.validate(typed, standing.expedition(), errors);
        if (form == null) {
            refuse(ctx, standing, "assignment", typed, errors);
            return;
        }
        reminders.scheduleFor(schedule.addAssignment(standing.expedition().id(), form));
        ctx.redirect("/expeditions/" + standing.expedition().id() + "#programme", HttpStatus.SEE_OTHER);
    }

    public void deleteAssignment(Context ctx) {
        ExpeditionAccess.Standing standing = expeditions.requireLeader(ctx);
        schedule.assignments(standing.expedition().id()).stream()
                .filter(a -> a.id().equals(ctx.pathParam("assignment"))).findFirst().ifPresent(reminders::cancelFor);
        schedule.deleteAssignment(standing.expedition().id(), ctx.pathParam("assignment"));
        ctx.redirect("/expeditions/" + standing.expedition().id() + "#programme", HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, ExpeditionAccess.Standing standing, String formName, Map<String, String> typed,
                        FieldErrors errors) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("formName", formName);
        extra.put("form", typed);
        extra.put("errors", errors.asMap());
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).render("expeditions/show", expeditions.showModel(standing, extra));
    }

    private void renderMeeting(Context ctx, HttpStatus status, ExpeditionAccess.Standing standing, Meeting meeting,
                               Map<String, String> form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("expedition", standing.expedition());
        model.put("meeting", meeting);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("meetingKinds", java.util.Arrays.stream(MeetingKind.values()).map(MeetingKind::code).toList());
        ctx.status(status).render("expeditions/meeting", model);
    }
}
