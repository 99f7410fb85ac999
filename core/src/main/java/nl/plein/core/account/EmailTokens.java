package nl.plein.core.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Single-use, expiring links sent by mail. Using one is one conditional UPDATE, so a link clicked twice, or by two
 * tabs at once, works exactly once.
 */
public final class EmailTokens {

    /** What a link is for, and how long it lives. */
    public enum Purpose {
        CONFIRM(Duration.ofDays(2)), RESET(Duration.ofHours(1)), EMAIL_CHANGE(Duration.ofDays(1));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    /** A link that was valid and is now used up. */
    public record Used(String personId, String newEmail) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public EmailTokens(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public String issue(String personId, Purpose purpose, String newEmail) {
        String token = Tokens.newToken();
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_email_tokens (token_hash, person_id, purpose, new_email, expires_at)
                VALUES (:hash, :person, :purpose, :newEmail, :expires)
                """).bind("hash", Tokens.hash(token)).bind("person", personId).bind("purpose", purpose.name())
                .bind("newEmail", newEmail).bind("expires", clock.instant().plus(purpose.lifetime)).execute());
        return token;
    }

    /** Whether the link can still be used, without using it (to show the form behind it). */
    public boolean isUsable(String token, Purpose purpose) {
        if (!Tokens.looksValid(token)) return false;
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM plein_email_tokens
                 WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                """).bind("hash", Tokens.hash(token)).bind("purpose", purpose.name()).bind("now", clock.instant())
                .mapTo(Integer.class).one()) == 1;
    }

    /** Uses the link: empty if it is unknown, for something else, expired or already used. */
    public Optional<Used> use(String token, Purpose purpose) {
        if (!Tokens.looksValid(token)) return Optional.empty();
        String hash = Tokens.hash(token);
        return jdbi.inTransaction(h -> {
            int claimed = h.createUpdate("""
                    UPDATE plein_email_tokens SET used_at = :now
                     WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                    """).bind("now", clock.instant()).bind("hash", hash).bind("purpose", purpose.name()).execute();
            if (claimed != 1) return Optional.<Used>empty();
            return h.createQuery("SELECT person_id, new_email FROM plein_email_tokens WHERE token_hash = :hash")
                    .bind("hash", hash).map((rs, ctx) -> new Used(rs.getString(1), rs.getString(2))).findOne();
        });
    }
}
