package nl.plein.networks;

import java.time.Clock;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/**
 * Records what changed in a space, for the "since your last visit" list. Every part calls {@link #record} when it
 * adds something members should notice; {@code coordinatorsOnly} marks what only coordinators may see (a
 * coordinators-only document, a report of a post), so the list never shows a member what they may not open.
 */
public final class Activity {

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Activity(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @param kind      what happened, e.g. {@code thread}, {@code post}, {@code document}, {@code meeting},
     *                  {@code minutes-approved}, {@code action}, {@code decision}, {@code trajectory}
     * @param subjectId the id of what it happened to (for the link)
     * @param title     a short title as shown in the list (the thread's or document's title)
     */
    public void record(String spaceId, String kind, String subjectId, String title, String actorId,
                       boolean coordinatorsOnly) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_activity (id, space_id, kind, subject_id, title, actor_id, access, created_at)
                        VALUES (:id, :space, :kind, :subject, :title, :actor, :access, :now)""")
                .bind("id", ids.next()).bind("space", spaceId).bind("kind", kind).bind("subject", subjectId)
                .bind("title", title.length() > 300 ? title.substring(0, 300) : title).bind("actor", actorId)
                .bind("access", coordinatorsOnly ? "coordinators" : "members").bind("now", clock.instant())
                .execute());
    }
}
