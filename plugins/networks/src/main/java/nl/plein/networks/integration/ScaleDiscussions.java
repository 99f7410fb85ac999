package nl.plein.networks.integration;

import static nl.plein.networks.integration.ScaleNumbers.DAY;
import static nl.plein.networks.integration.ScaleNumbers.HOUR;
import static nl.plein.networks.integration.ScaleNumbers.MINUTE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.plein.api.hooks.ScaleData;
import nl.plein.networks.SearchIndex;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The discussions: 50,000 posts (national) in threads over the spaces, the biggest space with about 5,000 threads and
 * one thread with about 200 replies. Threads start over the space's life, more of them lately; most get a few replies
 * within days, a few become long conversations. In the last day every space gets new threads and replies to older
 * ones (what the next daily digest tells). Some posts were edited, a few removed (their words gone, also from the
 * index), a few reported to the coordinators. Authors follow the threads they wrote in, as the pages make them, and
 * readers follow a few more. The thread's denormalised {@code posts} and {@code last_post_at} are those of its rows.
 */
final class ScaleDiscussions {

    static final int THREADS = 12_000;
    static final int BIG_THREADS = 5_000;
    static final int POSTS = 50_000;
    static final int BIG_POSTS = 24_000;
    static final int LONG_THREAD_REPLIES = 200;
    static final int REPORTS = 60;

    record Thread(String id, String spaceId, String title, String authorId, boolean pinned, int posts, long lastPostAt,
                  long createdAt) {
    }

    record Post(String id, String threadId, String spaceId, String authorId, String body, long createdAt,
                Long editedAt, Long deletedAt) {

        boolean removed() {
            return deletedAt != null;
        }
    }

    record Report(String id, String postId, String spaceId, String reporterId, String reason, long createdAt,
                  String handledBy, Long handledAt) {
    }

    private static final List<String> REASONS = List.of("Dit bericht bevat persoonsgegevens van een cliënt.",
            "Reclame voor een commerciële cursus.", "De toon is niet respectvol.", "Dubbel geplaatst.",
            "This reveals personal details of a volunteer.");

    private final ScaleData.Generation generation;
    private final Random random;
    private final ScaleText text;
    private final long now;
    final List<Thread> threads = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    final List<String[]> follows = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    /** The thread with about 200 replies, in the biggest space. */
    String longThread;

    ScaleDiscussions(ScaleData.Generation generation, ScaleText text) {
        this.generation = generation;
        this.random = generation.random();
        this.text = text;
        this.now = generation.now().toEpochMilli();
    }

    /** Shares the national threads and posts out over the spaces, the first the biggest, then writes each. */
    void plan(List<ScaleSpace> spaces, ScaleActivity activity) {
        ScaleData.Scale scale = generation.scale();
        int others = spaces.size() - 1;
        double[] weights = new double[others];
        for (int i = 0; i < others; i++) {
            weights[i] = spaces.get(i + 1).readers().size() * ScaleNumbers.skewed(random, 0.8);
        }
        int bigThreads = scale.of(BIG_THREADS);
        int[] threadShares = ScaleNumbers.shares(Math.max(scale.of(THREADS) - bigThreads, 2 * others), weights,
                ScaleNumbers.minimums(others, 2));
        int bigPosts = Math.max(scale.of(BIG_POSTS), bigThreads + scale.of(LONG_THREAD_REPLIES));
        int[] postShares = ScaleNumbers.shares(Math.max(scale.of(POSTS) - bigPosts, Arrays.stream(threadShares).sum()),
                weights, threadShares);
        for (int i = 0; i < spaces.size(); i++) {
            ScaleSpace space = spaces.get(i);
            space.threads = i == 0 ? bigThreads : threadShares[i - 1];
            space.posts = i == 0 ? bigPosts : postShares[i - 1];
            space(space, activity);
        }
        reports(spaces, activity);
    }

