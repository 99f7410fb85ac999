package nl.plein.core.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plein.api.FullText;
import nl.plein.api.Jobs;
import nl.plein.core.jobs.JobScheduler;
import nl.plein.core.jobs.JobStore;
import nl.plein.core.storage.Database;
import nl.plein.core.storage.Migrations;
import nl.plein.core.storage.UuidV7Ids;
import nl.plein.core.testing.MutableClock;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's full-text index on the database of this run (SQLite with FTS5, and again on PostgreSQL with tsvector): the
 * same answers through the same API, each plugin seeing only its own documents.
 */
@OnBothDatabases
class FullTextTest {

    @TempDir
    Path dir;

    Database database;
    FullTextIndex index;
    FullText networks;
    FullText webinars;
    final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.open(dir);
        Migrations.migrate(database, "core", getClass().getClassLoader());
        index = FullTextIndex.on(database);
        networks = index.forOwner("networks");
        webinars = index.forOwner("webinars");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void dutchWordsAreFoundWholeByTheirStartAndInAnotherForm() {
        networks.put("post", "werving", "Vrijwilligers gezocht",
                "Voor de moestuin zoeken wij vrijwilligers die op zaterdag willen helpen.");
        networks.put("post", "een-vrijwilliger", "Eén vrijwilliger vertelt", "Over de vergadering van dinsdag.");

        for (String text : List.of("vrijwilligers", "vrijwilliger", "vrijwil", "VRIJWILLIGERS", "Vrijwilliger")) {
            assertEquals(List.of("een-vrijwilliger", "werving"), sorted(networks.search("post", text, 10)), text);
        }
        assertEquals(List.of("werving"), networks.search("post", "moestuin", 10));
        assertEquals(List.of("werving"), networks.search("post", "moestuin zaterdag", 10), "every word");
        assertEquals(List.of(), networks.search("post", "moestuin zwembad", 10), "every word, not any");
        assertEquals(List.of("een-vrijwilliger"), networks.search("post", "vergaderingen", 10));
        assertEquals(List.of("een-vrijwilliger"), networks.search("post", "vergad", 10));
        assertEquals(List.of("een-vrijwilliger"), networks.search("post", "één", 10), "diacritics do not matter");
    }

