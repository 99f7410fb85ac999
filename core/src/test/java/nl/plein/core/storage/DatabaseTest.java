package nl.plein.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void concurrentReadThenWriteTransactionsLoseNoUpdate() throws Exception {
        try (Database database = Database.sqlite(dir.resolve("plein.db"), new SimpleMeterRegistry())) {
            var jdbi = database.jdbi();
            jdbi.useHandle(h -> {
                h.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)");
                h.execute("INSERT INTO counter (id, value) VALUES (1, 0)");
            });
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                done.add(pool.submit(() -> jdbi.useTransaction(h -> {
                    int value = h.createQuery("SELECT value FROM counter WHERE id = 1").mapTo(Integer.class).one();
                    h.createUpdate("UPDATE counter SET value = :v WHERE id = 1").bind("v", value + 1).execute();
                })));
            }
            for (Future<?> future : done) future.get();
            pool.shutdown();
            int value = jdbi.withHandle(h -> h.createQuery("SELECT value FROM counter").mapTo(Integer.class).one());
            assertEquals(200, value);
        }
    }

    @Test
    void sqliteRunsInWalModeWithForeignKeysAndInstantsAsEpochMillis() {
        try (Database database = Database.sqlite(dir.resolve("plein.db"), new SimpleMeterRegistry())) {
            var jdbi = database.jdbi();
            assertEquals("wal", jdbi.withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
            int foreignKeys = jdbi.withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
            assertEquals(1, foreignKeys);
            Instant instant = Instant.parse("2026-03-02T09:00:00.123Z");
            jdbi.useHandle(h -> {
                h.execute("CREATE TABLE t (at BIGINT)");
                h.createUpdate("INSERT INTO t (at) VALUES (:at)").bind("at", instant).execute();
            });
            long stored = jdbi.withHandle(h -> h.createQuery("SELECT at FROM t").mapTo(Long.class).one());
            assertEquals(instant.toEpochMilli(), stored);
            assertEquals(instant, jdbi.withHandle(h -> h.createQuery("SELECT at FROM t").mapTo(Instant.class).one()));
        }
    }

    @Test
    void idsAreTimeOrderedUuidV7() {
        var clock = nl.plein.core.testing.MutableClock.at("2026-03-02T09:00:00Z");
        UuidV7Ids ids = new UuidV7Ids(clock);
        String first = ids.next();
        clock.advance(java.time.Duration.ofMillis(1));
        String second = ids.next();
        assertEquals('7', first.charAt(14));
        assertTrue(first.compareTo(second) < 0);
        assertEquals(36, first.length());
    }
}
