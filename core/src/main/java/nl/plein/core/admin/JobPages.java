package nl.plein.core.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.jobs.JobPage;
import nl.plein.core.jobs.JobScheduler;
import nl.plein.core.jobs.JobStore;
import nl.plein.core.jobs.StoredJob;
import nl.plein.core.web.Forms;

/**
 * The durable jobs for administrators: what waits, what ran and how long it took, what failed and why, and "run
 * now" for a waiting or failed job (a reminder that failed, a digest to time). The routes check
 * {@code Permission.ADMINISTER}.
 *
 * <pre>{@code
 * config.routes.get("/admin/jobs", jobPages::list, Permission.ADMINISTER);
 * config.routes.get("/admin/jobs/{id}", jobPages::show, Permission.ADMINISTER);
 * config.routes.post("/admin/jobs/{id}/run", jobPages::runNow, Permission.ADMINISTER);
 * }</pre>
 */
public final class JobPages {

    private static final int KIND_MAX = 100;
    /** The statuses "run now" refuses, each with its own explanation. */
    private static final List<String> REFUSED = List.of("running", "done", "cancelled");

    private final JobScheduler scheduler;
    private final JobStore store;
    private final AuditLog audit;

    public JobPages(JobScheduler scheduler, AuditLog audit) {
        this.scheduler = scheduler;
        this.store = scheduler.store();
        this.audit = audit;
    }

    /** {@code GET /admin/jobs?status=&kind=&page=}: newest first; an unknown status or an empty kind means any. */
    public void list(Context ctx) {
        String status = Forms.query(ctx, "status", 20);
        if (!JobStore.STATUSES.contains(status)) status = "";
        String kind = Forms.query(ctx, "kind", KIND_MAX);
        JobPage page = store.page(status.isEmpty() ? null : status, kind.isEmpty() ? null : kind, Forms.page(ctx));
        List<String> kinds = new ArrayList<>(scheduler.kinds());
        // A kind no running plugin handles any more still has jobs; the filter keeps showing what was asked for.
        if (!kind.isEmpty() && !kinds.contains(kind)) kinds.add(kind);
        String filter = (status.isEmpty() ? "" : "status=" + status + "&")
                + (kind.isEmpty() ? "" : "kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8) + "&");
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("status", status);
        model.put("kind", kind);
        model.put("statuses", JobStore.STATUSES);
        model.put("kinds", kinds);
        model.put("filtered", !filter.isEmpty());
        model.put("newerHref", "/admin/jobs" + query(filter, page.number() - 1));
        model.put("olderHref", "/admin/jobs" + query(filter, page.number() + 1));
        privatePage(ctx);
        ctx.render("admin/jobs", model);
    }

    /** {@code GET /admin/jobs/{id}}: one job, its whole last error, and "run now" when that is possible. */
    public void show(Context ctx) {
        String done = ctx.queryParam("done");
        render(ctx, find(ctx), "run".equals(done) ? "run" : "", "");
    }

    /**
     * {@code POST /admin/jobs/{id}/run}: makes the job due now and wakes the scheduler, which runs it on its own
     * thread; the administrator is sent back to the job at once and reloads it to see the result. A job that is
     * running, done or cancelled is refused: running it again could send the same mail twice.
     */
    public void runNow(Context ctx) {
        StoredJob job = find(ctx);
        if (!store.runNow(job.id())) {
            // Read again: the scheduler may have claimed or finished it since the page was shown.
            StoredJob now = store.find(job.id()).orElseThrow(NotFoundResponse::new);
            ctx.status(HttpStatus.CONFLICT);
            render(ctx, now, "", REFUSED.contains(now.status()) ? now.status() : "other");
            return;
        }
        audit.record(Visitor.of(ctx).personId(), "job.run-now", null,
                job.owner() + " " + job.kind() + " " + job.key() + " (" + job.status() + ")");
        scheduler.wake();
        ctx.redirect("/admin/jobs/" + job.id() + "?done=run", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, StoredJob job, String done, String refused) {
        Map<String, Object> model = new HashMap<>();
        model.put("job", job);
        model.put("done", done);
        model.put("refused", refused);
        model.put("handled", scheduler.handles(job.owner(), job.kind()));
        privatePage(ctx);
        ctx.render("admin/job", model);
    }

    private StoredJob find(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 36) throw new NotFoundResponse();
        return store.find(id).orElseThrow(NotFoundResponse::new);
    }

    private static String query(String filter, int page) {
        String query = filter + (page > 1 ? "page=" + page : "");
        if (query.endsWith("&")) query = query.substring(0, query.length() - 1);
        return query.isEmpty() ? "" : "?" + query;
    }

    /** Errors may quote what a plugin was doing for someone: no browser or proxy may keep a copy. */
    private static void privatePage(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
