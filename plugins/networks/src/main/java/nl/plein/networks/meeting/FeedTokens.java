package nl.plein.networks.meeting;

import java.time.Clock;
import java.util.Optional;
import nl.plein.api.SecretTokens;
import org.jdbi.v3.core.Jdbi;

/**
 * The secret in each person's feed address. Calendar apps fetch the feed without signing in, so the token is the
 * only key; only its hash is stored ({@code networks_feed_tokens}), so a copy of the database opens no one's
 * calendar. One token per person: a new one replaces the old, which stops working at once.
 */
final class FeedTokens {

    private final Jdbi jdbi;
    private final Clock clock;

    FeedTokens(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Whose feed the token opens; empty for anything that is not a current token. */
    Optional<String> personOf(String token) {
        if (!SecretTokens.looksValid(token)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT person_id FROM networks_feed_tokens WHERE token_hash = :hash")
                .bind("hash", SecretTokens.hash(token)).mapTo(String.class).findOne());
    }

    boolean exists(String personId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM networks_feed_tokens WHERE person_id = :person")
                .bind("person", personId).mapTo(Integer.class).one()) > 0;
    }

    /** Whether this is the person's current token (one shown once and kept by their browser). */
    boolean isCurrent(String personId, String token) {
        return personOf(token).filter(personId::equals).isPresent();
    }

    /** A first token for the person; empty if they have one already (then it cannot be shown again). */
    Optional<String> createIfNone(String personId) {
        String token = SecretTokens.newToken();
        int inserted = jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO networks_feed_tokens (person_id, token_hash, created_at) VALUES (:person, :hash, :now)
                        ON CONFLICT (person_id) DO NOTHING""")
                .bind("person", personId).bind("hash", SecretTokens.hash(token)).bind("now", clock.instant())
                .execute());
        return inserted == 1 ? Optional.of(token) : Optional.empty();
    }

    /** A new token for the person, replacing the old one. */
    String renew(String personId) {
        String token = SecretTokens.newToken();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_feed_tokens (person_id, token_hash, created_at) VALUES (:person, :hash, :now)
                        ON CONFLICT (person_id) DO UPDATE SET token_hash = excluded.token_hash,
                               created_at = excluded.created_at""")
                .bind("person", personId).bind("hash", SecretTokens.hash(token)).bind("now", clock.instant())
                .execute());
        return token;
    }
}
