package nl.plein.core.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Handle;
import nl.plein.core.storage.Like;
import org.jdbi.v3.core.Jdbi;

/** Organisations and memberships in the database. */
public final class Organisations {

    public static final int PAGE_SIZE = 25;
    private static final String COLUMNS = "id, name, kind, municipality, province, website, description, created_at";
    private static final String MEMBERSHIP = "SELECT m.organisation_id, o.name AS organisation_name, m.person_id, "
            + "p.display_name, m.role, m.joined_at FROM plein_memberships m "
            + "JOIN plein_organisations o ON o.id = m.organisation_id JOIN plein_people p ON p.id = m.person_id ";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Organisations(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** Creates the organisation with its creator as its first administrator, in one transaction. */
    public Organisation create(OrganisationForm form, String creatorId) {
        String id = ids.next();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO plein_organisations (" + COLUMNS + ") VALUES (:id, :name, :kind, "
                            + ":municipality, :province, :website, :description, :now)")
                    .bind("id", id).bindMethods(form).bind("kind", form.kind().code()).bind("now", now).execute();
            addMember(h, id, creatorId, Membership.ADMIN, now);
        });
        return find(id).orElseThrow();
    }

    public void update(String id, OrganisationForm form) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE plein_organisations SET name = :name, kind = :kind, "
                        + "municipality = :municipality, province = :province, website = :website, "
                        + "description = :description WHERE id = :id")
                .bindMethods(form).bind("kind", form.kind().code()).bind("id", id).execute());
    }

    public Optional<Organisation> find(String id) {
        if (id == null || id.length() > 36) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plein_organisations WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    /** The organisations with these ids, in chunks of 500 so the IN list stays within every database's limits. */
    public List<Organisation> findAll(java.util.Collection<String> ids) {
        List<String> all = ids.stream().filter(id -> id != null && id.length() <= 36).distinct().toList();
        List<Organisation> found = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            found.addAll(jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                            + " FROM plein_organisations WHERE id IN (<ids>)")
                    .bindList("ids", chunk).map((rs, ctx) -> map(rs)).list()));
        }
        return found;
    }

    /** By name, optionally filtered on name or place; one page plus one row to tell whether more follow. */
    public List<Organisation> search(String text, int page) {
        String pattern = Like.containing(text);
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plein_organisations "
                        + "WHERE LOWER(name) LIKE :p ESCAPE '!' OR LOWER(municipality) LIKE :p ESCAPE '!' "
                        + "ORDER BY name, id LIMIT :limit OFFSET :offset")
                .bind("p", pattern).bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> map(rs)).list());
    }

    public List<Membership> membershipsOf(String personId) {
        return jdbi.withHandle(h -> h.createQuery(MEMBERSHIP + "WHERE m.person_id = :person ORDER BY o.name LIMIT 500")
                .bind("person", personId).map((rs, ctx) -> membership(rs)).list());
    }

    public List<Membership> members(String organisationId) {
        return jdbi.withHandle(h -> h.createQuery(MEMBERSHIP
                        + "WHERE m.organisation_id = :org ORDER BY p.display_name LIMIT 1000")
                .bind("org", organisationId).map((rs, ctx) -> membership(rs)).list());
    }

    public Optional<Membership> membership(String organisationId, String personId) {
        if (personId == null) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery(MEMBERSHIP + "WHERE m.organisation_id = :org AND m.person_id = :person")
                .bind("org", organisationId).bind("person", personId).map((rs, ctx) -> membership(rs)).findOne());
    }

    /** Adds the person, or leaves an existing membership as it is. */
    public void join(String organisationId, String personId, String role) {
        jdbi.useHandle(h -> addMember(h, organisationId, personId, role, clock.instant()));
    }

    /**
     * Changes a member's role, unless that would leave the organisation without an administrator. Checked inside
     * the write transaction, so two administrators demoting each other at once cannot both succeed.
     */
    public boolean setRole(String organisationId, String personId, String role) {
        return jdbi.inTransaction(h -> {
            if (!Membership.ADMIN.equals(role) && isLastAdmin(h, organisationId, personId)) return false;
            h.createUpdate("UPDATE plein_memberships SET role = :role WHERE organisation_id = :org AND person_id = :person")
                    .bind("role", role).bind("org", organisationId).bind("person", personId).execute();
            return true;
        });
    }

    /** Removes a member (or lets one leave), unless they are the last administrator. */
    public boolean remove(String organisationId, String personId) {
        return jdbi.inTransaction(h -> {
            if (isLastAdmin(h, organisationId, personId)) return false;
            h.createUpdate("DELETE FROM plein_memberships WHERE organisation_id = :org AND person_id = :person")
                    .bind("org", organisationId).bind("person", personId).execute();
            return true;
        });
    }

    private static boolean isLastAdmin(Handle h, String organisationId, String personId) {
        List<String> admins = h.createQuery("SELECT person_id FROM plein_memberships WHERE organisation_id = :org "
                        + "AND role = 'admin'").bind("org", organisationId).mapTo(String.class).list();
        return admins.size() == 1 && admins.get(0).equals(personId);
    }

    private static void addMember(Handle h, String organisationId, String personId, String role, Instant now) {
        h.createUpdate("INSERT INTO plein_memberships (organisation_id, person_id, role, joined_at) "
                        + "VALUES (:org, :person, :role, :now) ON CONFLICT (organisation_id, person_id) DO NOTHING")
                .bind("org", organisationId).bind("person", personId).bind("role", role).bind("now", now).execute();
    }

    private static Organisation map(ResultSet rs) throws SQLException {
        return new Organisation(rs.getString("id"), rs.getString("name"),
                OrganisationKind.of(rs.getString("kind")).orElse(OrganisationKind.OTHER), rs.getString("municipality"),
                rs.getString("province"), rs.getString("website"), rs.getString("description"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(rs.getString("organisation_id"), rs.getString("organisation_name"),
                rs.getString("person_id"), rs.getString("display_name"), rs.getString("role"),
                Instant.ofEpochMilli(rs.getLong("joined_at")));
    }
}