    private void space(ScaleSpace space, ScaleActivity activity) {
        List<ScaleSpace.Member> readers = space.readers();
        double[] cumulative = new double[readers.size()];
        double sum = 0;
        for (int r = 0; r < readers.size(); r++) {
            sum += ScaleNumbers.skewed(random, 1.2);   // a few people write much, most now and then
            cumulative[r] = sum;
        }
        List<String> coordinators = space.coordinators().stream().map(ScaleSpace.Member::personId).toList();
        boolean big = space.index == 0;
        int count = space.threads;
        int longIndex = big ? 0 : -1;
        int[] per = postsPerThread(count, space.posts, longIndex, big ? generation.scale().of(LONG_THREAD_REPLIES) : 0);
        int fresh = Math.min(count - (big ? 1 : 0), Math.max(1, Math.round(count * 0.004f)));
        Set<Integer> revived = new HashSet<>();
        if (big && per[0] > 3) revived.add(0);
        int wanted = Math.max(1, Math.round(count * 0.01f));
        for (int tries = 0; revived.size() < wanted && tries < count * 3; tries++) {
            int t = random.nextInt(count - fresh);
            if (per[t] >= 2) revived.add(t);
        }
        int pinned = big ? 3 : count >= 10 && random.nextBoolean() ? 1 : 0;
        long historyEnd = now - DAY - MINUTE;
        long start = space.createdAt + HOUR;
        List<String> ids = new ArrayList<>(count);
        Set<String> followed = new HashSet<>();
        for (int t = 0; t < count; t++) {
            boolean isNew = t >= count - fresh;
            boolean isPinned = t >= 1 && t <= pinned && !isNew;
            int n = per[t];
            int recent = isNew ? n : revived.contains(t) ? Math.min(n - 1, t == longIndex ? 3 : 1 + random.nextInt(3)) : 0;
            long created = t == longIndex ? now - 21 * DAY
                    : isNew ? ScaleNumbers.between(random, now - DAY + MINUTE, now - 3 * HOUR)
                    : start + (long) ((historyEnd - HOUR - start) * Math.sqrt(random.nextDouble()));
            long[] times = times(created, n, recent, isNew);
            String id = generation.id();
            ids.add(id);
            String starter = isPinned ? coordinators.get(random.nextInt(coordinators.size()))
                    : readers.get(pick(cumulative, sum)).personId();
            String title = t == longIndex ? "Jaarplan en werkagenda van het netwerk: reacties graag hier"
                    : isPinned ? "Mededeling: " + ScaleText.capitalised(text.pick(ScaleText.TOPICS))
                    : text.threadTitle();
            threads.add(new Thread(id, space.id, title, starter, isPinned, n, times[n - 1], created));
            Set<String> followers = new LinkedHashSet<>();
            for (int k = 0; k < n; k++) {
                String author = k == 0 ? starter : random.nextInt(4) == 0 ? starter
                        : readers.get(pick(cumulative, sum)).personId();
                long at = times[k];
                Long edited = null;
                Long deleted = null;
                int roll = random.nextInt(1000);
                if (k > 0 && roll < 6) deleted = Math.min(now - 1, at + ScaleNumbers.between(random, MINUTE, 2 * DAY));
                else if (roll < 36) edited = Math.min(now - 1, at + ScaleNumbers.between(random, MINUTE, 3 * HOUR));
                String body = deleted != null ? "" : text.post();
                posts.add(new Post(generation.id(), id, space.id, author, body, at, edited, deleted));
                followers.add(author);
                activity.record(space.id, k == 0 ? "thread" : "post", id, title, author, false, at);
            }
            for (String follower : followers) {
                follows.add(new String[] {id, follower});
                followed.add(id + follower);
            }
        }
        // Readers follow a few more threads than those they wrote in.
        for (ScaleSpace.Member reader : readers) {
            int more = random.nextInt(4);
            for (int i = 0; i < more; i++) {
                String thread = ids.get(random.nextInt(ids.size()));
                if (followed.add(thread + reader.personId())) follows.add(new String[] {thread, reader.personId()});
            }
        }
        if (big) longThread = ids.get(0);
    }

    /**
     * The moments of a thread's posts, strictly rising: the older part before the last day (a conversation of hours
     * to days between replies), then {@code recent} of them in the last day.
     */
    private long[] times(long created, int n, int recent, boolean isNew) {
        long[] times = new long[n];
        int older = n - recent;
        long end = isNew ? now - MINUTE : now - DAY - MINUTE;
        int spread = isNew ? n : older;
        long gap = isNew ? 40 * MINUTE : 30 * MINUTE + ScaleNumbers.exponential(random, 20 * HOUR);
        times[0] = created;
        for (int k = 1; k < spread; k++) times[k] = times[k - 1] + MINUTE + ScaleNumbers.exponential(random, gap);
        if (spread > 1 && times[spread - 1] > end) {
            double factor = (double) (end - created) / (times[spread - 1] - created);
            for (int k = 1; k < spread; k++) times[k] = created + (long) ((times[k] - created) * factor);
        }
        if (!isNew && recent > 0) {
            long[] last = new long[recent];
            for (int k = 0; k < recent; k++) last[k] = ScaleNumbers.between(random, now - DAY, now - MINUTE);
            Arrays.sort(last);
            System.arraycopy(last, 0, times, older, recent);
        }
        for (int k = 1; k < n; k++) times[k] = Math.max(times[k], times[k - 1] + 1);
        return times;
    }

