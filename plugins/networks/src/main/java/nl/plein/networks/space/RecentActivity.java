package nl.plein.networks.space;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * "What changed since your last visit": the space's activity after a member's previous visit, newest first. Rows
 * only coordinators may see (a report of a post, a coordinators-only document) stay out for everyone else, in the
 * query itself, so a plain member never sees the title of what they may not open.
 */
final class RecentActivity {

    /** A member's first visit looks back this far. */
    static final Duration FIRST_VISIT = Duration.ofDays(14);
    static final int MAX = 30;

    /** One line of the list. */
    record Item(String kind, String subjectId, String title, String actorId, Instant at) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    RecentActivity(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Where the list starts: the previous visit, or {@link #FIRST_VISIT} ago for someone who never came. */
    Instant start(Instant previousVisit) {
        return previousVisit != null ? previousVisit : clock.instant().minus(FIRST_VISIT);
    }

    List<Item> since(String spaceId, Instant since, boolean coordinator) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT kind, subject_id, title, actor_id, created_at FROM networks_activity
                        WHERE space_id = :space AND created_at > :since AND (access = 'members' OR :coordinator)
                        ORDER BY created_at DESC, id DESC LIMIT :max""")
                .bind("space", spaceId).bind("since", since).bind("coordinator", coordinator).bind("max", MAX)
                .map((rs, ctx) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .list());
    }
}
