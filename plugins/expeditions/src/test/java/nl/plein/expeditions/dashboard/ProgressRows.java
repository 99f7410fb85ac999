package nl.plein.expeditions.dashboard;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Test data written straight into the tables, the way the organisations' work pages (another feature) and core's
 * organisation pages would leave them. Each method is one step of an organisation's expedition.
 */
final class ProgressRows {

    private final Jdbi jdbi;
    private final AtomicLong clock = new AtomicLong(1_770_000_000_000L);

    ProgressRows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    /** An organisation as core keeps it, without members. */
    String organisation(String name) {
        String id = id();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO plein_organisations (id, name, kind, municipality, province, "
                        + "created_at) VALUES (:id, :name, 'volunteer-organisation', 'Lindeburg', 'Gelderland', :now)")
                .bind("id", id).bind("name", name).bind("now", clock.incrementAndGet()).execute());
        return id;
    }

    /** An expedition with its leaders, as if created on its form. */
    String expedition(String title, String province, String focus, String startsOn, String... leaders) {
        String id = id();
        jdbi.useHandle(h -> {
            h.createUpdate("INSERT INTO expeditions_expeditions (id, title, region, province, focus, format, "
                            + "starts_on, ends_on, published, created_by, created_at) VALUES (:id, :title, 'Lindeburg', "
                            + ":province, :focus, 'mixed', :starts, :ends, :published, NULL, :now)")
                    .bind("id", id).bind("title", title).bind("province", province).bind("focus", focus)
                    .bind("starts", startsOn).bind("ends", startsOn.substring(0, 4) + "-12-31")
                    .bind("published", false).bind("now", clock.incrementAndGet()).execute();
            for (String leader : leaders) {
                h.createUpdate("INSERT INTO expeditions_leads (expedition_id, person_id) VALUES (:id, :person)")
                        .bind("id", id).bind("person", leader).execute();
            }
        });
        return id;
    }

    ProgressRows joins(String expedition, String organisation) {
        return update("INSERT INTO expeditions_participants (expedition_id, organisation_id, joined_at) "
                + "VALUES (:e, :o, :now)", expedition, organisation);
    }

    ProgressRows baseline(String expedition, String organisation, int volunteers) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_baselines (expedition_id, organisation_id, "
                        + "current_volunteers, target_group, ambition, recorded_at) "
                        + "VALUES (:e, :o, :n, 'young-people', 'Meer jongeren', :now)")
                .bind("e", expedition).bind("o", organisation).bind("n", volunteers)
                .bind("now", clock.incrementAndGet()).execute());
        return this;
    }

    ProgressRows plan(String expedition, String organisation) {
        return update("INSERT INTO expeditions_plans (expedition_id, organisation_id, goal, target_group, experiments, "
                + "updated_at) VALUES (:e, :o, 'Tien jongeren', 'young-people', 'Open dag', :now)", expedition, organisation);
    }

    String assignment(String expedition) {
        String id = id();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_assignments (id, expedition_id, title, due_at) "
                        + "VALUES (:id, :e, 'Opdracht', :now)")
                .bind("id", id).bind("e", expedition).bind("now", clock.incrementAndGet()).execute());
        return id;
    }

    ProgressRows handIn(String assignment, String organisation) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_submissions (assignment_id, organisation_id, body, "
                        + "submitted_at) VALUES (:a, :o, 'Gedaan', :now)")
                .bind("a", assignment).bind("o", organisation).bind("now", clock.incrementAndGet()).execute());
        return this;
    }

    ProgressRows log(String expedition, String organisation, String day) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_log_entries (id, expedition_id, organisation_id, "
                        + "happened_on, action, shared, created_at) VALUES (:id, :e, :o, :day, 'Flyers', :shared, :now)")
                .bind("id", id()).bind("e", expedition).bind("o", organisation).bind("day", day).bind("shared", false)
                .bind("now", clock.incrementAndGet()).execute());
        return this;
    }

    ProgressRows measured(String expedition, String organisation, String moment, String group, int newVolunteers,
                          int retained) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_measurements (expedition_id, organisation_id, "
                        + "moment, target_group, new_volunteers, retained, recorded_at) "
                        + "VALUES (:e, :o, :moment, :group, :n, :r, :now)")
                .bind("e", expedition).bind("o", organisation).bind("moment", moment).bind("group", group)
                .bind("n", newVolunteers).bind("r", retained).bind("now", clock.incrementAndGet()).execute());
        return this;
    }

    private ProgressRows update(String sql, String expedition, String organisation) {
        jdbi.useHandle(h -> h.createUpdate(sql).bind("e", expedition).bind("o", organisation)
                .bind("now", clock.incrementAndGet()).execute());
        return this;
    }
}
