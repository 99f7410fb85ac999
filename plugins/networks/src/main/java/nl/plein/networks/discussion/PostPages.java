package nl.plein.networks.discussion;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.space.Standing;

/**
 * Editing one's own post ({@code GET|POST /threads/{thread}/posts/{post}/edit}) and removing a post
 * ({@code POST .../delete}: one's own, or any as a coordinator). Template: {@code networks/discussion/edit-post.peb}.
 */
final class PostPages {

    private final Discussion discussion;

    PostPages(Discussion discussion) {
        this.discussion = discussion;
    }

    void editForm(Context ctx) {
        Standing standing = discussion.member(ctx);
        Topic topic = discussion.topic(ctx, standing);
        Post post = own(ctx, discussion.presentPost(ctx, topic));
        render(ctx, standing, topic, post, HttpStatus.OK, post.body(), new FieldErrors());
    }

    void edit(Context ctx) {
        Standing standing = discussion.member(ctx);
        Topic topic = discussion.topic(ctx, standing);
        Post post = own(ctx, discussion.presentPost(ctx, topic));
        String body = DiscussionInput.text(ctx, "body");
        FieldErrors errors = new FieldErrors();
        DiscussionInput.checkBody(body, errors);
        if (!errors.isEmpty()) {
            render(ctx, standing, topic, post, HttpStatus.UNPROCESSABLE_CONTENT, body, errors);
            return;
        }
        discussion.topics().edit(post, Visitor.of(ctx).personId(), body);
        ctx.redirect(discussion.postUrl(standing, post, "edited"), HttpStatus.SEE_OTHER);
    }

    /** The author removes their own post; a coordinator any post (moderation). Removing twice changes nothing. */
    void delete(Context ctx) {
        Standing standing = discussion.member(ctx);
        Topic topic = discussion.topic(ctx, standing);
        Post post = discussion.post(ctx, topic);
        if (!standing.mayCoordinate() && !isOwn(ctx, post)) throw new ForbiddenResponse();
        discussion.topics().remove(post);
        ctx.redirect(discussion.postUrl(standing, post, "removed"), HttpStatus.SEE_OTHER);
    }

    private static boolean isOwn(Context ctx, Post post) {
        return post.authorId() != null && post.authorId().equals(Visitor.of(ctx).personId());
    }

    /** Only the author edits a post; a coordinator may remove it, not put words in someone's mouth. */
    private static Post own(Context ctx, Post post) {
        if (!isOwn(ctx, post)) throw new ForbiddenResponse();
        return post;
    }

    private void render(Context ctx, Standing standing, Topic topic, Post post, HttpStatus status, String body,
                        FieldErrors errors) {
        Map<String, Object> model = discussion.model(standing, Visitor.of(ctx));
        model.put("topic", topic);
        model.put("post", post);
        model.put("form", Map.of("body", body));
        model.put("errors", errors.asMap());
        model.put("maxBody", DiscussionInput.MAX_BODY);
        ctx.status(status).render("networks/discussion/edit-post", model);
    }
}
