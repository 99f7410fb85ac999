package nl.plein.expeditions.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The figures of one expedition's group dashboard, each for all its organisations at once: one query for the
 * organisations' progress, one for the new faces per target group. Progress rows are written by the organisations'
 * work pages; this class only reads them.
 */
public final class GroupProgress {

    /** The moment of the final measurement ({@code eindmeting}); the follow-ups are {@code plus3} and {@code plus6}. */
    static final String FINAL = "final";

    // Each aggregate is grouped over the whole expedition in a derived table and joined once, so the number of
    // statements does not grow with the number of organisations; every derived table starts from an index on
    // expedition_id.
    private static final String PROGRESS = """
            SELECT p.organisation_id, b.current_volunteers AS baseline_volunteers,
                   pl.organisation_id IS NOT NULL AS plan,
                   COALESCE(s.handed_in, 0) AS handed_in,
                   (SELECT COUNT(*) FROM expeditions_assignments a WHERE a.expedition_id = :id) AS assignments,
                   COALESCE(lg.entries, 0) AS log_entries, lg.last_on,
                   f.new_volunteers, f.retained
            FROM expeditions_participants p
            LEFT JOIN expeditions_baselines b
                   ON b.expedition_id = p.expedition_id AND b.organisation_id = p.organisation_id
            LEFT JOIN expeditions_plans pl
                   ON pl.expedition_id = p.expedition_id AND pl.organisation_id = p.organisation_id
            LEFT JOIN (SELECT s.organisation_id, COUNT(*) AS handed_in
                       FROM expeditions_submissions s
                       JOIN expeditions_assignments a ON a.id = s.assignment_id
                       WHERE a.expedition_id = :id GROUP BY s.organisation_id) s
                   ON s.organisation_id = p.organisation_id
            LEFT JOIN (SELECT organisation_id, COUNT(*) AS entries, MAX(happened_on) AS last_on
                       FROM expeditions_log_entries
                       WHERE expedition_id = :id GROUP BY organisation_id) lg
                   ON lg.organisation_id = p.organisation_id
            LEFT JOIN (SELECT organisation_id, SUM(new_volunteers) AS new_volunteers, SUM(retained) AS retained
                       FROM expeditions_measurements
                       WHERE expedition_id = :id AND moment = :final GROUP BY organisation_id) f
                   ON f.organisation_id = p.organisation_id
            WHERE p.expedition_id = :id
            """;

    private static final String NEW_FACES = """
            SELECT target_group, SUM(new_volunteers) AS new_volunteers, SUM(retained) AS retained
            FROM expeditions_measurements
            WHERE expedition_id = :id AND moment = :final
            GROUP BY target_group
            """;

    private final Jdbi jdbi;

    public GroupProgress(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every taking-part organisation's progress, unnamed (names come from core's directory), in no set order. */
    public List<OrganisationProgress> organisations(String expeditionId) {
        return jdbi.withHandle(h -> h.createQuery(PROGRESS).bind("id", expeditionId).bind("final", FINAL)
                .map((rs, ctx) -> {
                    int baseline = rs.getInt("baseline_volunteers");
                    Integer baselineVolunteers = rs.wasNull() ? null : baseline;
                    String lastOn = rs.getString("last_on");
                    int newVolunteers = rs.getInt("new_volunteers");
                    boolean measured = !rs.wasNull();
                    int retained = rs.getInt("retained");
                    return new OrganisationProgress(rs.getString("organisation_id"), null, baselineVolunteers,
                            rs.getBoolean("plan"), rs.getInt("handed_in"), rs.getInt("assignments"),
                            rs.getInt("log_entries"), lastOn == null ? null : LocalDate.parse(lastOn),
                            measured ? newVolunteers : null, measured ? retained : null);
                }).list());
    }

    /** New faces per target group at the final measurement, in the target groups' order. */
    public List<NewFaces> newFaces(String expeditionId) {
        return jdbi.withHandle(h -> h.createQuery(NEW_FACES).bind("id", expeditionId).bind("final", FINAL)
                .map((rs, ctx) -> new NewFaces(rs.getString("target_group"), rs.getInt("new_volunteers"),
                        rs.getInt("retained")))
                .list()).stream().sorted(Comparator.comparingInt(NewFaces::rank)).toList();
    }
}
