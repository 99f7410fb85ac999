package nl.plein.core.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import nl.plein.api.Ids;

/**
 * Slows down password guessing: after {@link #PER_ACCOUNT} failed sign-ins for one e-mail address, or
 * {@link #PER_ADDRESS} from one network address, within {@link #WINDOW}, further attempts are refused until the
 * window has passed. The address counts whether or not an account exists, so the answer never tells which
 * addresses have one. Failures are kept in the database, so every instance sees them.
 */
public final class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public LoginThrottle(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    public boolean isBlocked(String email, String ip) {
        return failures(accountKey(email)) >= PER_ACCOUNT || failures(addressKey(ip)) >= PER_ADDRESS;
    }

    public void failed(String email, String ip) {
        jdbi.useTransaction(h -> {
            for (String key : List.of(accountKey(email), addressKey(ip))) {
                h.createUpdate("INSERT INTO plein_login_failures (id, key_hash, at) VALUES (:id, :key, :at)")
                        .bind("id", ids.next()).bind("key", key).bind("at", clock.instant()).execute();
            }
            // Keep the table small: what is outside the window no longer counts.
            h.createUpdate("DELETE FROM plein_login_failures WHERE at < :before")
                    .bind("before", clock.instant().minus(WINDOW)).execute();
        });
    }

    /** A successful sign-in clears the account's count (not the address's: one right guess must not reset it). */
    public void succeeded(String email) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plein_login_failures WHERE key_hash = :key")
                .bind("key", accountKey(email)).execute());
    }

    /** For erasure: the hashed address of a person must not outlive them. */
    public void forget(String email) {
        succeeded(email);
    }

    private int failures(String key) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM plein_login_failures WHERE key_hash = :key AND at >= :since")
                .bind("key", key).bind("since", clock.instant().minus(WINDOW)).mapTo(Integer.class).one());
    }

    private static String accountKey(String email) {
        return Tokens.hash("account:" + People.normaliseEmail(email));
    }

    private static String addressKey(String ip) {
        return Tokens.hash("ip:" + String.valueOf(ip).toLowerCase(Locale.ROOT));
    }
}
