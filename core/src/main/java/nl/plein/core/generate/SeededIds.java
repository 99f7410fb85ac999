package nl.plein.core.generate;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Ids in the same UUIDv7 form as {@code UuidV7Ids}, but drawn from a seeded random stream and a fixed moment, so the
 * same seed gives the same ids. The millisecond part moves forward one per id: they stay time-ordered like real ones.
 */
final class SeededIds {

    private final Random random;
    private long millis;

    SeededIds(long seed, Instant start) {
        this.random = new Random(seed);
        this.millis = start.toEpochMilli();
    }

    String next() {
        long time = millis++;
        long high = (time << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