    @Test
    void englishWordsAndWordsWithoutTheirDiacriticsAreFound() {
        networks.put("post", "garden", "Volunteers wanted", "Our community garden needs people who like working outside.");
        networks.put("post", "koffie", "Café De Coöperatie", "De coördinator schenkt koffie.");

        assertEquals(List.of("garden"), networks.search("post", "volunteer", 10));
        assertEquals(List.of("garden"), networks.search("post", "volunteers", 10));
        assertEquals(List.of("garden"), networks.search("post", "community garden", 10));
        assertEquals(List.of("garden"), networks.search("post", "work", 10));
        assertEquals(List.of("koffie"), networks.search("post", "cafe", 10));
        assertEquals(List.of("koffie"), networks.search("post", "coordinator", 10));
        assertEquals(List.of("koffie"), networks.search("post", "coöperatie", 10));
        assertEquals(List.of("koffie"), networks.search("post", "COOPERATIE", 10));
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordInTheBody() {
        // Ids that sort the other way round, so only the ranking can put the title first.
        networks.put("post", "a-in-body", "Nieuws uit de regio", "Deze week is de moestuin weer open voor iedereen.");
        networks.put("post", "b-in-title", "De moestuin", "Deze week weer open voor iedereen.");
        networks.put("post", "c-elsewhere", "Nieuws", "Niets over tuinen.");

        assertEquals(List.of("b-in-title", "a-in-body"), networks.search("post", "moestuin", 10));
        assertEquals(List.of("b-in-title"), networks.search("post", "moestuin", 1), "the limit holds");
        assertEquals(List.of(), networks.search("post", "moestuin", 0));
    }

    @Test
    void eachPluginFindsOnlyItsOwnDocumentsOfTheKindItAsksFor() {
        networks.put("post", "n-post", "", "De kwartel broedt in het gras.");
        networks.put("thread", "n-thread", "Over de kwartel", "");
        webinars.put("post", "w-post", "Kwartels tellen", "");

        assertEquals(List.of("n-post"), networks.search("post", "kwartel", 10));
        assertEquals(List.of("n-thread"), networks.search("thread", "kwartel", 10));
        assertEquals(List.of("w-post"), webinars.search("post", "kwartel", 10));
        assertEquals(List.of(), webinars.search("thread", "kwartel", 10));
        assertEquals(List.of(), index.forOwner("expeditions").search("post", "kwartel", 10));
        // The same id in another plugin or kind is another document.
        webinars.put("post", "n-post", "Iets anders", "");
        webinars.remove("post", "n-post");
        assertEquals(List.of("n-post"), networks.search("post", "kwartel", 10));
    }

    @Test
    void replacingChangesTheWordsAndRemovingLeavesNothingBehind() {
        networks.put("post", "p1", "Geheim", "Het wachtwoord van de kluis is zwanenveer.");
        networks.put("post", "p1", "Openbaar", "De kluis staat in de kelder.");
        assertEquals(List.of(), networks.search("post", "zwanenveer", 10), "the old text is gone");
        assertEquals(List.of("p1"), networks.search("post", "kelder", 10));
        networks.put("post", "p1", "Openbaar", "De kluis staat in de kelder.");   // unchanged: stays as it is
        assertEquals(List.of("p1"), networks.search("post", "kelder openbaar", 10));

        networks.remove("post", "p1");
        networks.remove("post", "p1");   // again: nothing happens
        networks.remove("post", "never-there");
        assertEquals(List.of(), networks.search("post", "kelder", 10));
        assertEquals(0, count("SELECT COUNT(*) FROM plein_fulltext"));
        if (database.dialect() == Database.Dialect.SQLITE) {
            // Not even a word of it in the FTS5 index's own pages: fts5vocab lists every term the index holds.
            database.jdbi().useHandle(h -> h.execute(
                    "CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, plein_fulltext_index, 'row')"));
            assertEquals(0, count("SELECT COUNT(*) FROM temp.words"));
        }
    }

    @Test
    void hostileSearchTextGivesResultsOrNothingButNeverAnError() {
        networks.put("post", "p1", "Vrijwilligers gezocht", "Wie helpt? Bel 06-12345678 of mail naar info@example.org.");
        List<String> hostile = List.of("\"", "\"\"", "*", "**", "-", "--", ":*", "'", "''", "\\", "\\'", "&", "|", "!",
                "(", ")", "()", "<->", "^", "+", "NEAR", "NEAR(", "AND", "OR", "NOT", "and or not", "title:", "body:x",
                "{title}:x", "\"vrijwil", "vrijwil\"", "vrijwil'", "vrijwil\\", "'vrijwil':*", "vrijwil:*",
                "vrijwil & gezocht", "vrijwil | niets", "!vrijwil", "-vrijwil", "vrijwil -gezocht", "vrijwil OR niets",
                "vrijwil AND gezocht", "vrijwil NOT gezocht", "vrijwil*", "*vrijwil", "%", "_", "%vrijwil%", "a".repeat(300),
                "vrijwilligers ".repeat(40), "🙂", "vrijwil 🙂", "🙂vrijwil🙂", "\u0000", "vrij\u0000wil", "\t\n\r",
                "1", "06-12345678", "info@example.org", "Ǆ ǅ ﬁ", "𝔳𝔯𝔦𝔧𝔴𝔦𝔩", "漢字", "Ω", "é", "\u0301", "x".repeat(5000),
                "; DROP TABLE plein_fulltext; --", "' OR '1'='1", ")) OR ((", "$$", "::text", "E'\\x00'",
                "in is", "de het een", "vrijwil in");
        for (String text : hostile) {
            List<String> found = assertDoesNotThrow(() -> networks.search("post", text, 10), text);
            assertTrue(found.isEmpty() || found.equals(List.of("p1")), text + " → " + found);
        }
        for (String text : List.of("\"vrijwil", "vrijwil:*", "'vrijwil':*", "!vrijwil", "-vrijwil", "vrijwil*",
                "*vrijwil", "vrijwil & gezocht", "🙂vrijwil🙂", "%vrijwil%", "Vrijwilligers, gezocht!")) {
            assertEquals(List.of("p1"), networks.search("post", text, 10), text + " is plain words");
        }
        for (String text : List.of("", "   ", "\"", "*", "-", ":*", "'", "\\", "&", "!", "🙂", "()", "%", "_", "\t\n")) {
            assertEquals(List.of(), networks.search("post", text, 10), "no words in " + text);
        }
        assertEquals(List.of(), networks.search("post", null, 10));
        assertEquals(List.of("p1"), networks.search("post", "example", 10));
        assertEquals(0, count("SELECT COUNT(*) FROM plein_fulltext WHERE doc_id <> 'p1'"), "nothing was changed");
    }

    @Test
    void aPluginMistakeFailsAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> networks.put("Post", "p1", "", ""));
        assertThrows(IllegalArgumentException.class, () -> networks.put("post kind", "p1", "", ""));
        assertThrows(IllegalArgumentException.class, () -> networks.put("post", "", "", ""));
        assertThrows(IllegalArgumentException.class, () -> networks.put("post", "x".repeat(101), "", ""));
        assertThrows(IllegalArgumentException.class, () -> networks.search(null, "x", 10));
        assertThrows(IllegalStateException.class, () -> networks.fillOnce("post", (after, limit) -> List.of()));
        networks.put("post", "empty", null, null);
        assertEquals(1, count("SELECT COUNT(*) FROM plein_fulltext"));
    }

    @Test
    void longTextsAreIndexedByTheirBeginningAndTheLimitIsBounded() {
        String body = "begin " + "woord ".repeat(30_000) + "einde";
        networks.put("post", "long", "t".repeat(5_000), body);
        assertEquals(List.of("long"), networks.search("post", "begin", 10));
        assertEquals(List.of(), networks.search("post", "einde", 10), "past the first 100,000 characters");
        for (int i = 0; i < FullText.MAX_RESULTS + 20; i++) networks.put("post", "n" + i, "Nieuwsbrief " + i, "");
        assertEquals(FullText.MAX_RESULTS, networks.search("post", "nieuwsbrief", 10_000).size());
    }

    @Test
    void insideThePluginsTransactionThePutCommitsAndRollsBackWithIt() {
        database.jdbi().useTransaction(h -> {
            h.execute("CREATE TABLE example_notes (id VARCHAR(36) PRIMARY KEY, body TEXT NOT NULL)");
            h.execute("INSERT INTO example_notes (id, body) VALUES ('kept', 'Koffieochtend')");
            networks.put("note", "kept", "", "Koffieochtend");
        });
        assertEquals(List.of("kept"), networks.search("note", "koffie", 10));

        assertThrows(IllegalStateException.class, () -> database.jdbi().useTransaction(h -> {
            h.execute("INSERT INTO example_notes (id, body) VALUES ('lost', 'Koffiemiddag')");
            networks.put("note", "lost", "", "Koffiemiddag");
            throw new IllegalStateException("the plugin changes its mind");
        }));
        assertEquals(List.of("kept"), networks.search("note", "koffie", 10));
        assertEquals(0, count("SELECT COUNT(*) FROM plein_fulltext WHERE doc_id = 'lost'"));
    }

    @Test
    void rowsWrittenBeforeTheIndexExistedAreFilledOnceInTheBackgroundInPages() {
        List<FullText.Document> old = new ArrayList<>();
        for (int i = 0; i < 450; i++) old.add(new FullText.Document(String.format("doc-%04d", i), "Oud bericht " + i, ""));
        AtomicInteger reads = new AtomicInteger();
        FullText.Source source = (after, limit) -> {
            reads.incrementAndGet();
            return old.stream().filter(d -> d.id().compareTo(after) > 0).limit(limit).toList();
        };
        JobStore store = new JobStore(database.jdbi(), new UuidV7Ids(clock), clock);
        JobScheduler scheduler = new JobScheduler(store, owner -> true);
        // Each run does one page and schedules the rest, as a run that took its whole time would.
        FullText plugin = new PluginFullText(index, "example", jobsOf(store, scheduler, "example"), clock, Duration.ZERO);

        plugin.put("notice", "doc-0001", "Nieuwe tekst", "");    // written by the plugin after the upgrade, before the fill
        // The plugin had already put one document: the index is not empty, so nothing is filled.
        plugin.fillOnce("notice", source);
        assertEquals(0, scheduler.runDue());

        plugin.remove("notice", "doc-0001");
        plugin.fillOnce("notice", source);
        assertEquals(List.of(), plugin.search("notice", "oud", 10), "in the background, not during install");
        plugin.put("notice", "doc-0002", "Nieuwe tekst", "");
        int runs = 0;
        for (int ran = scheduler.runDue(); ran > 0; ran = scheduler.runDue()) runs += ran;
        assertEquals(3, runs, "450 documents in pages of 200");
        assertEquals(449, plugin.search("notice", "oud bericht", 500).size());
        assertEquals(List.of("doc-0002"), plugin.search("notice", "nieuwe", 10), "the plugin's newer text wins");
        assertEquals(List.of("doc-0449"), plugin.search("notice", "449", 10));

        int before = reads.get();
        plugin.fillOnce("notice", source);     // the next start
        assertEquals(0, scheduler.runDue());
        assertEquals(before, reads.get(), "the index holds documents: the source is not even read");

        FullText other = new PluginFullText(index, "webinars", jobsOf(store, scheduler, "webinars"), clock,
                PluginFullText.FILL_RUN);
        other.fillOnce("session", (after, limit) -> List.of());
        assertEquals(0, scheduler.runDue(), "a new installation has nothing to fill");
    }

    /** A plugin's jobs, as core's plugin context wires them. */
    private static Jobs jobsOf(JobStore store, JobScheduler scheduler, String owner) {
        return new Jobs() {
            @Override
            public void handle(String kind, JobHandler handler) {
                scheduler.register(owner, kind, handler);
            }

            @Override
            public void schedule(String kind, String key, Instant runAt, String payload) {
                store.schedule(owner, kind, key, runAt, payload);
            }

            @Override
            public void cancel(String kind, String key) {
                store.cancel(owner, kind, key);
            }
        };
    }

    private int count(String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
