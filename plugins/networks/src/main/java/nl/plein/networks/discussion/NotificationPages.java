package nl.plein.networks.discussion;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.space.Standing;

/**
 * How the member hears of new posts in this space ({@code GET|POST /notifications}): immediately, a daily digest, or
 * not at all. Template: {@code networks/discussion/notifications.peb}.
 */
final class NotificationPages {

    private final Discussion discussion;

    NotificationPages(Discussion discussion) {
        this.discussion = discussion;
    }

    void show(Context ctx) {
        Standing standing = discussion.member(ctx);
        NotificationMode mode = discussion.settings().mode(standing.space().id(), Visitor.of(ctx).personId());
        render(ctx, standing, HttpStatus.OK, mode.code(), new FieldErrors(), ctx.queryParam("saved") != null);
    }

    void save(Context ctx) {
        Standing standing = discussion.member(ctx);
        String typed = DiscussionInput.text(ctx, "mode");
        Optional<NotificationMode> mode = NotificationMode.of(typed);
        if (mode.isEmpty()) {
            FieldErrors errors = new FieldErrors().add("mode", "networks.discussion.error.mode-unknown");
            render(ctx, standing, HttpStatus.UNPROCESSABLE_CONTENT, typed, errors, false);
            return;
        }
        discussion.settings().choose(standing.space().id(), Visitor.of(ctx).personId(), mode.get());
        ctx.redirect(Discussion.base(standing) + "/notifications?saved=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Standing standing, HttpStatus status, String chosen, FieldErrors errors,
                        boolean saved) {
        Map<String, Object> model = discussion.model(standing, Visitor.of(ctx));
        model.put("modes", Arrays.stream(NotificationMode.values()).map(NotificationMode::code).toList());
        model.put("chosen", chosen);
        model.put("errors", errors.asMap());
        model.put("saved", saved);
        ctx.status(status).render("networks/discussion/notifications", model);
    }
}
