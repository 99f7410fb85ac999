package nl.plein.networks.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * What the daily digest tells each person who chose it, per space: the new posts in the threads they follow and the
 * threads started since their last digest (a digest reader cannot follow what they have not seen yet), leaving out
 * their own posts and removed ones.
 *
 * <p>Set-based: one statement finds every reader of the digest (only current members, so a removed member gets
 * nothing), then per space with readers two statements — the window's posts, and who follows the threads they are in
 * — and the rest is done in memory. The number of statements grows with the spaces, never with the people.
 */
final class DigestContent {

    /** A digest never reaches further back than this, also after days without one (a stopped server). */
    static final Duration LONGEST = Duration.ofDays(7);
    /** Threads listed in one mail; the rest is counted. */
    static final int LISTED_TOPICS = 25;
    /** Newest posts quoted per thread. */
    static final int QUOTED_POSTS = 3;
    /** Characters of a post quoted in the mail. */
    static final int EXCERPT = 280;

    private final Jdbi jdbi;

    DigestContent(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A person who reads the digest of a space; {@code from}: posts after this are new to them. */
    record Reader(String spaceId, String personId, long from) {
    }

    /** A post in the window, with its thread ({@code topicPosts}: how many posts the thread has now). */
    record NewPost(String id, String topicId, String topicTitle, long topicCreatedAt, int topicPosts, String authorId,
                   long createdAt, String excerpt) {
    }

    /**
     * One thread in one person's digest: new or followed, with how many new posts and the newest few (oldest of them
     * first, to read in order).
     */
    record Item(String topicId, String title, boolean newTopic, int newPosts, List<NewPost> newest) {

        /** The thread's last page, where the newest posts are. */
        int lastPage() {
            int posts = newest.isEmpty() ? 1 : newest.get(0).topicPosts();
            return Math.max(1, (posts + Topics.POSTS_PER_PAGE - 1) / Topics.POSTS_PER_PAGE);
        }
    }

    /** One mail: a person's digest of one space. {@code more}: threads beyond the listed ones. */
    record Letter(String spaceId, String personId, List<Item> items, int more) {
    }

    /** The readers of the digest up to {@code until}, per space. */
    Map<String, List<Reader>> readers(Instant until) {
        long latest = until.toEpochMilli();
        long earliest = until.minus(LONGEST).toEpochMilli();
        long firstTime = until.minus(Duration.ofDays(1)).toEpochMilli();
        Map<String, List<Reader>> bySpace = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT n.space_id, n.person_id, n.digest_sent_until FROM networks_notification_settings n
                          JOIN networks_members m ON m.space_id = n.space_id AND m.person_id = n.person_id
                         WHERE n.mode = 'digest' AND m.role IN (<roles>)
                           AND (n.digest_sent_until IS NULL OR n.digest_sent_until < :until)
                         ORDER BY n.space_id, n.person_id""")
                .bindList("roles", PostMails.READING_ROLES).bind("until", latest)
                .map((rs, ctx) -> {
                    long sent = rs.getLong(3);
                    long from = rs.wasNull() ? firstTime : sent;
                    return new Reader(rs.getString(1), rs.getString(2), Math.max(from, earliest));
                })
                .forEach(r -> bySpace.computeIfAbsent(r.spaceId(), k -> new ArrayList<>()).add(r)));
        return bySpace;
    }

    /** The posts of one space after {@code from} up to {@code until}, oldest first. */
    List<NewPost> posts(String spaceId, long from, Instant until) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT p.id, p.thread_id, t.title, t.created_at AS topic_created_at, t.posts, p.author_id,
                               p.created_at, SUBSTR(p.body, 1, :excerpt) AS excerpt
                          FROM networks_posts p JOIN networks_threads t ON t.id = p.thread_id
                         WHERE p.space_id = :space AND p.created_at > :from AND p.created_at <= :until
                           AND p.deleted_at IS NULL
                         ORDER BY p.created_at, p.id""")
                .bind("excerpt", EXCERPT + 1).bind("space", spaceId).bind("from", from)
                .bind("until", until.toEpochMilli())
                .map((rs, ctx) -> new NewPost(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getInt(5), rs.getString(6), rs.getLong(7), rs.getString(8)))
                .list());
    }

    /** Who follows which of the threads with posts in the window: person → threads. */
    Map<String, Set<String>> follows(String spaceId, long from, Instant until) {
        Map<String, Set<String>> byPerson = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT f.person_id, f.thread_id FROM networks_follows f
                         WHERE f.thread_id IN (SELECT DISTINCT p.thread_id FROM networks_posts p
                                                WHERE p.space_id = :space AND p.created_at > :from
                                                  AND p.created_at <= :until)""")
                .bind("space", spaceId).bind("from", from).bind("until", until.toEpochMilli())
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(row -> byPerson.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1])));
        return byPerson;
    }

    /** A space's digest: how many posts its window holds, and the letters. */
    record Batch(int posts, List<Letter> letters) {
    }

    /** The letters of one space for its readers; a reader with nothing new gets none. */
    Batch letters(String spaceId, List<Reader> readers, Instant until) {
        long from = readers.stream().mapToLong(Reader::from).min().orElse(until.toEpochMilli());
        List<NewPost> posts = posts(spaceId, from, until);
        if (posts.isEmpty()) return new Batch(0, List.of());
        Map<String, Set<String>> follows = follows(spaceId, from, until);
        List<Letter> letters = new ArrayList<>();
        for (Reader reader : readers) {
            Letter letter = letter(reader, posts, follows.getOrDefault(reader.personId(), Set.of()));
            if (letter != null) letters.add(letter);
        }
        return new Batch(posts.size(), letters);
    }

    /** Collects one reader's threads in the order of their first new post. */
    private static Letter letter(Reader reader, List<NewPost> posts, Set<String> followed) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (NewPost post : posts) {
            if (post.createdAt() <= reader.from() || reader.personId().equals(post.authorId())) continue;
            boolean newTopic = post.topicCreatedAt() > reader.from();
            if (!newTopic && !followed.contains(post.topicId())) continue;
            Tally tally = tallies.get(post.topicId());
            if (tally == null) {
                if (tallies.size() >= LISTED_TOPICS) {
                    tallies.computeIfAbsent("", k -> new Tally(null, false)).more.add(post.topicId());
                    continue;
                }
                tally = new Tally(post, newTopic);
                tallies.put(post.topicId(), tally);
            }
            tally.count++;
            tally.newest.addLast(post);
            if (tally.newest.size() > QUOTED_POSTS) tally.newest.removeFirst();
        }
        Tally overflow = tallies.remove("");
        if (tallies.isEmpty()) return null;
        List<Item> items = new ArrayList<>(tallies.size());
        for (Tally t : tallies.values()) {
            items.add(new Item(t.first.topicId(), t.first.topicTitle(), t.newTopic, t.count, List.copyOf(t.newest)));
        }
        return new Letter(reader.spaceId(), reader.personId(), items, overflow == null ? 0 : overflow.more.size());
    }

    private static final class Tally {
        final NewPost first;
        final boolean newTopic;
        int count;
        final Deque<NewPost> newest = new ArrayDeque<>(QUOTED_POSTS + 1);
        final Set<String> more = new HashSet<>();

        Tally(NewPost first, boolean newTopic) {
            this.first = first;
            this.newTopic = newTopic;
        }
    }
}
