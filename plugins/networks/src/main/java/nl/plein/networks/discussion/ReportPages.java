package nl.plein.networks.discussion;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.api.form.Paging;
import nl.plein.networks.space.Standing;

/**
 * Reporting a post to the coordinators ({@code GET|POST /threads/{thread}/posts/{post}/report}, members, a reason
 * required), and the coordinators' list of open reports ({@code GET /reports}) where they mark one handled
 * ({@code POST /reports/{report}/handled}). Templates: {@code networks/discussion/report-post.peb},
 * {@code reports.peb}.
 */
final class ReportPages {

    private final Discussion discussion;

    ReportPages(Discussion discussion) {
        this.discussion = discussion;
    }

    void form(Context ctx) {
        Standing standing = discussion.member(ctx);
        Topic topic = discussion.topic(ctx, standing);
        Post post = discussion.presentPost(ctx, topic);
        render(ctx, standing, topic, post, HttpStatus.OK, "", new FieldErrors());
    }

    void report(Context ctx) {
        Standing standing = discussion.member(ctx);
        Topic topic = discussion.topic(ctx, standing);
        Post post = discussion.presentPost(ctx, topic);
        String reason = DiscussionInput.text(ctx, "reason").strip();
        FieldErrors errors = new FieldErrors();
        DiscussionInput.checkReason(reason, errors);
        if (!errors.isEmpty()) {
            render(ctx, standing, topic, post, HttpStatus.UNPROCESSABLE_CONTENT, reason, errors);
            return;
        }
        String reporter = Visitor.of(ctx).personId();
        String reportId = discussion.reports().report(post, reporter, reason);
        discussion.reportMails().send(standing.space(), topic, reportId, reason);
        // Only coordinators see that a post was reported.
        discussion.networks().activity().record(standing.space().id(), "report", topic.id(), topic.title(), reporter,
                true);
        ctx.redirect(discussion.postUrl(standing, post, "reported"), HttpStatus.SEE_OTHER);
    }

    void list(Context ctx) {
        Standing standing = discussion.coordinator(ctx);
        int page = Paging.page(ctx);
        List<OpenReport> reports = discussion.reports().open(standing.space().id(), page);
        boolean hasNext = reports.size() > Reports.PER_PAGE;
        if (hasNext) reports = reports.subList(0, Reports.PER_PAGE);
        List<String> people = new ArrayList<>();
        reports.forEach(r -> {
            people.add(r.reporterId());
            people.add(r.post().authorId());
        });
        Map<String, Object> model = discussion.model(standing, Visitor.of(ctx));
        model.put("reports", reports);
        model.put("names", discussion.names(people));
        model.put("page", page);
        model.put("hasNext", hasNext);
        model.put("handled", ctx.queryParam("handled") != null);
        ctx.render("networks/discussion/reports", model);
    }

    void handled(Context ctx) {
        Standing standing = discussion.coordinator(ctx);
        String reportId = ctx.pathParam("report");
        if (!discussion.reports().exists(standing.space().id(), reportId)) throw new NotFoundResponse();
        discussion.reports().handled(standing.space().id(), reportId, Visitor.of(ctx).personId());
        ctx.redirect(Discussion.base(standing) + "/reports?handled=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Standing standing, Topic topic, Post post, HttpStatus status, String reason,
                        FieldErrors errors) {
        Map<String, Object> model = discussion.model(standing, Visitor.of(ctx));
        model.put("topic", topic);
        model.put("post", post);
        model.put("names", discussion.names(Collections.singletonList(post.authorId())));
        model.put("form", Map.of("reason", reason));
        model.put("errors", errors.asMap());
        ctx.status(status).render("networks/discussion/report-post", model);
    }
}
