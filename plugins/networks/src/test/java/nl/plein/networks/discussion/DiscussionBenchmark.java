package nl.plein.networks.discussion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.Visibility;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not a test: the performance targets for discussions, run by {@code benchmarks/networks.sh}. Its name matches
 * none of surefire's default patterns, so {@code mvn verify} never runs it; and it only runs with
 * {@code -Dplein.benchmark=true}. Speed is measured and printed here, never asserted in a unit test.
 *
 * <p>The data, from a fixed seed and written in batches: 40 members-only spaces with 250 people each (10,000 people in
 * core), all reading the daily digest. The large space has 50 member organisations, 5,000 threads and 50,000 posts
 * over the past year, one thread with 200 replies and three announcements; each of the other 39 has 200 threads and
 * 2,000 posts. Posts are Markdown of 100–1,500 characters. Authors follow the threads they wrote in, and every person
 * follows ten more threads of their space. In the day before the digest each space got 150 replies in 30 threads and
 * 5 new threads (these are part of the totals above).
 *
 * <ol>
 * <li><b>The threads page</b> of the large space (first page, and a page deep in the list) and <b>a thread page</b>
 * of the thread with 200 replies (its first and its last page), over loopback HTTP as a signed-in member:
 * median, p99, max and SQL statements per page after a warm-up. Target: median &lt; 30 ms.</li>
 * <li><b>The digest</b> for the 10,000 readers: the computation alone (readers, posts and follows per space, the
 * letters), three times; then the real job at 7:00 as the platform runs it (compute, queue one mail per person per
 * space, move {@code digest_sent_until}) and the next day's with nothing new. Target: &lt; 30 s.</li>
 * </ol>
 * Everything printed is also written to {@code target/networks-benchmark.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "plein.benchmark", matches = "true")
class DiscussionBenchmark {

    static final int SPACES = 40;
    static final int PEOPLE_PER_SPACE = 250;
    static final int ORGANISATIONS = 50;
    static final int BIG_THREADS = 5_000;
    static final int BIG_POSTS = 50_000;
    static final int LONG_THREAD_REPLIES = 200;
    static final int SMALL_THREADS = 200;
    static final int SMALL_POSTS = 2_000;
    static final int RECENT_REPLIES = 150;
    static final int RECENT_ACTIVE_THREADS = 30;
    static final int RECENT_NEW_THREADS = 5;
    static final int FOLLOWED_EACH = 10;
    static final int WARM_UP = 50;

    /** The test clock: Monday 2 March 2026, 9:00 UTC; the digest covers the day up to 7:00 in Amsterdam on 3 March. */
    static final Instant PREVIOUS_DIGEST = Instant.parse("2026-03-02T06:00:00Z");
    static final Instant DIGEST = Instant.parse("2026-03-03T06:00:00Z");
    static final long YEAR = Duration.ofDays(365).toMillis();

    static final String[] WORDS = ("vrijwilligers organisatie netwerk overleg mantelzorg ouderen buurt gemeente "
            + "scholing werving begeleiding jaarplan subsidie evaluatie pilot wijkteam informele zorg maatje "
            + "eenzaamheid ontmoeting bijeenkomst agenda notulen besluit actie verslag ervaring vraag antwoord "
            + "samenwerking landelijk lokaal regio coördinator bestuur fonds aanvraag rapport").split(" ");

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    private final Random random = new Random(7);
    private final List<String> report = new ArrayList<>();
    private NetworksFixture fixture;

    /** A space as written: its people and its threads. */
    private record Built(Space space, List<String> people, List<String> threads, String longThread, int posts) {
    }

    @Test
    void threadPagesAndDigest() {
        fixture = new NetworksFixture(plein);
        int timed = Integer.getInteger("plein.benchmark.requests", 200);
        report.add(String.format("machine: %d cores, Java %s, max heap %d MB; %s; loopback HTTP",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), nl.plein.core.testing.TestDatabases.describe()));

        long started = System.nanoTime();
        List<Built> spaces = new ArrayList<>();
        for (int s = 0; s < SPACES; s++) spaces.add(space(s));
        Built big = spaces.get(0);
        int posts = spaces.stream().mapToInt(Built::posts).sum();
        int follows = count("SELECT COUNT(*) FROM networks_follows");
        report.add(String.format("setup: %d members-only spaces, %,d people (all reading the digest), %,d threads, "
                        + "%,d posts, %,d follows, written in %.1f s", SPACES, SPACES * PEOPLE_PER_SPACE,
                count("SELECT COUNT(*) FROM networks_threads"), posts, follows, (System.nanoTime() - started) / 1e9));
        report.add(String.format("   the large space: %d member organisations, %,d threads, %,d posts; the long thread "
                        + "has %d posts (%d replies)", count("SELECT COUNT(*) FROM networks_organisations WHERE space_id = '"
                        + big.space().id() + "'"), big.threads().size(), big.posts(),
                count("SELECT posts FROM networks_threads WHERE id = '" + big.longThread() + "'"), LONG_THREAD_REPLIES));

