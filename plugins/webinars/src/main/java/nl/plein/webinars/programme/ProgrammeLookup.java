package nl.plein.webinars.programme;

import io.javalin.http.NotFoundResponse;
import nl.plein.api.Visitor;
import nl.plein.webinars.SessionAccess;

/**
 * Finds the week or session of a path, as the visitor may see it: a week that is not published yet is a draft, and
 * to anyone but an organiser it and its sessions do not exist (404, not 403, so drafts do not leak their existence).
 */
final class ProgrammeLookup {

    private final ProgrammeRepository programme;
    private final SessionAccess access;

    ProgrammeLookup(ProgrammeRepository programme, SessionAccess access) {
        this.programme = programme;
        this.access = access;
    }

    Week week(String id) {
        return programme.week(id).orElseThrow(NotFoundResponse::new);
    }

    Week visibleWeek(String id, Visitor visitor) {
        Week week = week(id);
        if (!access.maySee(visitor, week)) throw new NotFoundResponse();
        return week;
    }

    Session session(String id) {
        return programme.session(id).orElseThrow(NotFoundResponse::new);
    }

    /** The session with its week, when the visitor may see that week. */
    Placed visibleSession(String id, Visitor visitor) {
        Session session = session(id);
        return new Placed(visibleWeek(session.weekId(), visitor), session);
    }

    record Placed(Week week, Session session) {
    }
}
