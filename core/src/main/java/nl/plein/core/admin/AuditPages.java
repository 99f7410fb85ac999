package nl.plein.core.admin;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.web.Forms;

/** {@code /admin/audit}: the security log, newest first. */
public final class AuditPages {

    private final AuditLog audit;

    public AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    public void list(Context ctx) {
        int page = Forms.page(ctx);
        List<AuditLog.Entry> entries = audit.page(page);
        ctx.render("admin/audit", Map.of("entries", entries.stream().limit(AuditLog.PAGE_SIZE).toList(),
                "page", page, "hasNext", entries.size() > AuditLog.PAGE_SIZE));
    }
}
