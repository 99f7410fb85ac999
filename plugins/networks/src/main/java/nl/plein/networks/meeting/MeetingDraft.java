package nl.plein.networks.meeting;

import java.time.Instant;

/** A meeting as the coordinator's form describes it, checked (see {@link MeetingForm}). */
record MeetingDraft(String title, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                    Instant agendaDeadline) {

    /** Whether saving this over the meeting changes anything a calendar shows. */
    boolean differsFrom(Meeting meeting) {
        return !title.equals(meeting.title()) || !startsAt.equals(meeting.startsAt())
                || !endsAt.equals(meeting.endsAt()) || !place.equals(meeting.place())
                || !onlineUrl.equals(meeting.onlineUrl())
                || !java.util.Objects.equals(agendaDeadline, meeting.agendaDeadline());
    }
}