    /** Where each post goes: one opening post each, the long thread its replies, the rest to a few busy threads. */
    private int[] postsPerThread(int threadCount, int postCount, int longIndex, int longReplies) {
        int[] per = new int[threadCount];
        Arrays.fill(per, 1);
        int extras = postCount - threadCount;
        if (longIndex >= 0) {
            per[longIndex] += longReplies;
            extras -= longReplies;
        }
        int cap = Math.max(4, (int) (longReplies * 0.6));
        if (threadCount > 1) cap = Math.max(cap, 2 + extras / (threadCount - 1));
        double[] cumulative = new double[threadCount];
        double sum = 0;
        for (int t = 0; t < threadCount; t++) {
            sum += t == longIndex ? 0 : ScaleNumbers.skewed(random, 1.1);
            cumulative[t] = sum;
        }
        for (int e = 0; e < extras; e++) {
            int t = pick(cumulative, sum);
            if (per[t] >= cap) {
                t = random.nextInt(threadCount);
                if (t == longIndex || per[t] >= cap) {
                    for (t = 0; t == longIndex || per[t] >= cap; t++) {
                    }
                }
            }
            per[t]++;
        }
        return per;
    }

    private int pick(double[] cumulative, double sum) {
        double x = random.nextDouble() * sum;
        int found = Arrays.binarySearch(cumulative, x);
        int index = found >= 0 ? found : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }

    /** Posts reported to the coordinators: most handled, some still open. */
    private void reports(List<ScaleSpace> spaces, ScaleActivity activity) {
        java.util.Map<String, ScaleSpace> byId = new java.util.HashMap<>();
        spaces.forEach(s -> byId.put(s.id, s));
        java.util.Map<String, Thread> threadById = new java.util.HashMap<>();
        threads.forEach(t -> threadById.put(t.id(), t));
        int count = generation.scale().of(REPORTS);
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < count * 3 && reports.size() < count; i++) {
            Post post = posts.get(random.nextInt(posts.size()));
            if (post.removed() || !reported.add(post.id())) continue;
            ScaleSpace space = byId.get(post.spaceId());
            List<ScaleSpace.Member> readers = space.readers();
            String reporter = readers.get(random.nextInt(readers.size())).personId();
            if (reporter.equals(post.authorId())) continue;
            long created = Math.min(now - MINUTE, post.createdAt() + ScaleNumbers.between(random, HOUR, 3 * DAY));
            boolean handled = random.nextInt(10) < 6;
            Long handledAt = handled ? Math.min(now - 1, created + ScaleNumbers.between(random, HOUR, 2 * DAY)) : null;
            reports.add(new Report(generation.id(), post.id(), space.id, reporter, text.pick(REASONS), created,
                    handled ? space.creator() : null, handledAt));
            activity.record(space.id, "report", post.threadId(), threadById.get(post.threadId()).title(), reporter, true,
                    created);
        }
    }

    // ---- writing

    void write(ScaleWriter writer, SearchIndex index) {
        writer.write("networks threads", threads, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_threads (id, space_id, title, author_id, pinned, posts, last_post_at, created_at)
                    VALUES (:id, :space, :title, :author, :pinned, :posts, :last, :created)""");
            for (Thread t : part) {
                batch.bind("id", t.id()).bind("space", t.spaceId()).bind("title", t.title()).bind("author", t.authorId())
                        .bind("pinned", t.pinned()).bind("posts", t.posts()).bind("last", t.lastPostAt())
                        .bind("created", t.createdAt()).add();
            }
            batch.execute();
            for (Thread t : part) index.thread(t.id(), t.title());
        });
        writer.write("networks posts", posts, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_posts (id, thread_id, space_id, author_id, body, created_at, edited_at, deleted_at)
                    VALUES (:id, :thread, :space, :author, :body, :created, :edited, :deleted)""");
            for (Post p : part) {
                batch.bind("id", p.id()).bind("thread", p.threadId()).bind("space", p.spaceId())
                        .bind("author", p.authorId()).bind("body", p.body()).bind("created", p.createdAt())
                        .bind("edited", p.editedAt()).bind("deleted", p.deletedAt()).add();
            }
            batch.execute();
            // As the pages do: a removed post's words are not in the index.
            for (Post p : part) if (!p.removed()) index.post(p.id(), p.body());
        });
        writer.write("networks follows", follows, (h, part) -> {
            PreparedBatch batch = h.prepareBatch(
                    "INSERT INTO networks_follows (thread_id, person_id) VALUES (:thread, :person)");
            for (String[] f : part) batch.bind("thread", f[0]).bind("person", f[1]).add();
            batch.execute();
        });
        writer.write("networks reports", reports, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_reports (id, post_id, space_id, reporter_id, reason, created_at, handled_by,
                           handled_at)
                    VALUES (:id, :post, :space, :reporter, :reason, :created, :by, :handled)""");
            for (Report r : part) {
                batch.bind("id", r.id()).bind("post", r.postId()).bind("space", r.spaceId())
                        .bind("reporter", r.reporterId()).bind("reason", r.reason()).bind("created", r.createdAt())
                        .bind("by", r.handledBy()).bind("handled", r.handledAt()).add();
            }
            batch.execute();
        });
    }
}
