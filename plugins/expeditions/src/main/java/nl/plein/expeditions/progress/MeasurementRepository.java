package nl.plein.expeditions.progress;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** New faces per target group at the final measurement and the follow-ups: one row per moment and target group. */
final class MeasurementRepository {

    private final Jdbi jdbi;
    private final Clock clock;

    MeasurementRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** All the organisation's measurements: at most three moments times the target groups. */
    List<Measurement> of(String expeditionId, String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT moment, target_group, new_volunteers, retained "
                        + "FROM expeditions_measurements WHERE expedition_id = :expedition AND organisation_id = :org "
                        + "LIMIT 100")
                .bind("expedition", expeditionId).bind("org", organisationId)
                .map((rs, ctx) -> new Measurement(Moment.of(rs.getString("moment")).orElse(Moment.FINAL),
                        WorkRepository.group(rs, "target_group"), rs.getInt("new_volunteers"), rs.getInt("retained")))
                .list());
    }

    /** Records one moment for every target group at once, replacing what was recorded for that moment before. */
    void record(String expeditionId, String organisationId, List<Measurement> measurements, String personId) {
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("INSERT INTO expeditions_measurements (expedition_id, organisation_id, moment, "
                    + "target_group, new_volunteers, retained, recorded_at, recorded_by) "
                    + "VALUES (:expedition, :org, :moment, :group, :fresh, :retained, :now, :person) "
                    + "ON CONFLICT (expedition_id, organisation_id, moment, target_group) DO UPDATE SET "
                    + "new_volunteers = excluded.new_volunteers, retained = excluded.retained, "
                    + "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by");
            for (Measurement m : measurements) {
                batch.bind("expedition", expeditionId).bind("org", organisationId).bind("moment", m.moment().code())
                        .bind("group", m.targetGroup().code()).bind("fresh", m.newVolunteers())
                        .bind("retained", m.retained()).bind("now", clock.instant()).bind("person", personId).add();
            }
            batch.execute();
        });
    }
}
