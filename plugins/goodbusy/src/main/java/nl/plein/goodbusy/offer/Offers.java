package nl.plein.goodbusy.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.api.Ids;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.Rows;
import nl.plein.goodbusy.Versions;
import nl.plein.goodbusy.vocabulary.Vocabulary;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** Companies' offers. */
public final class Offers {

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Offers(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    public Offer create(String companyId, OfferDraft draft, String createdBy) {
        String id = ids.next();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> changed(h, bind(h.createUpdate("""
                        INSERT INTO goodbusy_offers (id, company_id, title, description, form, causes, skills, group_size,
                            available_from, available_until, remote_ok, on_site_ok, provinces, vog_willing, status,
                            created_by, created_at, updated_at)
                        VALUES (:id, :companyId, :title, :description, :form, :causes, :skills, :groupSize,
                            :availableFrom, :availableUntil, :remoteOk, :onSiteOk, :provinces, :vogWilling, :status,
                            :createdBy, :now, :now)"""), draft)
                .bind("id", id).bind("companyId", companyId).bind("status", ItemStatus.OPEN.code())
                .bind("createdBy", createdBy).bind("now", now).execute()));
        return find(id).orElseThrow();
    }

    /** Saves the new text; a closed item is history and is not changed: returns false then (and for unknown ids). */
    public boolean update(String id, OfferDraft draft) {
        return jdbi.inTransaction(h -> changed(h, bind(h.createUpdate("""
                        UPDATE goodbusy_offers SET title = :title, description = :description, form = :form,
                            causes = :causes, skills = :skills, group_size = :groupSize, available_from = :availableFrom,
                            available_until = :availableUntil, remote_ok = :remoteOk, on_site_ok = :onSiteOk,
                            provinces = :provinces, vog_willing = :vogWilling, updated_at = :now
                        WHERE id = :id AND status <> :closed"""), draft)
                .bind("id", id).bind("closed", ItemStatus.CLOSED.code()).bind("now", clock.instant()).execute())) == 1;
    }

    /** Pauses, opens again or closes. A closed offer stays closed: returns false then (and for unknown ids). */
    public boolean setStatus(String id, ItemStatus status) {
        return jdbi.inTransaction(h -> changed(h, h.createUpdate("""
                        UPDATE goodbusy_offers SET status = :status, updated_at = :now
                        WHERE id = :id AND status <> :closed""")
                .bind("status", status.code()).bind("closed", ItemStatus.CLOSED.code()).bind("id", id)
                .bind("now", clock.instant()).execute())) == 1;
    }

    /** Raises the matching counter with a write that changed rows (see {@link Versions}). */
    private static int changed(Handle h, int rows) {
        if (rows > 0) Versions.raise(h, Versions.OFFERS);
        return rows;
    }

    public Optional<Offer> find(String id) {
        if (!Rows.plausibleId(id)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goodbusy_offers WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> offer(rs)).findOne());
    }

    public Map<String, Offer> findAll(Collection<String> ids) {
        if (ids.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goodbusy_offers WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids)).map((rs, ctx) -> offer(rs)).stream()
                .collect(Collectors.toMap(Offer::id, Function.identity())));
    }

    /** All offers of one company, open first, newest first. */
    public List<Offer> ofCompany(String companyId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_offers WHERE company_id = :company
                        ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'paused' THEN 1 ELSE 2 END, created_at DESC, id
                        LIMIT 500""")
                .bind("company", companyId).map((rs, ctx) -> offer(rs)).list());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, OfferDraft d) {
        return statement.bind("title", d.title()).bind("description", d.description()).bind("form", d.form())
                .bind("causes", Vocabulary.join(Vocabulary.CAUSES, d.causes()))
                .bind("skills", Vocabulary.join(Vocabulary.SKILLS, d.skills())).bind("groupSize", d.groupSize())
                .bind("availableFrom", d.availableFrom().toString())
                .bind("availableUntil", d.availableUntil().toString()).bind("remoteOk", d.remoteOk())
                .bind("onSiteOk", d.onSiteOk()).bind("provinces", Vocabulary.join(Vocabulary.PROVINCES, d.provinces()))
                .bind("vogWilling", d.vogWilling());
    }

    static Offer offer(ResultSet rs) throws SQLException {
        return new Offer(rs.getString("id"), rs.getString("company_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("form"), Vocabulary.split(rs.getString("causes")),
                Vocabulary.split(rs.getString("skills")), rs.getInt("group_size"),
                LocalDate.parse(rs.getString("available_from")), LocalDate.parse(rs.getString("available_until")),
                rs.getBoolean("remote_ok"), rs.getBoolean("on_site_ok"), Vocabulary.split(rs.getString("provinces")),
                rs.getBoolean("vog_willing"), ItemStatus.of(rs.getString("status")).orElse(ItemStatus.CLOSED),
                rs.getString("created_by"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
