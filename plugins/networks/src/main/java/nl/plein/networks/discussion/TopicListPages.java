package nl.plein.networks.discussion;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.api.form.Paging;
import nl.plein.networks.space.Standing;

/**
 * The space's discussions ({@code GET /threads}: announcements first, then by last post, paged) and starting a thread
 * ({@code GET /threads/new}, {@code POST /threads}). Templates: {@code networks/discussion/threads.peb},
 * {@code new-thread.peb}.
 */
final class TopicListPages {

    private final Discussion discussion;

    TopicListPages(Discussion discussion) {
        this.discussion = discussion;
    }

    /** A fixed number of statements for any page: the gate's two, the threads, their last authors, their names. */
    void list(Context ctx) {
        Standing standing = discussion.reader(ctx);
        int page = Paging.page(ctx);
        List<TopicRow> rows = discussion.topics().page(standing.space().id(), page);
        boolean hasNext = rows.size() > Topics.TOPICS_PER_PAGE;
        if (hasNext) rows = rows.subList(0, Topics.TOPICS_PER_PAGE);
        List<String> people = new ArrayList<>();
        rows.forEach(r -> {
            people.add(r.lastAuthorId());
            people.add(r.topic().authorId());
        });
        Map<String, Object> model = discussion.model(standing, Visitor.of(ctx));
        model.put("topics", rows);
        model.put("names", discussion.names(people));
        model.put("page", page);
        model.put("hasNext", hasNext);
        if (standing.mayCoordinate()) model.put("openReports", discussion.reports().openCount(standing.space().id()));
        ctx.render("networks/discussion/threads", model);
    }

    void newForm(Context ctx) {
        Standing standing = discussion.member(ctx);
        render(ctx, standing, HttpStatus.OK, "", "", new FieldErrors());
    }

    void create(Context ctx) {
        Standing standing = discussion.member(ctx);
        String title = DiscussionInput.title(ctx);
        String body = DiscussionInput.text(ctx, "body");
        FieldErrors errors = new FieldErrors();
        DiscussionInput.checkTitle(title, errors);
        DiscussionInput.checkBody(body, errors);
        if (!errors.isEmpty()) {
            render(ctx, standing, HttpStatus.UNPROCESSABLE_CONTENT, title, body, errors);
            return;
        }
        String author = Visitor.of(ctx).personId();
        Topics.Posted posted = discussion.topics().start(standing.space().id(), author, title, body);
        discussion.networks().activity().record(standing.space().id(), "thread", posted.topicId(), title, author,
                false);
        ctx.redirect(Discussion.base(standing) + "/threads/" + posted.topicId(), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Standing standing, HttpStatus status, String title, String body,
                        FieldErrors errors) {
        Map<String, Object> model = discussion.model(standing, Visitor.of(ctx));
        model.put("form", Map.of("title", title, "body", body));
        model.put("errors", errors.asMap());
        model.put("maxTitle", DiscussionInput.MAX_TITLE);
        model.put("maxBody", DiscussionInput.MAX_BODY);
        ctx.status(status).render("networks/discussion/new-thread", model);
    }
}
