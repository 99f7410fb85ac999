package nl.plein.webinars.organiser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.webinars.registration.RegistrationStatus;
import org.jdbi.v3.core.Jdbi;

/**
 * A session's seat holders (in order of arrival) followed by its waiting list (in queue order), with names.
 */
public final class Registrants {

    /** Rows the manage page lists (and so the attendance form shows); exports and messages take everyone. */
    public static final int MAX = 1000;

    private final Jdbi jdbi;
    private final Directory directory;

    public Registrants(Jdbi jdbi, Directory directory) {
        this.jdbi = jdbi;
        this.directory = directory;
    }

    /** Everyone with a seat or a waiting place: seats first, then the queue in arrival order. */
    public List<Registrant> of(String sessionId) {
        return of(sessionId, Integer.MAX_VALUE);
    }

    /** The first {@code limit} of {@link #of(String)}, in the same order. */
    public List<Registrant> of(String sessionId, int limit) {
        List<Row> rows = jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, person_id, status, attended, created_at FROM webinars_registrations
                         WHERE session_id = :session AND status <> 'cancelled'
                         ORDER BY CASE WHEN status = 'registered' THEN 0 ELSE 1 END, arrival, id
                         LIMIT :max""")
                .bind("session", sessionId).bind("max", limit)
                .map((rs, ctx) -> {
                    boolean attended = rs.getBoolean("attended");
                    Boolean marked = rs.wasNull() ? null : attended;
                    return new Row(rs.getString("id"), rs.getString("person_id"),
                            RegistrationStatus.of(rs.getString("status")).orElse(RegistrationStatus.WAITING), marked,
                            Instant.ofEpochMilli(rs.getLong("created_at")));
                }).list());
        Map<String, String> names = names(rows.stream().map(Row::personId).distinct().toList());
        List<Registrant> registrants = new ArrayList<>(rows.size());
        int position = 0;
        for (Row row : rows) {
            // Seats come first, then the queue in arrival order: counting the waiting rows gives each its place.
            int place = row.status() == RegistrationStatus.WAITING ? ++position : 0;
            registrants.add(new Registrant(row.id(), row.personId(), names.get(row.personId()), row.status(), place,
                    row.attended(), row.createdAt()));
        }
        return registrants;
    }

    private Map<String, String> names(List<String> personIds) {
        Map<String, String> names = new HashMap<>();
        directory.people(personIds).forEach((id, person) -> names.put(id, person.displayName()));
        return names;
    }

    private record Row(String id, String personId, RegistrationStatus status, Boolean attended, Instant createdAt) {
    }
}
