package nl.plein.expeditions.leader;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Leader profiles and the public directory. */
public final class LeaderRepository {

    public static final int PAGE_SIZE = 50;
    private static final String COLUMNS = "person_id, display_name, region, province, trained_since, bio, listed";

    private final Jdbi jdbi;
    private final Clock clock;

    public LeaderRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void save(LeaderProfile profile) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO expeditions_leaders (person_id, display_name, region, province, trained_since, bio, listed,
                                                 updated_at)
                VALUES (:personId, :name, :region, :province, :trainedSince, :bio, :listed, :now)
                ON CONFLICT (person_id) DO UPDATE SET display_name = excluded.display_name, region = excluded.region,
                       province = excluded.province, trained_since = excluded.trained_since, bio = excluded.bio,
                       listed = excluded.listed, updated_at = excluded.updated_at
                """).bind("personId", profile.personId()).bind("name", profile.displayName())
                .bind("region", profile.region()).bind("province", profile.province())
                .bind("trainedSince", profile.trainedSince() == null ? null : profile.trainedSince().toString())
                .bind("bio", profile.bio()).bind("listed", profile.listed()).bind("now", clock.instant()).execute());
    }

    public Optional<LeaderProfile> find(String personId) {
        if (personId == null || personId.length() > 36) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM expeditions_leaders WHERE person_id = :id")
                .bind("id", personId).map((rs, ctx) -> map(rs)).findOne());
    }

    /** Listed leaders, by province and name; all provinces when {@code province} is empty. */
    public List<LeaderProfile> directory(String province, int page) {
        String where = province.isEmpty() ? "" : "AND province = :province ";
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM expeditions_leaders WHERE listed = :yes "
                        + where + "ORDER BY province, display_name, person_id LIMIT :limit OFFSET :offset")
                .bind("yes", true).bind("province", province).bind("limit", PAGE_SIZE + 1)
                .bind("offset", (page - 1) * PAGE_SIZE).map((rs, ctx) -> map(rs)).list());
    }

    /** Listed leaders whose name or region contains the text. */
    public List<LeaderProfile> search(String pattern, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM expeditions_leaders WHERE listed = :yes "
                        + "AND (LOWER(display_name) LIKE :p ESCAPE '!' OR LOWER(region) LIKE :p ESCAPE '!') "
                        + "ORDER BY display_name LIMIT :limit")
                .bind("yes", true).bind("p", pattern).bind("limit", limit).map((rs, ctx) -> map(rs)).list());
    }

    public void delete(String personId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM expeditions_leaders WHERE person_id = :id")
                .bind("id", personId).execute());
    }

    private static LeaderProfile map(ResultSet rs) throws SQLException {
        String trained = rs.getString("trained_since");
        return new LeaderProfile(rs.getString("person_id"), rs.getString("display_name"), rs.getString("region"),
                rs.getString("province"), trained == null ? null : LocalDate.parse(trained), rs.getString("bio"),
                rs.getBoolean("listed"));
    }
}
