package nl.plein.networks.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What a person's feed holds, decided at each fetch from who is in which space now: the meetings of every space they
 * are a member, chair or coordinator of, and for a guest their one meeting. A person taken out of a space loses its
 * meetings at the next fetch; a space they are not in never appears, whatever its visibility. Cancelled meetings
 * stay in as cancelled, so calendar apps take them out. Meetings that ended more than {@link #HISTORY} ago are left
 * out: the feed stays small and calendars keep what they already have.
 */
final class FeedMeetings {

    static final Duration HISTORY = Duration.ofDays(180);
    /** Far more than anyone's spaces hold; a bound so one feed can never be a heavy query. */
    private static final int LIMIT = 1000;

    private final Jdbi jdbi;
    private final Clock clock;

    FeedMeetings(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A space whose meetings are in the person's feed; for a guest, with the one meeting they are invited to. */
    record FeedSpace(String id, String name, String guestMeetingId) {
    }

    /** The spaces the feed draws on, by name: for the feed's page, so people know what their calendar shows. */
    List<FeedSpace> spacesOf(String personId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.id, s.name, p.role, p.guest_meeting_id
                          FROM networks_members p JOIN networks_spaces s ON s.id = p.space_id
                         WHERE p.person_id = :person
                         ORDER BY LOWER(s.name), s.id LIMIT :limit""")
                .bind("person", personId).bind("limit", LIMIT)
                .map((rs, ctx) -> new FeedSpace(rs.getString("id"), rs.getString("name"),
                        "guest".equals(rs.getString("role")) ? rs.getString("guest_meeting_id") : null))
                .list());
    }

    List<MeetingCalendar.Entry> of(String personId) {
        Instant since = clock.instant().minus(HISTORY);
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT m.*, s.name AS space_name
                          FROM networks_meetings m
                          JOIN networks_members p ON p.space_id = m.space_id AND p.person_id = :person
                          JOIN networks_spaces s ON s.id = m.space_id
                         WHERE m.ends_at > :since
                           AND (p.role IN ('member', 'chair', 'coordinator')
                                OR (p.role = 'guest' AND p.guest_meeting_id = m.id))
                         ORDER BY m.starts_at, m.id LIMIT :limit""")
                .bind("person", personId).bind("since", since).bind("limit", LIMIT)
                .map((rs, ctx) -> new MeetingCalendar.Entry(Meetings.row(rs), rs.getString("space_name")))
                .list());
    }
}
