package nl.plein.networks.discussion;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Jobs;
import nl.plein.api.PluginContext;
import org.jdbi.v3.core.Jdbi;

/**
 * The mail about a new reply to the followers of its thread who want to hear immediately: a durable job per post
 * ({@value #KIND}, keyed by the post), so a restart loses none and a retry sends none twice (the dedupe key is the
 * post and the recipient).
 *
 * <p>Who gets it is decided when the job runs, not when the post is written: a person removed from the space in
 * between, or who switched to the digest, gets nothing; and a post removed in between is not mailed at all.
 */
final class PostMails {

    static final String KIND = "networks.discussion-post";

    /**
     * "Immediately" is a couple of minutes later: the author may still fix a typo (the mail carries the text as it is
     * then) or take the post back (no mail at all), which happens mostly in the first minute.
     */
    static final Duration GRACE = Duration.ofMinutes(2);

    /** Members take part and follow threads; a guest sees only their one meeting, so gets no discussion mail. */
    static final List<String> READING_ROLES = List.of("coordinator", "chair", "member");

    private final Jdbi jdbi;
    private final Jobs jobs;
    private final Clock clock;
    private final PluginContext context;
    private final Topics topics;

    PostMails(PluginContext context, Topics topics) {
        this.context = context;
        this.jdbi = context.jdbi();
        this.jobs = context.jobs();
        this.clock = context.clock();
        this.topics = topics;
    }

    /** Plans the mail about a reply. */
    void plan(Topics.Posted posted) {
        jobs.schedule(KIND, posted.postId(), clock.instant().plus(GRACE), posted.postId());
    }

    private record Written(Post post, String topicTitle, String spaceName) {
    }

    /** The job: mails the post to its thread's followers who are members now and want it immediately. */
    void run(Jobs.Job job) {
        String postId = job.payload();
        Optional<Written> found = DiscussionInput.isId(postId) ? jdbi.withHandle(h -> h.createQuery("""
                        SELECT p.*, t.title AS topic_title, s.name AS space_name FROM networks_posts p
                          JOIN networks_threads t ON t.id = p.thread_id AND t.space_id = p.space_id
                          JOIN networks_spaces s ON s.id = p.space_id
                         WHERE p.id = :id""")
                .bind("id", postId)
                .map((rs, ctx) -> new Written(Topics.post(rs), rs.getString("topic_title"), rs.getString("space_name")))
                .findOne()) : Optional.empty();
        if (found.isEmpty() || found.get().post().removed()) return;
        Post post = found.get().post();
        List<String> recipients = jdbi.withHandle(h -> h.createQuery("""
                        SELECT f.person_id FROM networks_follows f
                          JOIN networks_members m ON m.space_id = :space AND m.person_id = f.person_id
                          LEFT JOIN networks_notification_settings n ON n.space_id = :space AND n.person_id = f.person_id
                         WHERE f.thread_id = :thread AND m.role IN (<roles>)
                           AND COALESCE(n.mode, 'immediately') = 'immediately'
                         ORDER BY f.person_id""")
                .bind("space", post.spaceId()).bind("thread", post.threadId()).bindList("roles", READING_ROLES)
                .mapTo(String.class).list());
        if (recipients.isEmpty()) return;

        String base = context.baseUrl().toString().replaceAll("/+$", "") + "/networks/spaces/" + post.spaceId();
        int page = (topics.position(post) - 1) / Topics.POSTS_PER_PAGE + 1;
        Map<String, Object> model = new HashMap<>();
        model.put("spaceName", found.get().spaceName());
        model.put("topicTitle", found.get().topicTitle());
        model.put("authorName", post.authorId() == null ? "" : context.directory().person(post.authorId())
                .map(p -> p.displayName()).orElse(""));
        model.put("body", post.body());
        model.put("url", base + "/threads/" + post.threadId() + "?page=" + page + "#post-" + post.id());
        model.put("settingsUrl", base + "/notifications");
        for (String personId : recipients) {
            if (personId.equals(post.authorId())) continue;
            context.mail().toPerson(personId, "networks.discussion.mail.post.subject", "networks/mail/discussion-post",
                    model, "discussion-post-" + post.id() + "-" + personId);
        }
    }
}
