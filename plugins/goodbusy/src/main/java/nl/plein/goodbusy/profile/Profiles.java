package nl.plein.goodbusy.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.goodbusy.Versions;
import nl.plein.goodbusy.vocabulary.Vocabulary;
import org.jdbi.v3.core.Jdbi;

/** Company and social-organisation profiles: one row per core organisation, written whole. */
public final class Profiles {

    private final Jdbi jdbi;
    private final Clock clock;

    public Profiles(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<CompanyProfile> company(String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goodbusy_companies WHERE organisation_id = :id")
                .bind("id", organisationId).map((rs, ctx) -> company(rs)).findOne());
    }

    public Map<String, CompanyProfile> companies(Collection<String> organisationIds) {
        if (organisationIds.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goodbusy_companies WHERE organisation_id IN (<ids>)")
                .bindList("ids", List.copyOf(organisationIds)).map((rs, ctx) -> company(rs)).stream()
                .collect(Collectors.toMap(CompanyProfile::organisationId, Function.identity())));
    }

    public CompanyProfile saveCompany(String organisationId, String sector, String sizeBand, List<String> provinces,
                                      List<String> causes, List<String> skills, List<String> forms, int hoursBudget,
                                      String description) {
        Instant now = clock.instant();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO goodbusy_companies (organisation_id, sector, size_band, provinces, causes, skills, forms,
                                                        hours_budget, description, updated_at)
                        VALUES (:id, :sector, :size, :provinces, :causes, :skills, :forms, :budget, :description, :now)
                        ON CONFLICT (organisation_id) DO UPDATE SET sector = excluded.sector, size_band = excluded.size_band,
                            provinces = excluded.provinces, causes = excluded.causes, skills = excluded.skills,
                            forms = excluded.forms, hours_budget = excluded.hours_budget,
                            description = excluded.description, updated_at = excluded.updated_at""")
                .bind("id", organisationId).bind("sector", sector).bind("size", sizeBand)
                .bind("provinces", Vocabulary.join(Vocabulary.PROVINCES, provinces))
                .bind("causes", Vocabulary.join(Vocabulary.CAUSES, causes))
                .bind("skills", Vocabulary.join(Vocabulary.SKILLS, skills))
                .bind("forms", Vocabulary.join(Vocabulary.FORMS, forms))
                .bind("budget", hoursBudget).bind("description", description).bind("now", now).execute());
        return company(organisationId).orElseThrow();
    }

    public Optional<OrganisationProfile> organisation(String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goodbusy_organisations WHERE organisation_id = :id")
                .bind("id", organisationId).map((rs, ctx) -> organisation(rs)).findOne());
    }

    public Map<String, OrganisationProfile> organisations(Collection<String> organisationIds) {
        if (organisationIds.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM goodbusy_organisations WHERE organisation_id IN (<ids>)")
                .bindList("ids", List.copyOf(organisationIds)).map((rs, ctx) -> organisation(rs)).stream()
                .collect(Collectors.toMap(OrganisationProfile::organisationId, Function.identity())));
    }

    public OrganisationProfile saveOrganisation(String organisationId, String mission, String targetGroups,
                                                String province, String municipality, int supervisionCapacity) {
        // The supervision capacity is part of what matching reads of a request.
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                        INSERT INTO goodbusy_organisations (organisation_id, mission, target_groups, province, municipality,
                                                            supervision_capacity, updated_at)
                        VALUES (:id, :mission, :groups, :province, :municipality, :capacity, :now)
                        ON CONFLICT (organisation_id) DO UPDATE SET mission = excluded.mission,
                            target_groups = excluded.target_groups, province = excluded.province,
                            municipality = excluded.municipality, supervision_capacity = excluded.supervision_capacity,
                            updated_at = excluded.updated_at""")
                    .bind("id", organisationId).bind("mission", mission).bind("groups", targetGroups)
                    .bind("province", province).bind("municipality", municipality)
                    .bind("capacity", supervisionCapacity).bind("now", clock.instant()).execute();
            Versions.raise(h, Versions.REQUESTS);
        });
        return organisation(organisationId).orElseThrow();
    }

    private static CompanyProfile company(ResultSet rs) throws SQLException {
        return new CompanyProfile(rs.getString("organisation_id"), rs.getString("sector"), rs.getString("size_band"),
                Vocabulary.split(rs.getString("provinces")), Vocabulary.split(rs.getString("causes")),
                Vocabulary.split(rs.getString("skills")), Vocabulary.split(rs.getString("forms")),
                rs.getInt("hours_budget"), rs.getString("description"),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static OrganisationProfile organisation(ResultSet rs) throws SQLException {
        return new OrganisationProfile(rs.getString("organisation_id"), rs.getString("mission"),
                rs.getString("target_groups"), rs.getString("province"), rs.getString("municipality"),
                rs.getInt("supervision_capacity"), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
