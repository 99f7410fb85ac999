package nl.plein.networks.trajectory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.api.form.Paging;
import org.jdbi.v3.core.Jdbi;

/**
 * The local trajectories of programme spaces and their monitoring notes. Every lookup names the space: a trajectory id
 * from another space is not found.
 */
public final class Trajectories {

    /** Trajectories on one page of the list; a programme has some forty. */
    public static final int PAGE_SIZE = 50;
    /** Notes shown on a trajectory's page, newest first: years of monitoring rounds. */
    static final int NOTES_SHOWN = 200;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Trajectories(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    public Optional<Trajectory> find(String spaceId, String id) {
        if (id == null || id.length() > 36) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM networks_trajectories WHERE id = :id AND space_id = :space")
                .bind("id", id).bind("space", spaceId).map((rs, ctx) -> trajectory(rs)).findOne());
    }

    /**
     * One page of the space's trajectories that pass the filter, by province and municipality; one row more than a
     * page tells that a next page exists.
     */
    public List<Trajectory> list(String spaceId, TrajectoryFilter filter, int page) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_trajectories
                         WHERE space_id = :space
                           AND (:province = '' OR province = :province)
                           AND (:status = '' OR status = :status)
                           AND (:text = '' OR LOWER(theme) LIKE :pattern ESCAPE '!'
                                OR LOWER(municipality) LIKE :pattern ESCAPE '!')
                         ORDER BY province, LOWER(municipality), id
                         LIMIT :limit OFFSET :offset""")
                .bind("space", spaceId).bind("province", filter.province()).bind("status", filter.status())
                .bind("text", filter.text()).bind("pattern", Paging.likeContaining(filter.text()))
                .bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> trajectory(rs)).list());
    }

    /** How many trajectories each province has in each status: one row per (province, status) that occurs. */
    public List<ProvinceOverview.Count> counts(String spaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT province, status, COUNT(*) AS n FROM networks_trajectories
                         WHERE space_id = :space GROUP BY province, status""")
                .bind("space", spaceId)
                .map((rs, ctx) -> new ProvinceOverview.Count(rs.getString("province"), rs.getString("status"),
                        rs.getInt("n")))
                .list());
    }

    public Trajectory create(String spaceId, TrajectoryDraft draft) {
        String id = ids.next();
        Instant now = clock.instant();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_trajectories (id, space_id, municipality, province, lead_organisation_id,
                               officer_id, theme, partners, status, created_at, updated_at)
                        VALUES (:id, :space, :municipality, :province, :lead, :officer, :theme, :partners, :status,
                                :now, :now)""")
                .bind("id", id).bind("space", spaceId).bind("municipality", draft.municipality())
                .bind("province", draft.province()).bind("lead", draft.leadOrganisationId())
                .bind("officer", draft.officerId()).bind("theme", draft.theme()).bind("partners", draft.partners())
                .bind("status", draft.status().code()).bind("now", now).execute());
        return find(spaceId, id).orElseThrow();
    }

    public void update(String spaceId, String id, TrajectoryDraft draft) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE networks_trajectories SET municipality = :municipality, province = :province,
                               lead_organisation_id = :lead, officer_id = :officer, theme = :theme,
                               partners = :partners, status = :status, updated_at = :now
                         WHERE id = :id AND space_id = :space""")
                .bind("municipality", draft.municipality()).bind("province", draft.province())
                .bind("lead", draft.leadOrganisationId()).bind("officer", draft.officerId())
                .bind("theme", draft.theme()).bind("partners", draft.partners()).bind("status", draft.status().code())
                .bind("now", clock.instant()).bind("id", id).bind("space", spaceId).execute());
    }

    public List<MonitoringNote> notes(String spaceId, String trajectoryId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_monitoring_notes WHERE trajectory_id = :trajectory AND space_id = :space
                         ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .bind("trajectory", trajectoryId).bind("space", spaceId).bind("limit", NOTES_SHOWN)
                .map((rs, ctx) -> new MonitoringNote(rs.getString("id"), rs.getString("trajectory_id"),
                        rs.getString("author_id"), rs.getString("body"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }

    public void addNote(String spaceId, String trajectoryId, String authorId, String body) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_monitoring_notes (id, trajectory_id, space_id, author_id, body, created_at)
                        VALUES (:id, :trajectory, :space, :author, :body, :now)""")
                .bind("id", ids.next()).bind("trajectory", trajectoryId).bind("space", spaceId)
                .bind("author", authorId).bind("body", body).bind("now", clock.instant()).execute());
    }

    private static Trajectory trajectory(ResultSet rs) throws SQLException {
        return new Trajectory(rs.getString("id"), rs.getString("space_id"), rs.getString("municipality"),
                rs.getString("province"), rs.getString("lead_organisation_id"), rs.getString("officer_id"),
                rs.getString("theme"), rs.getString("partners"),
                TrajectoryStatus.of(rs.getString("status")).orElse(TrajectoryStatus.RUNNING),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
