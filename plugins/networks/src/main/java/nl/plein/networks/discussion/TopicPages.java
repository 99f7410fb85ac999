package nl.plein.networks.discussion;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.api.form.Paging;
import nl.plein.networks.space.Standing;

/**
 * One thread ({@code GET /threads/{thread}}: its posts, 50 a page, and the reply form for members), replying, pinning
 * (coordinators: an announcement) and following. Template: {@code networks/discussion/thread.peb}.
 */
final class TopicPages {

    /** Results of what the visitor just did, named in the redirect that brought them back here. */
    private static final Set<String> NOTICES = Set.of("reported", "edited", "removed", "followed", "unfollowed",
            "pinned", "unpinned");

    private final Discussion discussion;

    TopicPages(Discussion discussion) {
        this.discussion = discussion;
    }

    void show(Context ctx) {
        Standing standing = discussion.reader(ctx);
        Topic topic = discussion.topic(ctx, standing);
        render(ctx, standing, topic, Paging.page(ctx), HttpStatus.OK, "", new FieldErrors());
    }

    /** A reply; a wrong one comes back on the thread's last page, where the form is, with what was typed. */
    void reply(Context ctx) {
        Standing standing = discussion.member(ctx);
        Topic topic = discussion.topic(ctx, standing);
        String body = DiscussionInput.text(ctx, "body");
        FieldErrors errors = new FieldErrors();
        DiscussionInput.checkBody(body, errors);
        if (!errors.isEmpty()) {
            render(ctx, standing, topic, topic.pages(Topics.POSTS_PER_PAGE), HttpStatus.UNPROCESSABLE_CONTENT, body,
                    errors);
            return;
        }
        String author = Visitor.of(ctx).personId();
        Optional<Topics.Posted> posted = discussion.topics().reply(standing.space().id(), topic.id(), author, body);
        if (posted.isEmpty()) throw new NotFoundResponse();
        discussion.networks().activity().record(standing.space().id(), "post", topic.id(), topic.title(), author,
                false);
        discussion.postMails().plan(posted.get());
        int page = (posted.get().position() - 1) / Topics.POSTS_PER_PAGE + 1;
        ctx.redirect(Discussion.base(standing) + "/threads/" + topic.id() + "?page=" + page + "#post-"
                + posted.get().postId(), HttpStatus.SEE_OTHER);
    }

    void pin(Context ctx) {
        pin(ctx, true);
    }

    void unpin(Context ctx) {
        pin(ctx, false);
    }

    private void pin(Context ctx, boolean pinned) {
        Standing standing = discussion.coordinator(ctx);
        Topic topic = discussion.topic(ctx, standing);
        discussion.topics().pin(topic, pinned);
        back(ctx, standing, topic, pinned ? "pinned" : "unpinned");
    }

    void follow(Context ctx) {
        Standing standing = discussion.member(ctx);
        Topic topic = discussion.topic(ctx, standing);
        discussion.topics().follow(topic, Visitor.of(ctx).personId());
        back(ctx, standing, topic, "followed");
    }

    void unfollow(Context ctx) {
        Standing standing = discussion.member(ctx);
        Topic topic = discussion.topic(ctx, standing);
        discussion.topics().unfollow(topic, Visitor.of(ctx).personId());
        back(ctx, standing, topic, "unfollowed");
    }

    private static void back(Context ctx, Standing standing, Topic topic, String notice) {
        ctx.redirect(Discussion.base(standing) + "/threads/" + topic.id() + "?" + notice + "=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Standing standing, Topic topic, int page, HttpStatus status, String body,
                        FieldErrors errors) {
        Visitor visitor = Visitor.of(ctx);
        List<Post> posts = discussion.topics().posts(topic, page);
        boolean hasNext = posts.size() > Topics.POSTS_PER_PAGE;
        if (hasNext) posts = posts.subList(0, Topics.POSTS_PER_PAGE);
        List<String> people = new ArrayList<>();
        Map<String, String> html = new HashMap<>();
        posts.forEach(p -> {
            people.add(p.authorId());
            if (!p.removed()) html.put(p.id(), discussion.networks().markdown().toSafeHtml(p.body()));
        });
        Map<String, Object> model = discussion.model(standing, visitor);
        model.put("topic", topic);
        model.put("posts", posts);
        model.put("html", html);
        model.put("names", discussion.names(people));
        model.put("page", page);
        model.put("perPage", Topics.POSTS_PER_PAGE);
        model.put("hasNext", hasNext);
        model.put("following", standing.mayTakePart() && discussion.topics().follows(topic, visitor.personId()));
        model.put("form", Map.of("body", body));
        model.put("errors", errors.asMap());
        model.put("notice", NOTICES.stream().filter(n -> ctx.queryParam(n) != null).findFirst().orElse(""));
        model.put("signedIn", visitor.signedIn());
        ctx.status(status).render("networks/discussion/thread", model);
    }
}
