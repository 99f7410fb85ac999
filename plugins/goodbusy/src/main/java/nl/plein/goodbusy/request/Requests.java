package nl.plein.goodbusy.request;

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
import nl.plein.api.form.Paging;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.Rows;
import nl.plein.goodbusy.Versions;
import nl.plein.goodbusy.vocabulary.Vocabulary;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** Social organisations' requests (hulpvragen). */
public final class Requests {

    public static final int PAGE_SIZE = 20;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Requests(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    public HelpRequest create(String organisationId, RequestDraft draft, String createdBy) {
        String id = ids.next();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> changed(h, bind(h.createUpdate("""
                        INSERT INTO goodbusy_requests (id, organisation_id, title, description, form, cause, skills,
                            min_group, max_group, date_kind, starts_on, ends_on, recurrence, remote, municipality, province,
                            vog_required, accessibility, status, created_by, created_at, updated_at)
                        VALUES (:id, :organisationId, :title, :description, :form, :cause, :skills, :minGroup, :maxGroup,
                            :dateKind, :startsOn, :endsOn, :recurrence, :remote, :municipality, :province, :vogRequired,
                            :accessibility, :status, :createdBy, :now, :now)"""), draft)
                .bind("id", id).bind("organisationId", organisationId).bind("status", ItemStatus.OPEN.code())
                .bind("createdBy", createdBy).bind("now", now).execute()));
        return find(id).orElseThrow();
    }

    /** Saves the new text; a closed item is history and is not changed: returns false then (and for unknown ids). */
    public boolean update(String id, RequestDraft draft) {
        return jdbi.inTransaction(h -> changed(h, bind(h.createUpdate("""
                        UPDATE goodbusy_requests SET title = :title, description = :description, form = :form,
                            cause = :cause, skills = :skills, min_group = :minGroup, max_group = :maxGroup,
                            date_kind = :dateKind, starts_on = :startsOn, ends_on = :endsOn, recurrence = :recurrence,
                            remote = :remote, municipality = :municipality, province = :province,
                            vog_required = :vogRequired, accessibility = :accessibility, updated_at = :now
                        WHERE id = :id AND status <> :closed"""), draft)
                .bind("id", id).bind("closed", ItemStatus.CLOSED.code()).bind("now", clock.instant()).execute())) == 1;
    }

    /** Pauses, opens again or closes. A closed request stays closed: returns false then (and for unknown ids). */
    public boolean setStatus(String id, ItemStatus status) {
        return jdbi.inTransaction(h -> changed(h, h.createUpdate("""
                        UPDATE goodbusy_requests SET status = :status, updated_at = :now
                        WHERE id = :id AND status <> :closed""")
                .bind("status", status.code()).bind("closed", ItemStatus.CLOSED.code()).bind("id", id)
                .bind("now", clock.instant()).execute())) == 1;
    }

    /** Raises the matching counter with a write that changed rows (see {@link Versions}). */
    private static int changed(Handle h, int rows) {
        if (rows > 0) Versions.raise(h, Versions.REQUESTS);
        return rows;
    }

    public Optional<HelpRequest> find(String id) {
        if (!Rows.plausibleId(id)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goodbusy_requests WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> request(rs)).findOne());
    }

    public Map<String, HelpRequest> findAll(Collection<String> ids) {
        if (ids.isEmpty()) return Map.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goodbusy_requests WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids)).map((rs, ctx) -> request(rs)).stream()
                .collect(Collectors.toMap(HelpRequest::id, Function.identity())));
    }

    /** All requests of one organisation, open first, newest first. */
    public List<HelpRequest> ofOrganisation(String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_requests WHERE organisation_id = :org
                        ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'paused' THEN 1 ELSE 2 END, created_at DESC, id
                        LIMIT 500""")
                .bind("org", organisationId).map((rs, ctx) -> request(rs)).list());
    }

    /**
     * Open requests whose dates have not passed, newest first, one page (plus one row to tell whether there is a
     * next page). Empty filter values mean "any".
     */
    public List<HelpRequest> openPage(String cause, String form, String province, String text, LocalDate today,
                                      int page) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_requests
                        WHERE status = 'open' AND ends_on >= :today
                          AND (:cause = '' OR cause = :cause) AND (:form = '' OR form = :form)
                          AND (:province = '' OR province = :province OR remote = :yes)
                          AND (:text = '' OR LOWER(title) LIKE :like ESCAPE '!' OR LOWER(description) LIKE :like ESCAPE '!')
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .bind("today", today.toString()).bind("cause", cause).bind("form", form).bind("province", province)
                .bind("yes", true).bind("text", text).bind("like", Paging.likeContaining(text))
                .bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> request(rs)).list());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, RequestDraft d) {
        return statement.bind("title", d.title()).bind("description", d.description()).bind("form", d.form())
                .bind("cause", d.cause()).bind("skills", Vocabulary.join(Vocabulary.SKILLS, d.skills()))
                .bind("minGroup", d.minGroup()).bind("maxGroup", d.maxGroup()).bind("dateKind", d.dateKind().code())
                .bind("startsOn", d.startsOn().toString()).bind("endsOn", d.endsOn().toString())
                .bind("recurrence", d.recurrence()).bind("remote", d.remote()).bind("municipality", d.municipality())
                .bind("province", d.province()).bind("vogRequired", d.vogRequired())
                .bind("accessibility", d.accessibility());
    }

    static HelpRequest request(ResultSet rs) throws SQLException {
        return new HelpRequest(rs.getString("id"), rs.getString("organisation_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("form"), rs.getString("cause"),
                Vocabulary.split(rs.getString("skills")), rs.getInt("min_group"), rs.getInt("max_group"),
                DateKind.of(rs.getString("date_kind")).orElse(DateKind.PERIOD),
                LocalDate.parse(rs.getString("starts_on")), LocalDate.parse(rs.getString("ends_on")),
                rs.getString("recurrence"), rs.getBoolean("remote"), rs.getString("municipality"),
                rs.getString("province"), rs.getBoolean("vog_required"), rs.getString("accessibility"),
                ItemStatus.of(rs.getString("status")).orElse(ItemStatus.CLOSED), rs.getString("created_by"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
