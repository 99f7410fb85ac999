package nl.plein.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in sessions, kept in the database so that any instance can serve any request. The cookie holds a random
 * token; the table holds only its SHA-256. A session ends after {@link #IDLE} without requests or {@link #ABSOLUTE}
 * after sign-in, whichever comes first.
 */
public final class Sessions {

    public static final String COOKIE = "plein_session";
    static final Duration IDLE = Duration.ofHours(8);
    static final Duration ABSOLUTE = Duration.ofDays(14);
    /** Writing last-seen on every request would make every page view a write; once a minute is enough. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;

    public Sessions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Starts a new session and returns the token for the cookie. */
    public String start(String personId) {
        String token = Tokens.newToken();
        Instant now = clock.instant();
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_sessions (token_hash, person_id, created_at, last_seen_at)
                VALUES (:hash, :person, :now, :now)
                """).bind("hash", hash(token)).bind("person", personId).bind("now", now).execute());
        return token;
    }

    /** The person of a live session, refreshing its idle timer; empty for unknown or expired tokens. */
    public Optional<String> personOf(String token) {
        if (!Tokens.looksValid(token)) return Optional.empty();
        String hash = hash(token);
        Instant now = clock.instant();
        record Row(String personId, long createdAt, long lastSeenAt) {
        }
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery(
                        "SELECT person_id, created_at, last_seen_at FROM plein_sessions WHERE token_hash = :hash")
                .bind("hash", hash)
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3))).findOne());
        if (row.isEmpty()) return Optional.empty();
        Instant created = Instant.ofEpochMilli(row.get().createdAt());
        Instant lastSeen = Instant.ofEpochMilli(row.get().lastSeenAt());
        if (now.isAfter(created.plus(ABSOLUTE)) || now.isAfter(lastSeen.plus(IDLE))) {
            end(token);
            return Optional.empty();
        }
        if (now.isAfter(lastSeen.plus(TOUCH_EVERY))) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE plein_sessions SET last_seen_at = :now WHERE token_hash = :hash")
                    .bind("now", now).bind("hash", hash).execute());
        }
        return Optional.of(row.get().personId());
    }

    public void end(String token) {
        if (token == null) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plein_sessions WHERE token_hash = :hash")
                .bind("hash", hash(token)).execute());
    }

    /** Ends every other session of a person, keeping the one making the request: after a password change. */
    public void endOthers(String personId, String keepToken) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plein_sessions WHERE person_id = :person AND token_hash <> :keep")
                .bind("person", personId).bind("keep", keepToken == null ? "" : hash(keepToken)).execute());
    }

    /** Ends every session of a person: after a password reset, and when blocked or erased. */
    public void endAll(String personId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plein_sessions WHERE person_id = :person")
                .bind("person", personId).execute());
    }

    private static String hash(String token) {
        return Tokens.hash(token);
    }
}
