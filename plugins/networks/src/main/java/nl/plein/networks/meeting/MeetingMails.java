package nl.plein.networks.meeting;

import java.util.HashMap;
import java.util.Map;
import nl.plein.api.PluginContext;
import nl.plein.networks.space.Space;

/**
 * The mails of this part, through core's outbox in the recipient's language: the invitation of a guest and the
 * reminders of an action. Each names only what its recipient may see (their meeting, their action) and links to it.
 */
final class MeetingMails {

    private final PluginContext context;

    MeetingMails(PluginContext context) {
        this.context = context;
    }

    String meetingUrl(Meeting meeting) {
        return context.baseUrl() + "/networks/spaces/" + meeting.spaceId() + "/meetings/" + meeting.id();
    }

    /** One invitation per guest and meeting: inviting them again sends nothing twice. */
    void guestInvited(String personId, Space space, Meeting meeting) {
        Map<String, Object> model = new HashMap<>();
        model.put("spaceName", space.name());
        model.put("title", meeting.title());
        model.put("startsAt", meeting.startsAt());
        model.put("place", meeting.place());
        model.put("url", meetingUrl(meeting));
        context.mail().toPerson(personId, "networks.meeting.mail.guest.subject", "networks/mail/meeting-guest", model,
                "networks-meeting-guest-" + meeting.id() + "-" + personId);
    }

    /**
     * A reminder of an open action; the dedupe key holds the deadline and the owner, so each reminder goes once to
     * each owner for each deadline, however often its job runs.
     */
    void actionReminder(Action action, ActionReminders.Moment moment, Space space) {
        Map<String, Object> model = new HashMap<>();
        model.put("spaceName", space.name());
        model.put("title", action.title());
        model.put("dueOn", action.dueOn());
        model.put("moment", moment.code());
        model.put("url", context.baseUrl() + "/networks/spaces/" + space.id() + "/actions?filter=mine");
        context.mail().toPerson(action.ownerId(), "networks.meeting.mail.action-reminder.subject-" + moment.code(),
                "networks/mail/meeting-action-reminder", model, "networks-action-reminder-" + action.id() + "-"
                        + action.dueOn() + "-" + moment.code() + "-" + action.ownerId());
    }
}
