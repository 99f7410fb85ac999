package nl.plein.webinars.afterwards;

import nl.plein.api.Permission;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.organiser.ManagePage;

/** After a session: attendance, evaluations, recordings and slides, the watch-back library, certificates. */
public final class AfterSessionRoutes {

    private AfterSessionRoutes() {
    }

    /**
     * Manager routes (attendance, recording) are open to signed-in visitors at the door and checked per session in
     * the handler (organiser or the session's host); evaluations and certificates are checked per person.
     */
    public static void register(Webinars webinars) {
        var context = webinars.context();
        Attendance attendance = new Attendance(context.jdbi(), context.clock());
        AttendancePages attendancePages = new AttendancePages(webinars, new ManagePage(webinars), attendance);
        RecordingPages recording = new RecordingPages(webinars);
        EvaluationPages evaluation = new EvaluationPages(webinars, new Evaluations(context.jdbi(), context.clock()),
                attendance);
        CertificatePage certificate = new CertificatePage(webinars);
        LibraryPage library = new LibraryPage(webinars);
        context.routes()
                .post("/sessions/{session}/attendance", Permission.SIGNED_IN, attendancePages::mark)
                .post("/sessions/{session}/attendance/import", Permission.SIGNED_IN, attendancePages::importList)
                .get("/sessions/{session}/recording", Permission.SIGNED_IN, recording::form)
                .post("/sessions/{session}/recording", Permission.SIGNED_IN, recording::publish)
                .get("/sessions/{session}/slides", Permission.PUBLIC, recording::slides)
                .get("/sessions/{session}/evaluation", Permission.SIGNED_IN, evaluation::form)
                .post("/sessions/{session}/evaluation", Permission.SIGNED_IN, evaluation::save)
                .get("/sessions/{session}/certificate", Permission.SIGNED_IN, certificate::show)
                .get("/library", Permission.PUBLIC, library::show);
    }
}
