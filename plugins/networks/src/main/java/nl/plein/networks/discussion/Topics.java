package nl.plein.networks.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.networks.SearchIndex;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Threads, their posts and who follows them. Every lookup by id carries the space id in its WHERE clause, so an id
 * from another space is simply not found. A post and the thread's denormalised {@code posts} and {@code last_post_at} are
 * written in one transaction, so the list never counts. The search index follows in the same transaction: a thread's
 * title and every post's text as written, edited or removed.
 */
final class Topics {

    /** Threads per page of the list. */
    static final int TOPICS_PER_PAGE = 25;
    /** Posts per page of a thread. */
    static final int POSTS_PER_PAGE = 50;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final SearchIndex index;

    Topics(Jdbi jdbi, Ids ids, Clock clock, SearchIndex index) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
        this.index = index;
    }

    /**
     * One page (from 1) of the space's threads: announcements first, then by last post; one row more than a page, so
     * the caller knows whether a next page exists. Two statements whatever the page holds: the threads through index
     * {@code networks_threads_space}, then the authors of their last posts.
     */
    List<TopicRow> page(String spaceId, int page) {
        return jdbi.withHandle(h -> {
            List<Topic> topics = h.createQuery("""
                            SELECT * FROM networks_threads WHERE space_id = :space
                            ORDER BY pinned DESC, last_post_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                    .bind("space", spaceId).bind("limit", TOPICS_PER_PAGE + 1)
                    .bind("offset", (long) (page - 1) * TOPICS_PER_PAGE).map((rs, ctx) -> topic(rs)).list();
            if (topics.isEmpty()) return List.of();
            // The last post is the one written at the thread's last_post_at: found through networks_posts_thread.
            Map<String, String> lastAuthor = new HashMap<>();
            h.createQuery("""
                            SELECT p.thread_id, p.author_id FROM networks_posts p
                              JOIN networks_threads t ON t.id = p.thread_id AND p.created_at = t.last_post_at
                             WHERE t.id IN (<ids>) ORDER BY p.id""")
                    .bindList("ids", topics.stream().map(Topic::id).toList())
                    .map((rs, ctx) -> new LastPost(rs.getString(1), rs.getString(2)))
                    .forEach(last -> lastAuthor.put(last.topicId(), last.authorId()));
            return topics.stream().map(t -> new TopicRow(t, lastAuthor.get(t.id()))).toList();
        });
    }

    private record LastPost(String topicId, String authorId) {
    }

    Optional<Topic> find(String spaceId, String topicId) {
        if (!DiscussionInput.isId(topicId)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM networks_threads WHERE id = :id AND space_id = :space")
                .bind("id", topicId).bind("space", spaceId).map((rs, ctx) -> topic(rs)).findOne());
    }

    /** Starts a thread with its opening post; the author follows it. */
    Posted start(String spaceId, String authorId, String title, String body) {
        String topicId = ids.next();
        String postId = ids.next();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO networks_threads (id, space_id, title, author_id, pinned, posts, last_post_at, created_at)
                            VALUES (:id, :space, :title, :author, :pinned, 1, :now, :now)""")
                    .bind("id", topicId).bind("space", spaceId).bind("title", title).bind("author", authorId)
                    .bind("pinned", false).bind("now", now).execute();
            index.thread(topicId, title);
            insertPost(h, postId, topicId, spaceId, authorId, body, now);
            follow(h, topicId, authorId);
        });
        return new Posted(topicId, postId, 1);
    }

    /** What a new post became: its id and its place in the thread (from 1). */
    record Posted(String topicId, String postId, int position) {
    }

    /**
     * Adds a reply and follows the thread for its author; empty when the thread is not in the space. The count goes up
     * in the same transaction as the insert, so two replies at once both count. A reply is never written in the same
     * millisecond as the thread's previous post (it moves on by one), so the order of posts is the order of writing.
     */
    Optional<Posted> reply(String spaceId, String topicId, String authorId, String body) {
        if (!DiscussionInput.isId(topicId)) return Optional.empty();
        String postId = ids.next();
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("""
                            UPDATE networks_threads SET posts = posts + 1,
                                   last_post_at = CASE WHEN last_post_at >= :now THEN last_post_at + 1 ELSE :now END
                             WHERE id = :id AND space_id = :space""")
                    .bind("now", now).bind("id", topicId).bind("space", spaceId).execute();
            if (updated != 1) return Optional.<Posted>empty();
            Counted counted = h.createQuery("SELECT posts, last_post_at FROM networks_threads WHERE id = :id")
                    .bind("id", topicId).map((rs, ctx) -> new Counted(rs.getInt(1), rs.getLong(2))).one();
            insertPost(h, postId, topicId, spaceId, authorId, body, Instant.ofEpochMilli(counted.lastPostAt()));
            follow(h, topicId, authorId);
            return Optional.of(new Posted(topicId, postId, counted.posts()));
        });
    }

    private record Counted(int posts, long lastPostAt) {
    }

    private void insertPost(Handle h, String postId, String topicId, String spaceId, String authorId, String body,
                            Instant now) {
        h.createUpdate("""
                        INSERT INTO networks_posts (id, thread_id, space_id, author_id, body, created_at)
                        VALUES (:id, :thread, :space, :author, :body, :now)""")
                .bind("id", postId).bind("thread", topicId).bind("space", spaceId).bind("author", authorId)
                .bind("body", body).bind("now", now).execute();
        index.post(postId, body);
    }

    /**
     * One page (from 1) of a thread's posts, oldest first; one row more than a page. By thread only: the thread was
     * found within its space, and a space_id condition here makes SQLite walk the space's posts through
     * networks_posts_space (its order fits created_at) instead of the thread's few through networks_posts_thread.
     */
    List<Post> posts(Topic topic, int page) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_posts WHERE thread_id = :thread
                        ORDER BY created_at, id LIMIT :limit OFFSET :offset""")
                .bind("thread", topic.id()).bind("limit", POSTS_PER_PAGE + 1)
                .bind("offset", (long) (page - 1) * POSTS_PER_PAGE).map((rs, ctx) -> post(rs)).list());
    }

    Optional<Post> post(Topic topic, String postId) {
        if (!DiscussionInput.isId(postId)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_posts WHERE id = :id AND thread_id = :thread AND space_id = :space""")
                .bind("id", postId).bind("thread", topic.id()).bind("space", topic.spaceId())
                .map((rs, ctx) -> post(rs)).findOne());
    }

    /** The post's place in its thread (from 1), for a link to the page it is on. */
    int position(Post post) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM networks_posts WHERE thread_id = :thread
                           AND (created_at < :at OR (created_at = :at AND id <= :id))""")
                .bind("thread", post.threadId()).bind("at", post.createdAt()).bind("id", post.id())
                .mapTo(Integer.class).one());
    }

    /** Changes the text of one's own post that is not removed; false otherwise. */
    boolean edit(Post post, String authorId, String body) {
        return jdbi.inTransaction(h -> {
            boolean edited = h.createUpdate("""
                            UPDATE networks_posts SET body = :body, edited_at = :now
                             WHERE id = :id AND space_id = :space AND author_id = :author AND deleted_at IS NULL""")
                    .bind("body", body).bind("now", clock.instant()).bind("id", post.id())
                    .bind("space", post.spaceId()).bind("author", authorId).execute() == 1;
            if (edited) index.post(post.id(), body);
            return edited;
        });
    }

    /** Removes a post: its place stays, shown as removed; its text is wiped, also from the search index. */
    void remove(Post post) {
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            UPDATE networks_posts SET body = '', deleted_at = :now
                             WHERE id = :id AND space_id = :space AND deleted_at IS NULL""")
                    .bind("now", clock.instant()).bind("id", post.id()).bind("space", post.spaceId()).execute();
            index.removePost(post.id());
        });
    }

    void pin(Topic topic, boolean pinned) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE networks_threads SET pinned = :pinned WHERE id = :id AND space_id = :space")
                .bind("pinned", pinned).bind("id", topic.id()).bind("space", topic.spaceId()).execute());
    }

    // ---- following

    void follow(Topic topic, String personId) {
        jdbi.useHandle(h -> follow(h, topic.id(), personId));
    }

    void unfollow(Topic topic, String personId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM networks_follows WHERE thread_id = :thread AND person_id = :person")
                .bind("thread", topic.id()).bind("person", personId).execute());
    }

    boolean follows(Topic topic, String personId) {
        if (personId == null) return false;
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM networks_follows WHERE thread_id = :thread AND person_id = :person")
                .bind("thread", topic.id()).bind("person", personId).mapTo(Integer.class).one()) > 0;
    }

    private static void follow(Handle h, String topicId, String personId) {
        h.createUpdate("""
                        INSERT INTO networks_follows (thread_id, person_id) VALUES (:thread, :person)
                        ON CONFLICT (thread_id, person_id) DO NOTHING""")
                .bind("thread", topicId).bind("person", personId).execute();
    }

    static Topic topic(ResultSet rs) throws SQLException {
        return new Topic(rs.getString("id"), rs.getString("space_id"), rs.getString("title"),
                rs.getString("author_id"), rs.getBoolean("pinned"), rs.getInt("posts"),
                Instant.ofEpochMilli(rs.getLong("last_post_at")), Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    static Post post(ResultSet rs) throws SQLException {
        return new Post(rs.getString("id"), rs.getString("thread_id"), rs.getString("space_id"),
                rs.getString("author_id"), rs.getString("body"), Instant.ofEpochMilli(rs.getLong("created_at")),
                instant(rs, "edited_at"), instant(rs, "deleted_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
