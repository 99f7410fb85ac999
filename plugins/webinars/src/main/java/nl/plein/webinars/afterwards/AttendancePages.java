package nl.plein.webinars.afterwards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.organiser.ManagePage;
import nl.plein.webinars.organiser.ManagedSession;
import nl.plein.webinars.organiser.Registrant;
import nl.plein.webinars.organiser.Registrants;

/**
 * Marking who came: ticking names on the manage page ({@code POST /webinars/sessions/{session}/attendance}) or
 * importing the meeting platform's attendance list ({@code POST .../attendance/import}). Both only once the session
 * has started: before that nobody can have come.
 */
final class AttendancePages {

    /** Far more than any attendance list of one session; a larger file is not an attendance list. */
    static final long MAX_IMPORT_BYTES = 1024 * 1024;
    /** The import result page lists this many unmatched rows; the count says how many there were in all. */
    static final int MAX_SHOWN_UNMATCHED = 200;

    private final Webinars webinars;
    private final ManagePage page;
    private final Attendance attendance;
    private final Registrants registrants;

    AttendancePages(Webinars webinars, ManagePage page, Attendance attendance) {
        this.webinars = webinars;
        this.page = page;
        this.attendance = attendance;
        this.registrants = new Registrants(webinars.context().jdbi(), webinars.context().directory());
    }

    void mark(Context ctx) {
        ManagedSession managed = ManagedSession.of(webinars, ctx);
        if (refused(ctx, managed)) return;
        // The form lists the first MAX seat holders (see ManagePage); only they are marked by it. After the start
        // nobody can register or cancel any more, so this is the same list the organiser saw.
        List<String> shown = registrants.of(managed.session().id(), Registrants.MAX).stream()
                .filter(Registrant::seated).map(Registrant::registrationId).toList();
        List<String> present = ctx.formParams("present").stream().filter(shown::contains).distinct().toList();
        attendance.mark(managed.session().id(), shown, present);
        ctx.redirect(managed.managePath() + "?marked=1#attendance", HttpStatus.SEE_OTHER);
    }

    /**
     * Shows the outcome straight away instead of redirecting: the list of rows that did not match belongs to this
     * upload only and is not stored (it holds names), and sending the same file again changes nothing.
     */
    void importList(Context ctx) {
        ManagedSession managed = ManagedSession.of(webinars, ctx);
        if (refused(ctx, managed)) return;
        AttendanceList list;
        try {
            list = AttendanceList.read(upload(ctx));
        } catch (AttendanceList.Unreadable unreadable) {
            page.render(ctx, managed, HttpStatus.UNPROCESSABLE_CONTENT,
                    Map.of("errors", Map.of("file", unreadable.messageKey())));
            return;
        }
        List<Registrant> everyone = registrants.of(managed.session().id());
        AttendanceMatch match = AttendanceMatch.of(list, everyone);
        attendance.importPresent(managed.session().id(), match.present());
        Map<String, Object> model = new HashMap<>();
        model.put("session", managed.session());
        model.put("week", managed.week());
        model.put("matched", match.present().size());
        model.put("unmatchedCount", match.unmatched().size());
        model.put("unmatched", match.unmatched().stream().limit(MAX_SHOWN_UNMATCHED).toList());
        model.put("notMarkedPresent", everyone.stream().filter(Registrant::seated)
                .filter(r -> !match.present().contains(r.registrationId()) && r.attended() == null).count());
        ctx.render("webinars/afterwards/import-result", model);
    }

    /** The chosen file's bytes, after the checks a person can act on (no file, too large). */
    private static byte[] upload(Context ctx) throws AttendanceList.Unreadable {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        // An empty file input still sends a part, without a name or bytes.
        if (file == null || file.filename().isEmpty() && file.size() == 0) {
            throw new AttendanceList.Unreadable("webinars.afterwards.import.error.no-file");
        }
        if (file.size() > MAX_IMPORT_BYTES) throw new AttendanceList.Unreadable("webinars.afterwards.import.error.too-large");
        if (file.size() == 0) throw new AttendanceList.Unreadable("webinars.afterwards.import.error.no-header");
        try (InputStream content = file.content()) {
            return content.readNBytes((int) MAX_IMPORT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded attendance list", e);
        }
    }

    /** Answers 409 with the reason on the manage page when attendance cannot be marked (yet). */
    private boolean refused(Context ctx, ManagedSession managed) {
        String reason = null;
        if (managed.session().cancelled()) reason = "webinars.afterwards.attendance.error.cancelled";
        else if (webinars.context().clock().instant().isBefore(managed.session().startsAt())) {
            reason = "webinars.afterwards.attendance.error.not-started";
        }
        if (reason == null) return false;
        page.render(ctx, managed, HttpStatus.CONFLICT, Map.of("refusal", reason));
        return true;
    }
}
