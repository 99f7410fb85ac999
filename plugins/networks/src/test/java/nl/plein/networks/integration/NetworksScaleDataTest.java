package nl.plein.networks.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Manifest;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.TestPlein;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * The networks' share of generated data at small scale: the scaled figures, the three measured pages as the member
 * who would see them, the pages' invariants (counts shown are the rows), the daily digest's readers and their new
 * posts, and the same rows from the same seed.
 */
@OnBothDatabases
class NetworksScaleDataTest {

    /** Every table of the plugin with its primary key: dumps in this order compare installations row by row. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("networks_spaces", "id");
        TABLES.put("networks_organisations", "space_id, organisation_id");
        TABLES.put("networks_members", "space_id, person_id");
        TABLES.put("networks_invitations", "id");
        TABLES.put("networks_join_requests", "id");
        TABLES.put("networks_activity", "id");
        TABLES.put("networks_threads", "id");
        TABLES.put("networks_posts", "id");
        TABLES.put("networks_follows", "thread_id, person_id");
        TABLES.put("networks_notification_settings", "space_id, person_id");
        TABLES.put("networks_reports", "id");
        TABLES.put("networks_folders", "id");
        TABLES.put("networks_documents", "id");
        TABLES.put("networks_meetings", "id");
        TABLES.put("networks_agenda_items", "id");
        TABLES.put("networks_rsvps", "meeting_id, person_id");
        TABLES.put("networks_minutes", "meeting_id");
        TABLES.put("networks_minute_comments", "id");
        TABLES.put("networks_actions", "id");
        TABLES.put("networks_decisions", "id");
        TABLES.put("networks_feed_tokens", "person_id");
        TABLES.put("networks_trajectories", "id");
        TABLES.put("networks_monitoring_notes", "id");
    }

    @Test
    void smallScaleGivesTheScaledFiguresAndTheMeasuredPagesShowThem() {
        try (TestPlein plein = TestPlein.with().thisPlugin().start()) {
            Manifest manifest = plein.generate(ScaleData.Scale.SMALL, 7);
            ScaleData.Scale small = ScaleData.Scale.SMALL;

            // The national figures, scaled (spaces: at least four).
            assertEquals(4, count(plein, "SELECT COUNT(*) FROM networks_spaces"));
            assertEquals(small.of(ScaleDiscussions.POSTS), count(plein, "SELECT COUNT(*) FROM networks_posts"));
            assertEquals(small.of(ScaleDiscussions.THREADS), count(plein, "SELECT COUNT(*) FROM networks_threads"));
            assertEquals(small.of(ScaleDocuments.DOCUMENTS), count(plein, "SELECT COUNT(*) FROM networks_documents"));
            assertEquals(small.of(ScaleProgrammes.TRAJECTORIES),
                    count(plein, "SELECT COUNT(*) FROM networks_trajectories"));
            for (String table : NetworksScaleData.TABLES) {
                assertEquals(count(plein, "SELECT COUNT(*) FROM " + table),
                        ((Number) manifest.notes().get("networks.rows." + table)).longValue(), table);
            }
            String big = (String) manifest.notes().get("networks.biggestSpace");
            assertEquals(small.of(ScaleDiscussions.BIG_THREADS),
                    count(plein, "SELECT COUNT(*) FROM networks_threads WHERE space_id = '" + big + "'"));
            String longThread = (String) manifest.notes().get("networks.longThread");
            assertEquals(small.of(ScaleDiscussions.LONG_THREAD_REPLIES) + 1,
                    count(plein, "SELECT COUNT(*) FROM networks_posts WHERE thread_id = '" + longThread + "'"));
            assertTrue(count(plein, "SELECT COUNT(*) FROM networks_meetings m JOIN networks_minutes n "
                    + "ON n.meeting_id = m.id WHERE n.status = 'approved'") > 0, "meetings with approved minutes");

            // What the pages rely on: the threads' denormalised counts and last posts are their posts'.
            assertEquals(0, count(plein, """
                    SELECT COUNT(*) FROM networks_threads t
                     WHERE t.posts <> (SELECT COUNT(*) FROM networks_posts p WHERE p.thread_id = t.id)
                        OR t.last_post_at <> (SELECT MAX(p.created_at) FROM networks_posts p WHERE p.thread_id = t.id)
                        OR t.created_at <> (SELECT MIN(p.created_at) FROM networks_posts p WHERE p.thread_id = t.id)"""));
            assertEquals(0, count(plein, """
                    SELECT COUNT(*) FROM networks_documents d
                     WHERE d.version <> (SELECT MAX(v.version) FROM networks_document_versions v
                                          WHERE v.document_id = d.id)"""));
            assertEquals(0, count(plein, """
                    SELECT COUNT(*) FROM networks_members m
                     WHERE m.role <> 'guest' AND m.organisation_id IS NOT NULL AND NOT EXISTS (
                           SELECT 1 FROM networks_organisations o
                            WHERE o.space_id = m.space_id AND o.organisation_id = m.organisation_id)"""));

            // The three measured pages, as the member the manifest names, signed in through the sign-in form.
            List<Manifest.Page> pages = manifest.pagesOf("networks");
            assertEquals(3, pages.size());
            String email = pages.get(0).email();
            assertTrue(pages.stream().allMatch(p -> email.equals(p.email())));
            assertEquals("member", plein.jdbi().withHandle(h -> h.createQuery("""
                    SELECT m.role FROM networks_members m JOIN plein_people p ON p.id = m.person_id
                     WHERE m.space_id = :space AND p.email = :email""").bind("space", big).bind("email", email)
                    .mapTo(String.class).one()));
            Browser member = plein.browser();
            member.signIn(email, ScaleData.PASSWORD);

            Browser.Page front = member.get(pages.get(0).path());
            assertEquals(200, front.status());
            String newest = plein.jdbi().withHandle(h -> h.createQuery("""
                    SELECT title FROM networks_activity WHERE space_id = :space AND access = 'members'
                     ORDER BY created_at DESC, id DESC LIMIT 1""").bind("space", big).mapTo(String.class).one());
            assertTrue(front.body().contains(escaped(newest)), "the newest activity is on the front page");

            Browser.Page threads = member.get(pages.get(1).path());
            assertEquals(200, threads.status());
            for (Map<String, Object> row : plein.jdbi().withHandle(h -> h.createQuery("""
                    SELECT title, posts FROM networks_threads WHERE space_id = :space
                     ORDER BY pinned DESC, last_post_at DESC, id DESC LIMIT 25""").bind("space", big).mapToMap().list())) {
                assertTrue(threads.body().contains(escaped((String) row.get("title"))), "listed: " + row.get("title"));
            }
            assertEquals(25, occurrences(threads.body(), "<li class=\"card\">"), "a full first page");

            Browser.Page thread = member.get(pages.get(2).path());
            assertEquals(200, thread.status());
            int posts = (int) count(plein, "SELECT COUNT(*) FROM networks_posts WHERE thread_id = '" + longThread + "'");
            assertEquals(Math.min(50, posts), occurrences(thread.body(), "<li id=\"post-"), "the first page of posts");
            assertTrue(thread.body().contains(String.valueOf(posts)), "the thread's count of posts");

            // The daily digest: about four in five readers chose it, and all of them have new posts since the last one.
            long readers = ((Number) manifest.notes().get("networks.digest.readers")).longValue();
            assertEquals(readers, count(plein, "SELECT COUNT(*) FROM networks_notification_settings WHERE mode = 'digest'"));
            assertTrue(readers > 0.7 * count(plein, "SELECT COUNT(*) FROM networks_members WHERE role <> 'guest'"));
            assertEquals("networks.digest", manifest.notes().get("networks.digest.kind"));
            long since = plein.jdbi().withHandle(h -> h.createQuery(
                    "SELECT MIN(digest_sent_until) FROM networks_notification_settings WHERE mode = 'digest'")
                    .mapTo(Long.class).one());
            assertEquals(0, count(plein, """
                    SELECT COUNT(*) FROM networks_spaces s WHERE NOT EXISTS (
                           SELECT 1 FROM networks_threads t WHERE t.space_id = s.id AND t.created_at > %d)""".formatted(since)),
                    "every space has new threads since the last digest");

            // The digest as the platform runs it the next morning: a letter for nearly every reader.
            Instant sevenNextDay = plein.clock().instant().plus(Duration.ofDays(1)).atZone(ScaleNumbers.AMSTERDAM)
                    .toLocalDate().atTime(7, 0).atZone(ScaleNumbers.AMSTERDAM).toInstant();
            plein.clock().advance(Duration.between(plein.clock().instant(), sevenNextDay));
            plein.plein().jobs().runDue();
            long letters = count(plein, "SELECT COUNT(*) FROM plein_outbox WHERE dedupe_key LIKE 'networks:discussion-digest-%'");
            assertTrue(letters >= readers - 4 && letters <= readers, letters + " letters for " + readers + " readers");
        }
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        Map<String, List<String>> first = dump(3);
        assertEquals(first, dump(3));
        Map<String, List<String>> other = dump(4);
        assertNotEquals(first.get("networks_posts"), other.get("networks_posts"));
        assertNotEquals(first.get("networks_members"), other.get("networks_members"));
    }

    /** Every plugin table; a version's stored file by its name and size, as core's upload ids are its own. */
    private static Map<String, List<String>> dump(long seed) {
        try (TestPlein plein = TestPlein.with().thisPlugin().start()) {
            plein.generate(new ScaleData.Scale("tiny", 0.004), seed);
            Map<String, List<String>> rows = new LinkedHashMap<>();
            plein.jdbi().useHandle(h -> {
                TABLES.forEach((table, key) -> rows.put(table, rows(h, "SELECT * FROM " + table + " ORDER BY " + key)));
                rows.put("networks_document_versions", rows(h, """
                        SELECT v.document_id, v.version, u.filename, u.sha256, u.size_bytes AS stored_bytes, v.file_name, v.size_bytes, v.note,
                               v.uploaded_by, v.uploaded_at
                          FROM networks_document_versions v JOIN plein_uploads u ON u.id = v.upload_id
                         ORDER BY v.document_id, v.version"""));
            });
            assertTrue(rows.get("networks_posts").size() > 100);
            return rows;
        }
    }

    private static List<String> rows(Handle h, String sql) {
        return h.createQuery(sql).mapToMap().map(Object::toString).list();
    }

    private static long count(TestPlein plein, String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
        return count;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
