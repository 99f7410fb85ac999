package nl.plein.networks.meeting;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Who comes to a meeting (their answers) and who came (the attendance taken afterwards). */
final class Rsvps {

    static final List<String> ANSWERS = List.of("yes", "maybe", "no");
    /** The answer stored for someone ticked as present who never answered. */
    static final String NONE = "none";

    private final Jdbi jdbi;
    private final Clock clock;

    Rsvps(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records or changes the person's answer; an attendance already taken stays. */
    void answer(String meetingId, String personId, String answer) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_rsvps (meeting_id, person_id, answer, attended, updated_at)
                        VALUES (:meeting, :person, :answer, NULL, :now)
                        ON CONFLICT (meeting_id, person_id) DO UPDATE SET answer = excluded.answer,
                               updated_at = excluded.updated_at""")
                .bind("meeting", meetingId).bind("person", personId).bind("answer", answer)
                .bind("now", clock.instant()).execute());
    }

    List<Rsvp> of(String meetingId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT person_id, answer, attended FROM networks_rsvps WHERE meeting_id = :meeting
                        ORDER BY updated_at, person_id LIMIT 5000""")
                .bind("meeting", meetingId)
                .map((rs, ctx) -> {
                    boolean attended = rs.getBoolean("attended");
                    return new Rsvp(rs.getString("person_id"), rs.getString("answer"), rs.wasNull() ? null : attended);
                })
                .list());
    }

    Optional<String> answerOf(String meetingId, String personId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT answer FROM networks_rsvps WHERE meeting_id = :meeting AND person_id = :person")
                .bind("meeting", meetingId).bind("person", personId).mapTo(String.class).findOne())
                .filter(ANSWERS::contains);
    }

    /**
     * Takes the attendance: each of the people who could have come is marked present or absent, in one transaction,
     * so a second coordinator saving at the same time cannot leave half of one list and half of the other.
     */
    void attendance(String meetingId, Collection<String> candidates, Set<String> present) {
        if (candidates.isEmpty()) return;
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO networks_rsvps (meeting_id, person_id, answer, attended, updated_at)
                    VALUES (:meeting, :person, :answer, :attended, :now)
                    ON CONFLICT (meeting_id, person_id) DO UPDATE SET attended = excluded.attended""");
            for (String person : candidates) {
                batch.bind("meeting", meetingId).bind("person", person).bind("answer", NONE)
                        .bind("attended", present.contains(person)).bind("now", clock.instant()).add();
            }
            batch.execute();
        });
    }
}
