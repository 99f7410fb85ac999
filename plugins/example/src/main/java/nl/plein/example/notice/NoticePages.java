package nl.plein.example.notice;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.example.ExamplePlugin;

/**
 * The noticeboard's pages: {@code GET /example} lists notices with a form to pin one, {@code POST /example} pins,
 * {@code POST /example/{id}/delete} removes. Templates: {@code templates/example/list.peb}.
 */
public final class NoticePages {

    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 2000;

    private final NoticeRepository notices;

    public NoticePages(NoticeRepository notices) {
        this.notices = notices;
    }

    public void list(Context ctx) {
        render(ctx, HttpStatus.OK, Map.of("title", "", "body", ""), new FieldErrors());
    }

    public void create(Context ctx) {
        String title = trimmed(ctx.formParam("title"));
        String body = trimmed(ctx.formParam("body"));
        FieldErrors errors = validate(title, body);
        if (!errors.isEmpty()) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, Map.of("title", title, "body", body), errors);
            return;
        }
        Visitor visitor = Visitor.of(ctx);
        notices.add(visitor.personId(), visitor.displayName(), title, body);
        ctx.redirect("/example", HttpStatus.SEE_OTHER);
    }

    /** Authors remove their own notices; moderators remove any. */
    public void delete(Context ctx) {
        Notice notice = notices.find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        Visitor visitor = Visitor.of(ctx);
        boolean own = notice.authorId() != null && notice.authorId().equals(visitor.personId());
        if (!own && !visitor.may(ExamplePlugin.MODERATE)) throw new ForbiddenResponse();
        notices.delete(notice.id());
        ctx.redirect("/example", HttpStatus.SEE_OTHER);
    }

    static FieldErrors validate(String title, String body) {
        FieldErrors errors = new FieldErrors();
        if (title.isEmpty()) errors.add("title", "example.error.title-required");
        else if (title.length() > TITLE_MAX) errors.add("title", "example.error.title-too-long");
        if (body.isEmpty()) errors.add("body", "example.error.body-required");
        else if (body.length() > BODY_MAX) errors.add("body", "example.error.body-too-long");
        return errors;
    }

    private void render(Context ctx, HttpStatus status, Map<String, String> form, FieldErrors errors) {
        int page = nl.plein.api.form.Paging.page(ctx);
        List<Notice> found = notices.newest(page);
        Map<String, Object> model = new HashMap<>();
        model.put("notices", found.stream().limit(NoticeRepository.PAGE_SIZE).toList());
        model.put("page", page);
        model.put("hasNext", found.size() > NoticeRepository.PAGE_SIZE);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("mayModerate", Visitor.of(ctx).may(ExamplePlugin.MODERATE));
        ctx.status(status).render("example/list", model);
    }


    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
