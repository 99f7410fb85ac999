package nl.plein.core.storage;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import nl.plein.api.Ids;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Time-ordered, so new rows land at
 * the end of indexes, and unguessable enough to show in URLs. Written here because the JDK (17) has no v7 yet.
 */
public final class UuidV7Ids implements Ids {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public UuidV7Ids(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String next() {
        long millis = clock.millis();
        long randA = random.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
