package nl.plein.webinars;

import nl.plein.api.Visitor;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;

/** Object-level rules on top of the route permissions: who may see a week and who may manage a session. */
public final class SessionAccess {

    /** Organisers see every week; others only published ones (an unpublished week is a draft, answered with 404). */
    public boolean maySee(Visitor visitor, Week week) {
        return week.published() || visitor.may(WebinarPermissions.ORGANISE);
    }

    /** Organisers manage every session; a session's host manages that one (attendance, recording, messages). */
    public boolean mayManage(Visitor visitor, Session session) {
        return visitor.may(WebinarPermissions.ORGANISE)
                || visitor.signedIn() && visitor.personId().equals(session.hostPersonId());
    }
}
