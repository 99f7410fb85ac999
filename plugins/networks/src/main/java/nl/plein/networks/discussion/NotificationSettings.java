package nl.plein.networks.discussion;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Per person per space: how they hear of new posts ({@link NotificationMode}), immediately unless they chose. */
final class NotificationSettings {

    private final Jdbi jdbi;
    private final Clock clock;

    NotificationSettings(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    NotificationMode mode(String spaceId, String personId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT mode FROM networks_notification_settings WHERE space_id = :space AND person_id = :person")
                .bind("space", spaceId).bind("person", personId).mapTo(String.class).findOne())
                .flatMap(NotificationMode::of).orElse(NotificationMode.IMMEDIATELY);
    }

    /**
     * Saves the choice. Who switches to the digest gets posts from now on in it, not everything before; who stays on
     * the digest keeps the point their next digest starts from.
     */
    void choose(String spaceId, String personId, NotificationMode mode) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_notification_settings (space_id, person_id, mode, digest_sent_until)
                        VALUES (:space, :person, :mode, :now)
                        ON CONFLICT (space_id, person_id) DO UPDATE SET mode = excluded.mode,
                            digest_sent_until = CASE WHEN networks_notification_settings.mode = 'digest'
                                                     THEN networks_notification_settings.digest_sent_until
                                                     ELSE excluded.digest_sent_until END""")
                .bind("space", spaceId).bind("person", personId).bind("mode", mode.code())
                .bind("now", clock.instant()).execute());
    }
}
