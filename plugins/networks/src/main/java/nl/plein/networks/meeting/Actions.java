package nl.plein.networks.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/**
 * A space's action list. Every lookup names the space, except the reminder job's, which reads the space from the row.
 */
final class Actions {

    static final int LIMIT = 1000;

    /** Which actions a list shows. */
    enum Filter {
        ALL, MINE, OPEN, DONE;

        static Filter of(String code) {
            for (Filter filter : values()) if (filter.code().equals(code)) return filter;
            return ALL;
        }

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Actions(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    Action create(String spaceId, ActionDraft draft) {
        String id = ids.next();
        Instant now = clock.instant();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_actions (id, space_id, meeting_id, title, owner_id, due_on, status, created_at,
                               updated_at)
                        VALUES (:id, :space, :meeting, :title, :owner, :due, 'open', :now, :now)""")
                .bind("id", id).bind("space", spaceId).bind("meeting", draft.meetingId()).bind("title", draft.title())
                .bind("owner", draft.ownerId()).bind("due", draft.dueOn().toString()).bind("now", now).execute());
        return find(spaceId, id).orElseThrow();
    }

    void update(Action action, ActionDraft draft) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE networks_actions SET title = :title, owner_id = :owner, due_on = :due, meeting_id = :meeting,
                               updated_at = :now
                         WHERE id = :id AND space_id = :space""")
                .bind("title", draft.title()).bind("owner", draft.ownerId()).bind("due", draft.dueOn().toString())
                .bind("meeting", draft.meetingId()).bind("now", clock.instant()).bind("id", action.id())
                .bind("space", action.spaceId()).execute());
    }

    void setStatus(Action action, String status) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE networks_actions SET status = :status, updated_at = :now WHERE id = :id AND space_id = :space""")
                .bind("status", status).bind("now", clock.instant()).bind("id", action.id())
                .bind("space", action.spaceId()).execute());
    }

    Optional<Action> find(String spaceId, String actionId) {
        if (actionId == null || actionId.length() > 36) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM networks_actions WHERE id = :id AND space_id = :space")
                .bind("id", actionId).bind("space", spaceId).map((rs, ctx) -> row(rs)).findOne());
    }

    /** For the reminder job, which knows only the action's id. */
    Optional<Action> find(String actionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM networks_actions WHERE id = :id")
                .bind("id", actionId).map((rs, ctx) -> row(rs)).findOne());
    }

    /** Open ones first, by deadline (soonest first); then the others, latest deadline first. */
    List<Action> list(String spaceId, Filter filter, String personId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_actions
                         WHERE space_id = :space
                           AND (:all OR (:mine AND owner_id = :person) OR (:open AND status = 'open')
                                OR (:done AND status = 'done'))
                        ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END,
                                 CASE WHEN status = 'open' THEN due_on END,
                                 due_on DESC, created_at, id
                        LIMIT :limit""")
                .bind("space", spaceId).bind("all", filter == Filter.ALL).bind("mine", filter == Filter.MINE)
                .bind("open", filter == Filter.OPEN).bind("done", filter == Filter.DONE)
                .bind("person", personId == null ? "" : personId).bind("limit", LIMIT)
                .map((rs, ctx) -> row(rs)).list());
    }

    /** The actions of one meeting, for its page. */
    List<Action> ofMeeting(Meeting meeting) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_actions WHERE space_id = :space AND meeting_id = :meeting
                        ORDER BY created_at, id LIMIT :limit""")
                .bind("space", meeting.spaceId()).bind("meeting", meeting.id()).bind("limit", LIMIT)
                .map((rs, ctx) -> row(rs)).list());
    }

    /** Open actions due on or after the day, across all spaces: their reminders are planned again at each start. */
    List<Action> openFrom(LocalDate day, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_actions WHERE status = 'open' AND due_on >= :day
                        ORDER BY due_on, id LIMIT :limit""")
                .bind("day", day.toString()).bind("limit", limit).map((rs, ctx) -> row(rs)).list());
    }

    static Action row(ResultSet rs) throws SQLException {
        String due = rs.getString("due_on");
        return new Action(rs.getString("id"), rs.getString("space_id"), rs.getString("meeting_id"),
                rs.getString("title"), rs.getString("owner_id"), due == null ? null : Amsterdam.parseDate(due)
                .orElse(null), rs.getString("status"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
