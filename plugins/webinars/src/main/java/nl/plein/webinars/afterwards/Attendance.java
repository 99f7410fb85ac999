package nl.plein.webinars.afterwards;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Who came to a session. Only seat holders are marked: {@code attended} is true (came), false (did not come) or null
 * (not marked yet). Each change is one transaction of at most two statements, whatever the audience's size.
 */
final class Attendance {

    private final Jdbi jdbi;
    private final Clock clock;

    Attendance(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The form's answer for the seat holders it showed: the ticked ones came, the others did not. */
    void mark(String sessionId, Collection<String> shownRegistrationIds, Collection<String> presentRegistrationIds) {
        jdbi.useTransaction(h -> {
            if (!shownRegistrationIds.isEmpty()) {
                h.createUpdate("""
                                UPDATE webinars_registrations SET attended = :no, updated_at = :now
                                 WHERE session_id = :session AND status = 'registered' AND id IN (<ids>)""")
                        .bind("no", false).bind("now", clock.instant()).bind("session", sessionId)
                        .bindList("ids", List.copyOf(shownRegistrationIds)).execute();
            }
            present(h, sessionId, presentRegistrationIds);
        });
    }

    /**
     * A meeting platform's list of who was there: those on it came; seat holders not on it who were not marked yet
     * did not. Someone marked as present before stays present, so importing a second list (a second room, a
     * reconnect) adds to the first instead of undoing it.
     */
    void importPresent(String sessionId, Collection<String> presentRegistrationIds) {
        jdbi.useTransaction(h -> {
            present(h, sessionId, presentRegistrationIds);
            h.createUpdate("""
                            UPDATE webinars_registrations SET attended = :no, updated_at = :now
                             WHERE session_id = :session AND status = 'registered' AND attended IS NULL""")
                    .bind("no", false).bind("now", clock.instant()).bind("session", sessionId).execute();
        });
    }

    /** Whether anyone's attendance was marked for the session. */
    boolean marked(String sessionId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM webinars_registrations
                         WHERE session_id = :session AND attended IS NOT NULL""")
                .bind("session", sessionId).mapTo(Integer.class).one()) > 0;
    }

    private void present(org.jdbi.v3.core.Handle h, String sessionId, Collection<String> registrationIds) {
        if (registrationIds.isEmpty()) return;
        h.createUpdate("""
                        UPDATE webinars_registrations SET attended = :yes, updated_at = :now
                         WHERE session_id = :session AND status = 'registered' AND id IN (<ids>)""")
                .bind("yes", true).bind("now", clock.instant()).bind("session", sessionId)
                .bindList("ids", List.copyOf(registrationIds)).execute();
    }
}
