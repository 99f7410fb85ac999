package nl.plein.networks.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** The agenda items of meetings: proposed by members, accepted or declined and put in order by coordinators. */
final class Agenda {

    /** More items than any meeting discusses; the bound keeps a meeting's page small. */
    static final int MAX_ITEMS = 200;

    /** What became of a proposal. */
    enum Proposal { ADDED, CLOSED, FULL }

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Agenda(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** The meeting's items in agenda order (accepted ones in the order coordinators gave them). */
    List<AgendaItem> of(Meeting meeting) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_agenda_items WHERE meeting_id = :meeting AND space_id = :space
                        ORDER BY position, created_at, id LIMIT :limit""")
                .bind("meeting", meeting.id()).bind("space", meeting.spaceId()).bind("limit", MAX_ITEMS)
                .map((rs, ctx) -> new AgendaItem(rs.getString("id"), rs.getString("meeting_id"), rs.getString("title"),
                        rs.getString("description"), rs.getString("proposed_by"), rs.getString("status"),
                        rs.getInt("position"), java.time.Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }

    /**
     * Adds an item at the end. A member's proposal waits for a coordinator and is refused once proposals closed
     * (checked here, in the write transaction, against the meeting as stored); a coordinator's item is on the
     * agenda at once, also after the deadline, as they set the agenda.
     */
    Proposal propose(Meeting meeting, String title, String description, String personId, boolean byCoordinator) {
        return jdbi.inTransaction(h -> {
            Optional<Meeting> current = h.createQuery(
                            "SELECT * FROM networks_meetings WHERE id = :id AND space_id = :space")
                    .bind("id", meeting.id()).bind("space", meeting.spaceId()).map((rs, ctx) -> Meetings.row(rs))
                    .findOne();
            boolean open = current.isPresent() && (byCoordinator ? !current.get().cancelled()
                    : current.get().agendaOpen(clock.instant()));
            if (!open) return Proposal.CLOSED;
            int count = h.createQuery("SELECT COUNT(*) FROM networks_agenda_items WHERE meeting_id = :meeting")
                    .bind("meeting", meeting.id()).mapTo(Integer.class).one();
            if (count >= MAX_ITEMS) return Proposal.FULL;
            int last = h.createQuery(
                            "SELECT COALESCE(MAX(position), 0) FROM networks_agenda_items WHERE meeting_id = :meeting")
                    .bind("meeting", meeting.id()).mapTo(Integer.class).one();
            h.createUpdate("""
                            INSERT INTO networks_agenda_items (id, meeting_id, space_id, title, description, proposed_by,
                                   status, position, created_at)
                            VALUES (:id, :meeting, :space, :title, :description, :by, :status, :position, :now)""")
                    .bind("id", ids.next()).bind("meeting", meeting.id()).bind("space", meeting.spaceId())
                    .bind("title", title).bind("description", description).bind("by", personId)
                    .bind("status", byCoordinator ? "accepted" : "proposed").bind("position", last + 1)
                    .bind("now", clock.instant()).execute();
            return Proposal.ADDED;
        });
    }

    /**
     * Accepts or declines an item of this meeting; false when there is no such item. A newly accepted item goes to
     * the end of the agenda, where the coordinator can move it up.
     */
    boolean decide(Meeting meeting, String itemId, boolean accept) {
        return jdbi.inTransaction(h -> {
            Optional<String> status = h.createQuery("""
                            SELECT status FROM networks_agenda_items
                             WHERE id = :id AND meeting_id = :meeting AND space_id = :space""")
                    .bind("id", itemId).bind("meeting", meeting.id()).bind("space", meeting.spaceId())
                    .mapTo(String.class).findOne();
            if (status.isEmpty()) return false;
            if (accept && "accepted".equals(status.get())) return true;   // keeps its place
            int last = h.createQuery(
                            "SELECT COALESCE(MAX(position), 0) FROM networks_agenda_items WHERE meeting_id = :meeting")
                    .bind("meeting", meeting.id()).mapTo(Integer.class).one();
            h.createUpdate("""
                            UPDATE networks_agenda_items SET status = :status,
                                   position = CASE WHEN :accept THEN :last ELSE position END
                             WHERE id = :id""")
                    .bind("status", accept ? "accepted" : "declined").bind("accept", accept).bind("last", last + 1)
                    .bind("id", itemId).execute();
            return true;
        });
    }

    /**
     * Moves an accepted item one place up or down among the accepted ones (swapping positions with its neighbour);
     * false when there is no such accepted item. At the top or bottom already, nothing changes.
     */
    boolean move(Meeting meeting, String itemId, boolean up) {
        return jdbi.inTransaction(h -> {
            List<String> order = h.createQuery("""
                            SELECT id FROM networks_agenda_items
                             WHERE meeting_id = :meeting AND space_id = :space AND status = 'accepted'
                            ORDER BY position, created_at, id""")
                    .bind("meeting", meeting.id()).bind("space", meeting.spaceId()).mapTo(String.class).list();
            int index = order.indexOf(itemId);
            if (index < 0) return false;
            int other = up ? index - 1 : index + 1;
            if (other < 0 || other >= order.size()) return true;
            // Positions may have gaps or ties (declined items keep theirs); renumbering the accepted ones makes the
            // swap exact. Proposed and declined items are listed apart, so their positions need not fit in.
            java.util.Collections.swap(order, index, other);
            for (int i = 0; i < order.size(); i++) {
                h.createUpdate("UPDATE networks_agenda_items SET position = :position WHERE id = :id")
                        .bind("position", i + 1).bind("id", order.get(i)).execute();
            }
            return true;
        });
    }
}
