package nl.plein.expeditions.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.expeditions.expedition.TargetGroup;
import org.jdbi.v3.core.Jdbi;

/**
 * An organisation's baseline, plan and handed-in homework: one row each per organisation (and assignment), written
 * with a portable upsert so that saving again simply replaces the earlier version.
 */
final class WorkRepository {

    private final Jdbi jdbi;
    private final Clock clock;

    WorkRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Optional<Baseline> baseline(String expeditionId, String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT current_volunteers, target_group, ambition, recorded_at "
                        + "FROM expeditions_baselines WHERE expedition_id = :expedition AND organisation_id = :org")
                .bind("expedition", expeditionId).bind("org", organisationId)
                .map((rs, ctx) -> new Baseline(rs.getInt("current_volunteers"), group(rs, "target_group"),
                        rs.getString("ambition"), Instant.ofEpochMilli(rs.getLong("recorded_at"))))
                .findOne());
    }

    void saveBaseline(String expeditionId, String organisationId, Baseline baseline, String personId) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_baselines (expedition_id, organisation_id, "
                        + "current_volunteers, target_group, ambition, recorded_at, recorded_by) "
                        + "VALUES (:expedition, :org, :volunteers, :group, :ambition, :now, :person) "
                        + "ON CONFLICT (expedition_id, organisation_id) DO UPDATE SET "
                        + "current_volunteers = excluded.current_volunteers, target_group = excluded.target_group, "
                        + "ambition = excluded.ambition, recorded_at = excluded.recorded_at, "
                        + "recorded_by = excluded.recorded_by")
                .bind("expedition", expeditionId).bind("org", organisationId)
                .bind("volunteers", baseline.currentVolunteers()).bind("group", baseline.targetGroup().code())
                .bind("ambition", baseline.ambition()).bind("now", clock.instant()).bind("person", personId)
                .execute());
    }

    Optional<Plan> plan(String expeditionId, String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT goal, target_group, experiments, updated_at "
                        + "FROM expeditions_plans WHERE expedition_id = :expedition AND organisation_id = :org")
                .bind("expedition", expeditionId).bind("org", organisationId)
                .map((rs, ctx) -> new Plan(rs.getString("goal"), group(rs, "target_group"),
                        rs.getString("experiments"), Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .findOne());
    }

    void savePlan(String expeditionId, String organisationId, Plan plan, String personId) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_plans (expedition_id, organisation_id, goal, "
                        + "target_group, experiments, updated_at, updated_by) "
                        + "VALUES (:expedition, :org, :goal, :group, :experiments, :now, :person) "
                        + "ON CONFLICT (expedition_id, organisation_id) DO UPDATE SET goal = excluded.goal, "
                        + "target_group = excluded.target_group, experiments = excluded.experiments, "
                        + "updated_at = excluded.updated_at, updated_by = excluded.updated_by")
                .bind("expedition", expeditionId).bind("org", organisationId).bind("goal", plan.goal())
                .bind("group", plan.targetGroup().code()).bind("experiments", plan.experiments())
                .bind("now", clock.instant()).bind("person", personId).execute());
    }

    /** What the organisation handed in for the expedition's assignments (an expedition has at most 100). */
    List<Submission> submissions(String expeditionId, String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.assignment_id, s.body, s.attachment_id, s.submitted_at "
                        + "FROM expeditions_assignments a JOIN expeditions_submissions s ON s.assignment_id = a.id "
                        + "AND s.organisation_id = :org WHERE a.expedition_id = :expedition LIMIT 100")
                .bind("expedition", expeditionId).bind("org", organisationId)
                .map((rs, ctx) -> submission(rs)).list());
    }

    Optional<Submission> submission(String assignmentId, String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT assignment_id, body, attachment_id, submitted_at "
                        + "FROM expeditions_submissions WHERE assignment_id = :assignment AND organisation_id = :org")
                .bind("assignment", assignmentId).bind("org", organisationId)
                .map((rs, ctx) -> submission(rs)).findOne());
    }

    /**
     * Hands in (again). Without a new attachment the earlier one stays.
     *
     * @return the attachment this replaced, which the caller removes, or empty
     */
    Optional<String> submit(String assignmentId, String organisationId, String body, String attachmentId,
                            String personId) {
        return jdbi.inTransaction(h -> {
            // The assignment's row lock first (PostgreSQL; SQLite holds the write lock already), so two hand-ins at
            // once cannot both read the same earlier attachment and leave the first one's file behind unreferenced.
            h.createUpdate("UPDATE expeditions_assignments SET title = title WHERE id = :assignment")
                    .bind("assignment", assignmentId).execute();
            Optional<String> earlier = h.createQuery("SELECT attachment_id FROM expeditions_submissions "
                            + "WHERE assignment_id = :assignment AND organisation_id = :org AND attachment_id IS NOT NULL")
                    .bind("assignment", assignmentId).bind("org", organisationId).mapTo(String.class).findOne();
            h.createUpdate("INSERT INTO expeditions_submissions (assignment_id, organisation_id, body, attachment_id, "
                            + "submitted_at, submitted_by) VALUES (:assignment, :org, :body, :attachment, :now, :person) "
                            + "ON CONFLICT (assignment_id, organisation_id) DO UPDATE SET body = excluded.body, "
                            + "attachment_id = COALESCE(excluded.attachment_id, expeditions_submissions.attachment_id), "
                            + "submitted_at = excluded.submitted_at, submitted_by = excluded.submitted_by")
                    .bind("assignment", assignmentId).bind("org", organisationId).bind("body", body)
                    .bind("attachment", attachmentId).bind("now", clock.instant()).bind("person", personId).execute();
            return attachmentId == null ? Optional.<String>empty() : earlier;
        });
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getString("assignment_id"), rs.getString("body"), rs.getString("attachment_id"),
                Instant.ofEpochMilli(rs.getLong("submitted_at")));
    }

    static TargetGroup group(ResultSet rs, String column) throws SQLException {
        return TargetGroup.of(rs.getString(column)).orElse(TargetGroup.OTHER);
    }
}
