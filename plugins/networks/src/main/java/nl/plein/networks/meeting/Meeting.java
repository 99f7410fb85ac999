package nl.plein.networks.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A meeting of a space.
 *
 * @param agendaDeadline until when members may propose agenda items; null: until the meeting starts
 * @param sequence       the iCalendar SEQUENCE: raised on every change calendars should take over (time, place,
 *                       title, cancelling), so a subscribed calendar replaces its copy
 */
public record Meeting(String id, String spaceId, String title, Instant startsAt, Instant endsAt, String place,
                      String onlineUrl, Instant agendaDeadline, boolean cancelled, int sequence, Instant createdAt) {

    /** The Amsterdam date, for pages and forms. */
    public LocalDate date() {
        return Amsterdam.date(startsAt);
    }

    public String startTime() {
        return Amsterdam.time(startsAt);
    }

    public String endTime() {
        return Amsterdam.time(endsAt);
    }

    /** The moment proposals close: the deadline, or the start when there is none. */
    public Instant proposalsCloseAt() {
        return agendaDeadline != null ? agendaDeadline : startsAt;
    }

    /** Whether members may still propose agenda items. */
    public boolean agendaOpen(Instant now) {
        return !cancelled && now.isBefore(proposalsCloseAt());
    }

    public boolean begun(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean over(Instant now) {
        return !now.isBefore(endsAt);
    }
}
