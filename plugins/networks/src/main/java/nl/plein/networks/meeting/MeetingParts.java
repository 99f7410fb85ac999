package nl.plein.networks.meeting;

import nl.plein.networks.Networks;
import nl.plein.networks.document.MeetingDocuments;

/**
 * The repositories and services of this part, built once in {@link MeetingRoutes} and shared by its pages. A meeting's
 * documents come from the documents part ({@link MeetingDocuments}): one rule for who may open a document.
 */
record MeetingParts(Meetings meetings, MeetingAccess access, Agenda agenda, Rsvps rsvps, Guests guests,
                    MeetingDocuments documents, MinutesBook minutes, Actions actions, ActionReminders reminders,
                    Decisions decisions, MeetingMails mails, MeetingCalendar calendar) {

    static MeetingParts of(Networks networks) {
        var context = networks.context();
        var meetings = new Meetings(context.jdbi(), context.ids(), context.clock());
        var actions = new Actions(context.jdbi(), context.ids(), context.clock());
        var mails = new MeetingMails(context);
        return new MeetingParts(meetings, new MeetingAccess(networks, meetings),
                new Agenda(context.jdbi(), context.ids(), context.clock()), new Rsvps(context.jdbi(), context.clock()),
                new Guests(context.jdbi(), context.clock()), new MeetingDocuments(networks),
                new MinutesBook(context.jdbi(), context.ids(), context.clock()), actions,
                new ActionReminders(context.jobs(), context.clock(), actions, networks.spaces(), mails),
                new Decisions(context.jdbi(), context.ids(), context.clock()), mails,
                new MeetingCalendar(context.baseUrl(), context.clock(), context.messages()));
    }
}
