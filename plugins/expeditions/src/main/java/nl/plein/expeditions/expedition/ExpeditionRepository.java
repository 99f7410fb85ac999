package nl.plein.expeditions.expedition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** Expeditions and who leads them. */
public final class ExpeditionRepository {

    public static final int PAGE_SIZE = 25;
    private static final String COLUMNS = "e.id, e.title, e.region, e.province, e.focus, e.format, e.starts_on, "
            + "e.ends_on, e.published";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public ExpeditionRepository(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** Creates the expedition with its creator as (first) leader. */
    public Expedition create(ExpeditionForm form, String leaderId) {
        String id = ids.next();
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO expeditions_expeditions (id, title, region, province, focus, format, starts_on, "
                            + "ends_on, published, created_by, created_at) VALUES (:id, :title, :region, :province, "
                            + ":focus, :format, :startsOn, :endsOn, :published, :by, :now)")
                    .bind("id", id).bind("title", form.title()).bind("region", form.region())
                    .bind("province", form.province()).bind("focus", form.focus().code())
                    .bind("format", form.format().code()).bind("startsOn", form.startsOn().toString())
                    .bind("endsOn", form.endsOn().toString()).bind("published", form.published())
                    .bind("by", leaderId).bind("now", clock.instant()).execute();
            h.createUpdate("INSERT INTO expeditions_leads (expedition_id, person_id) VALUES (:id, :person)")
                    .bind("id", id).bind("person", leaderId).execute();
        });
        return find(id).orElseThrow();
    }

    public void update(String id, ExpeditionForm form) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE expeditions_expeditions SET title = :title, region = :region, "
                        + "province = :province, focus = :focus, format = :format, starts_on = :startsOn, "
                        + "ends_on = :endsOn, published = :published WHERE id = :id")
                .bind("title", form.title()).bind("region", form.region()).bind("province", form.province())
                .bind("focus", form.focus().code()).bind("format", form.format().code())
                .bind("startsOn", form.startsOn().toString()).bind("endsOn", form.endsOn().toString())
                .bind("published", form.published()).bind("id", id).execute());
    }

    public Optional<Expedition> find(String id) {
        if (id == null || id.length() > 36) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM expeditions_expeditions e WHERE e.id = :id")
                .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    /** Published expeditions, soonest first; one page plus one row to tell whether more follow. */
    public List<Expedition> published(int page) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM expeditions_expeditions e "
                        + "WHERE e.published = :yes ORDER BY e.starts_on DESC, e.id LIMIT :limit OFFSET :offset")
                .bind("yes", true).bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> map(rs)).list());
    }

    /** The expeditions this person leads, newest first. */
    public List<Expedition> ledBy(String personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM expeditions_expeditions e "
                        + "JOIN expeditions_leads l ON l.expedition_id = e.id WHERE l.person_id = :person "
                        + "ORDER BY e.starts_on DESC LIMIT 200")
                .bind("person", personId).map((rs, ctx) -> map(rs)).list());
    }

    /** The expeditions any of these organisations takes part in. */
    public List<Expedition> joinedBy(List<String> organisationIds) {
        if (organisationIds.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT " + COLUMNS + " FROM expeditions_expeditions e "
                        + "JOIN expeditions_participants p ON p.expedition_id = e.id "
                        + "WHERE p.organisation_id IN (<orgs>) ORDER BY e.starts_on DESC LIMIT 200")
                .bindList("orgs", organisationIds).map((rs, ctx) -> map(rs)).list());
    }

    public boolean isLeader(String expeditionId, String personId) {
        if (personId == null) return false;
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM expeditions_leads WHERE expedition_id = :id AND person_id = :person")
                .bind("id", expeditionId).bind("person", personId).mapTo(Integer.class).one()) > 0;
    }

    /** Which of these organisations take part in the expedition. */
    public List<String> participating(String expeditionId, List<String> organisationIds) {
        if (organisationIds.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT organisation_id FROM expeditions_participants "
                        + "WHERE expedition_id = :id AND organisation_id IN (<orgs>)")
                .bind("id", expeditionId).bindList("orgs", organisationIds).mapTo(String.class).list());
    }

    static Expedition map(ResultSet rs) throws SQLException {
        return new Expedition(rs.getString("id"), rs.getString("title"), rs.getString("region"),
                rs.getString("province"), TargetGroup.of(rs.getString("focus")).orElse(TargetGroup.OTHER),
                Format.of(rs.getString("format")).orElse(Format.MIXED), LocalDate.parse(rs.getString("starts_on")),
                LocalDate.parse(rs.getString("ends_on")), rs.getBoolean("published"));
    }
}
