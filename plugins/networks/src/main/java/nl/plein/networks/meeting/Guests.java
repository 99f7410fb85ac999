package nl.plein.networks.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Guests of one meeting: people with an account whom a coordinator invites to a single meeting. A guest sees that
 * meeting, its documents and its approved minutes, and nothing else of the space.
 */
final class Guests {

    /** What became of an invitation. */
    enum Outcome { INVITED, NO_ACCOUNT, MEMBER }

    private final Jdbi jdbi;
    private final Clock clock;

    Guests(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * The account with this address. Core's directory looks people up by id only, so this reads core's table (never
     * writes it); a blocked account cannot be invited.
     */
    Optional<String> personWithEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id FROM plein_people WHERE email = :email AND blocked = :blocked")
                .bind("email", email.strip().toLowerCase(Locale.ROOT)).bind("blocked", false)
                .mapTo(String.class).findOne());
    }

    /**
     * Makes the person a guest of the meeting, or moves their guest invitation to this meeting. Someone who is in
     * the space with another role stays as they are: the one statement's condition decides, so an invitation racing
     * with making them a member can never turn a member into a guest.
     */
    Outcome invite(Meeting meeting, String personId) {
        int changed = jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO networks_members (space_id, person_id, organisation_id, role, guest_meeting_id, joined_at)
                        VALUES (:space, :person, NULL, 'guest', :meeting, :now)
                        ON CONFLICT (space_id, person_id) DO UPDATE SET guest_meeting_id = excluded.guest_meeting_id
                         WHERE networks_members.role = 'guest'""")
                .bind("space", meeting.spaceId()).bind("person", personId).bind("meeting", meeting.id())
                .bind("now", clock.instant()).execute());
        return changed == 1 ? Outcome.INVITED : Outcome.MEMBER;
    }

    /** The guests of the meeting. */
    List<String> of(Meeting meeting) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT person_id FROM networks_members
                         WHERE space_id = :space AND role = 'guest' AND guest_meeting_id = :meeting
                        ORDER BY joined_at, person_id LIMIT 500""")
                .bind("space", meeting.spaceId()).bind("meeting", meeting.id()).mapTo(String.class).list());
    }
}
