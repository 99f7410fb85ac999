package nl.plein.networks.meeting;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.plein.api.form.FieldErrors;

/** The form of an action, new or edited: what, who (a member of the space), by when, and from which meeting. */
final class ActionForm {

    static final String[] FIELDS = {"title", "owner", "dueOn", "meeting"};

    /**
     * What the form may refer to.
     *
     * @param ownerIds   the space's members (not guests): only they can own an action
     * @param meetingIds the space's meetings
     * @param existing   the action being edited, or null: its deadline may stay in the past, a new one may not be
     */
    record Rules(Set<String> ownerIds, Set<String> meetingIds, LocalDate today, Action existing) {
    }

    private ActionForm() {
    }

    static Typed typed(Context ctx) {
        return Typed.read(ctx, FIELDS);
    }

    static Typed blank(String meetingId) {
        return Typed.blank(FIELDS).set("meeting", meetingId);
    }

    static Typed of(Action action) {
        return Typed.blank(FIELDS).set("title", action.title()).set("owner", action.ownerId())
                .set("dueOn", action.dueOn() == null ? "" : action.dueOn().toString())
                .set("meeting", action.meetingId());
    }

    static ActionDraft validate(Typed form, Rules rules, FieldErrors errors) {
        String title = form.text("title", 300, "networks.meeting.error.action-title-required", errors);
        String owner = form.get("owner");
        if (owner.isEmpty()) {
            errors.add("owner", "networks.meeting.error.owner-required");
        } else if (!rules.ownerIds().contains(owner)) {
            errors.add("owner", "networks.meeting.error.owner-not-member");
        }
        LocalDate dueOn = dueOn(form.get("dueOn"), rules, errors);
        String meeting = form.get("meeting");
        if (!meeting.isEmpty() && !rules.meetingIds().contains(meeting)) {
            errors.add("meeting", "networks.meeting.error.meeting-unknown");
        }
        if (!errors.isEmpty()) return null;
        return new ActionDraft(title, owner, dueOn, meeting.isEmpty() ? null : meeting);
    }

    private static LocalDate dueOn(String value, Rules rules, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add("dueOn", "networks.meeting.error.due-required");
            return null;
        }
        Optional<LocalDate> due = Amsterdam.parseDate(value);
        if (due.isEmpty()) {
            errors.add("dueOn", "networks.meeting.error.date-format");
            return null;
        }
        boolean unchanged = rules.existing() != null && due.get().equals(rules.existing().dueOn());
        if (!unchanged && due.get().isBefore(rules.today())) {
            errors.add("dueOn", "networks.meeting.error.due-in-past");
            return null;
        }
        if (due.get().isAfter(rules.today().plusYears(MeetingForm.MAX_YEARS_AHEAD))) {
            errors.add("dueOn", "networks.meeting.error.date-too-far");
            return null;
        }
        return due.get();
    }
}
