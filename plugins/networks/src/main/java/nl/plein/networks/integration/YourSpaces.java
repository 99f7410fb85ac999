package nl.plein.networks.integration;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.plein.api.Visitor;
import org.jdbi.v3.core.Jdbi;

/**
 * The home-page block's values for one visitor: the spaces they are in, each with how much happened since their last
 * visit. One statement. Only activity they may see is counted: what is for coordinators only counts for coordinators,
 * their own doings do not count, and a guest (who sees one meeting, not the space) gets no count at all.
 */
final class YourSpaces implements Function<Visitor, Map<String, Object>> {

    /** A home page lists a person's spaces; nobody is in more than a handful, the bound keeps the page small. */
    static final int SHOWN = 20;

    private final Jdbi jdbi;

    YourSpaces(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * One space the visitor is in.
     *
     * @param guestMeetingId for a guest, the meeting they are invited to (the only page of the space they see)
     * @param news           activity since their last visit (since they joined, before a first visit)
     */
    public record Line(String id, String name, String kind, String role, String guestMeetingId, int news) {
        public boolean guest() {
            return "guest".equals(role);
        }
    }

    @Override
    public Map<String, Object> apply(Visitor visitor) {
        if (!visitor.signedIn()) return Map.of("spaces", List.of());
        return Map.of("spaces", of(visitor.personId()));
    }

    List<Line> of(String personId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.id, s.name, s.kind, m.role, m.guest_meeting_id,
                               CASE WHEN m.role = 'guest' THEN 0 ELSE
                                   (SELECT COUNT(*) FROM networks_activity a
                                     WHERE a.space_id = m.space_id
                                       AND a.created_at > COALESCE(m.last_visit_at, m.joined_at)
                                       AND (a.access = 'members' OR m.role = 'coordinator')
                                       AND (a.actor_id IS NULL OR a.actor_id <> m.person_id)) END AS news
                          FROM networks_members m JOIN networks_spaces s ON s.id = m.space_id
                         WHERE m.person_id = :person
                         ORDER BY LOWER(s.name), s.id LIMIT :limit""")
                .bind("person", personId).bind("limit", SHOWN)
                .map((rs, ctx) -> new Line(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("role"), rs.getString("guest_meeting_id"), rs.getInt("news")))
                .list());
    }
}