        // What the parts record as people post: one activity row per post, so the front page's "since your last
        // visit" list reads from a table as large as a busy year makes it.
        int activity = plein.jdbi().withHandle(h -> h.createUpdate("""
                INSERT INTO networks_activity (id, space_id, kind, subject_id, title, actor_id, access, created_at)
                SELECT p.id, p.space_id, 'post', p.thread_id, t.title, p.author_id, 'members', p.created_at
                FROM networks_posts p JOIN networks_threads t ON t.id = p.thread_id""").execute());
        report.add(String.format("   activity rows (one per post): %,d", activity));

        Browser member = fixture.signedIn(email(0, 1));
        String base = "/networks/spaces/" + big.space().id();
        report.add("");
        report.add(String.format("a) pages of the large space over HTTP, signed in as a member: %d timed requests each "
                + "after %d warm-up", timed, WARM_UP));
        page(member, "space front page", base, timed);
        page(member, "threads page 1", base + "/threads", timed);
        page(member, "threads page 100", base + "/threads?page=100", timed);
        page(member, "thread, page 1", base + "/threads/" + big.longThread(), timed);
        page(member, "thread, last", base + "/threads/" + big.longThread() + "?page=5", timed);
        report.add("   target: median < 30 ms");

        digest();

        report.forEach(System.out::println);
        try {
            Files.write(nl.plein.core.testing.TestDatabases.report("networks-benchmark"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- a) pages

    private void page(Browser browser, String name, String path, int timed) {
        long[] micros = new long[timed];
        AtomicInteger statements = new AtomicInteger();
        SqlLogger before = plein.jdbi().getConfig(SqlStatements.class).getSqlLogger();
        int bytes = 0;
        for (int i = 0; i < WARM_UP + timed; i++) {
            boolean measured = i >= WARM_UP;
            if (measured) counting(statements);
            long start = System.nanoTime();
            Browser.Page page = browser.get(path);
            long nanos = System.nanoTime() - start;
            plein.jdbi().setSqlLogger(before);
            if (page.status() != 200) throw new AssertionError(path + " answered " + page.status());
            if (measured) micros[i - WARM_UP] = nanos / 1000;
            bytes = page.body().length();
        }
        report.add(line(name, micros) + String.format("   SQL/page %.1f   %,d characters", (double) statements.get()
                / timed, bytes));
    }

    private void counting(AtomicInteger statements) {
        plein.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
    }

    private static String line(String name, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format("   %-18s median %6.1f ms   p99 %6.1f ms   max %6.1f ms", name,
                sorted[(sorted.length - 1) / 2] / 1000.0, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    // ---- b) the digest

    private void digest() {
        DigestContent content = new DigestContent(plein.jdbi());
        report.add("");
        report.add(String.format("b) the daily digest for %,d readers in %d spaces", SPACES * PEOPLE_PER_SPACE, SPACES));
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            Map<String, List<DigestContent.Reader>> readers = content.readers(DIGEST);
            int letters = 0;
            int inWindow = 0;
            long items = 0;
            for (Map.Entry<String, List<DigestContent.Reader>> space : readers.entrySet()) {
                DigestContent.Batch batch = content.letters(space.getKey(), space.getValue(), DIGEST);
                letters += batch.letters().size();
                inWindow += batch.posts();
                for (DigestContent.Letter letter : batch.letters()) items += letter.items().size();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            report.add(String.format("   computation run %d: %,d ms — %,d readers, %,d new posts in the windows, %,d "
                            + "letters with on average %.1f threads", run, millis,
                    readers.values().stream().mapToInt(List::size).sum(), inWindow, letters,
                    letters == 0 ? 0.0 : (double) items / letters));
        }

        // The real job at 7:00 the next morning: compute, queue the mails, move digest_sent_until.
        plein.clock().advance(Duration.between(plein.clock().instant(), DIGEST));
        long start = System.nanoTime();
        int ran = plein.platform().jobs().runDue();
        long wall = (System.nanoTime() - start) / 1_000_000;
        int mails = count("SELECT COUNT(*) FROM plein_outbox WHERE dedupe_key LIKE 'networks:discussion-digest-%'");
        report.add(String.format("   the digest job as the platform runs it (%d job%s): %,d ms — %,d mails queued "
                        + "(one per person per space), digest_sent_until moved for %,d readers", ran, ran == 1 ? "" : "s",
                wall, mails, count("SELECT COUNT(*) FROM networks_notification_settings WHERE digest_sent_until = "
                        + DIGEST.toEpochMilli())));
        plein.clock().advance(Duration.ofDays(1));
        start = System.nanoTime();
        plein.platform().jobs().runDue();
        report.add(String.format("   the next day (nothing new): %,d ms, %,d mails queued in all",
                (System.nanoTime() - start) / 1_000_000,
                count("SELECT COUNT(*) FROM plein_outbox WHERE dedupe_key LIKE 'networks:discussion-digest-%'")));
        report.add("   target: < 30 s");
    }

    // ---- the data

    private static String email(int space, int person) {
        return "lid-" + space + "-" + person + "@bench.plein.test";
    }

    /** One space with its people, threads, posts, follows and digest settings. */
    private Built space(int index) {
        boolean large = index == 0;
        List<String> people = new ArrayList<>(PEOPLE_PER_SPACE);
        for (int p = 0; p < PEOPLE_PER_SPACE; p++) {
            people.add(fixture.person(email(index, p), "Lid " + index + "-" + p));
        }
        Space space = fixture.spaces().create(large ? "Landelijk Overleg Vrijwillige Zorg" : "Netwerk " + index,
                "Een netwerk om te meten.", Visibility.MEMBERS, nl.plein.networks.space.SpaceKind.NETWORK, people.get(0));
        List<String> organisations = new ArrayList<>();
        if (large) {
            for (int o = 0; o < ORGANISATIONS; o++) {
                organisations.add(fixture.organisation("Landelijke organisatie " + o, people.get(1 + o)));
            }
        }
        int threadCount = large ? BIG_THREADS : SMALL_THREADS;
        int postCount = large ? BIG_POSTS : SMALL_POSTS;
        long now = plein.clock().instant().toEpochMilli();
        long windowStart = PREVIOUS_DIGEST.toEpochMilli();
        long windowEnd = DIGEST.toEpochMilli();

        // Threads: all but the newest few started in the past year; the newest in the digest's day.
        int oldThreads = threadCount - RECENT_NEW_THREADS;
        long[] threadStart = new long[threadCount];
        for (int t = 0; t < threadCount; t++) {
            threadStart[t] = t < oldThreads ? now - YEAR + (long) (random.nextDouble() * (YEAR - Duration.ofDays(2)
                    .toMillis())) : windowStart + 1 + (long) (random.nextDouble() * (windowEnd - windowStart - 10));
        }
        // Posts per thread: one each, the long thread 201, the recent replies in 30 active threads, the rest at random.
        int[] perThread = new int[threadCount];
        Arrays.fill(perThread, 1);
        int longThread = large ? 0 : -1;
        if (large) perThread[0] = LONG_THREAD_REPLIES + 1;
        int remaining = postCount - Arrays.stream(perThread).sum() - RECENT_REPLIES;
        for (int i = 0; i < remaining; i++) perThread[1 + random.nextInt(oldThreads - 1)]++;
        int[] recentCount = new int[threadCount];
        int[] active = random.ints(0, oldThreads).distinct().limit(RECENT_ACTIVE_THREADS).toArray();
        for (int i = 0; i < RECENT_REPLIES; i++) recentCount[active[i % active.length]]++;

        List<String> threads = new ArrayList<>(threadCount);
        int written = 0;
        Set<String> follows = new HashSet<>();
        try (Handle h = plein.jdbi().open()) {
            h.begin();
            PreparedBatch threadRows = h.prepareBatch("""
                    INSERT INTO networks_threads (id, space_id, title, author_id, pinned, posts, last_post_at, created_at)
                    VALUES (:id, :space, :title, :author, :pinned, :posts, :last, :created)""");
            PreparedBatch postRows = h.prepareBatch("""
                    INSERT INTO networks_posts (id, thread_id, space_id, author_id, body, created_at)
                    VALUES (:id, :thread, :space, :author, :body, :created)""");
            for (int t = 0; t < threadCount; t++) {
                String threadId = UUID.randomUUID().toString();
                threads.add(threadId);
                int total = perThread[t] + recentCount[t];
                long[] times = new long[total];
                long latestOld = t < oldThreads ? Math.min(windowStart - 60_000, threadStart[t] + YEAR / 2) : windowEnd - 1;
                times[0] = threadStart[t];
                for (int k = 1; k < perThread[t]; k++) {
                    times[k] = threadStart[t] + 1 + (long) (random.nextDouble() * Math.max(1, latestOld - threadStart[t]));
                }
                for (int k = perThread[t]; k < total; k++) {
                    times[k] = windowStart + 1 + (long) (random.nextDouble() * (windowEnd - windowStart - 2));
                }
                Arrays.sort(times, 1, total);
                String starter = people.get(random.nextInt(PEOPLE_PER_SPACE));
                threadRows.bind("id", threadId).bind("space", space.id())
                        .bind("title", t == longThread ? "De lange draad: het jaarplan" : title())
                        .bind("author", starter).bind("pinned", large && t >= 1 && t <= 3).bind("posts", total)
                        .bind("last", times[total - 1]).bind("created", threadStart[t]).add();
                for (int k = 0; k < total; k++) {
                    String author = k == 0 ? starter : people.get(random.nextInt(PEOPLE_PER_SPACE));
                    postRows.bind("id", UUID.randomUUID().toString()).bind("thread", threadId)
                            .bind("space", space.id()).bind("author", author).bind("body", body())
                            .bind("created", times[k]).add();
                    follows.add(threadId + " " + author);
                    written++;
                }
                if (postRows.size() >= 2_000) {
                    threadRows.execute();   // the threads before their posts (foreign key)
                    postRows.execute();
                }
            }
            if (threadRows.size() > 0) threadRows.execute();
            if (postRows.size() > 0) postRows.execute();

            PreparedBatch members = h.prepareBatch("""
                    INSERT INTO networks_members (space_id, person_id, organisation_id, role, guest_meeting_id, joined_at)
                    VALUES (:space, :person, :organisation, 'member', NULL, :now)
                    ON CONFLICT (space_id, person_id) DO NOTHING""");
            PreparedBatch settings = h.prepareBatch("""
                    INSERT INTO networks_notification_settings (space_id, person_id, mode, digest_sent_until)
                    VALUES (:space, :person, 'digest', :sent)""");
            for (int p = 0; p < PEOPLE_PER_SPACE; p++) {
                String person = people.get(p);
                members.bind("space", space.id()).bind("person", person)
                        .bind("organisation", organisations.isEmpty() ? null : organisations.get(p % ORGANISATIONS))
                        .bind("now", now).add();
                settings.bind("space", space.id()).bind("person", person).bind("sent", windowStart).add();
                for (int f = 0; f < FOLLOWED_EACH; f++) follows.add(threads.get(random.nextInt(threadCount)) + " " + person);
            }
            members.execute();
            settings.execute();
            h.execute("INSERT INTO networks_organisations (space_id, organisation_id, joined_at) "
                    + "SELECT DISTINCT space_id, organisation_id, joined_at FROM networks_members "
                    + "WHERE space_id = ? AND organisation_id IS NOT NULL", space.id());
            PreparedBatch followRows = h.prepareBatch(
                    "INSERT INTO networks_follows (thread_id, person_id) VALUES (:thread, :person)");
            for (String follow : follows) {
                int blank = follow.indexOf(' ');
                followRows.bind("thread", follow.substring(0, blank)).bind("person", follow.substring(blank + 1)).add();
                if (followRows.size() >= 5_000) followRows.execute();
            }
            if (followRows.size() > 0) followRows.execute();
            h.commit();
        }
        return new Built(space, people, threads, large ? threads.get(0) : null, written);
    }

    private String title() {
        return capitalised(words(3 + random.nextInt(6)));
    }

    /** Markdown of 100–1,500 characters: paragraphs, sometimes bold, a list or a link. */
    private String body() {
        int length = 100 + random.nextInt(1_400);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0 -> text.append("- ").append(words(4)).append("\n- ").append(words(5)).append("\n\n");
                case 1 -> text.append("Zie ook [het verslag](https://example.org/verslag/").append(random.nextInt(1000))
                        .append(") van **").append(words(2)).append("**.\n\n");
                default -> text.append(capitalised(words(8 + random.nextInt(20)))).append(".\n\n");
            }
        }
        return text.toString().strip();
    }

    private String words(int n) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < n; i++) words.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return words.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private int count(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
