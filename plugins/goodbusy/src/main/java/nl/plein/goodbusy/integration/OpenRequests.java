package nl.plein.goodbusy.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.plein.api.form.Paging;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;
import org.jdbi.v3.core.Jdbi;

/**
 * What the rest of the platform shows of Good Busy: open requests whose dates have not passed (the same rule as the
 * public list of requests), and how many proposals wait for a coordinator's answer. Paused and closed requests, and
 * offers (which only signed-in people may see), never leave the plugin's own pages.
 */
final class OpenRequests {

    private final Jdbi jdbi;

    OpenRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** An open request as a home-page line or a search hit shows it. */
    record OpenRequest(String id, String organisationId, String title, String description, String cause,
                       boolean remote, String municipality, String province, LocalDate startsOn, LocalDate endsOn,
                       Instant createdAt) {
    }

    /**
     * The newest open requests. Nearly every open request is still ahead, so the date is checked on the few rows read
     * newest first through {@code goodbusy_requests_newest}; written as an expression ({@code ends_on || ''}) so that
     * neither engine picks the (status, ends_on) index instead and sorts thousands of rows for every home page.
     */
    List<OpenRequest> newest(LocalDate today, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_requests WHERE status = :open AND (ends_on || '') >= :today
                         ORDER BY created_at DESC, id LIMIT :limit""")
                .bind("open", ItemStatus.OPEN.code()).bind("today", today.toString()).bind("limit", limit)
                .map((rs, ctx) -> request(rs)).list());
    }

    /**
     * Open requests with the text in their title or description, newest first, at most {@code limit}. Wildcards in
     * the text are taken literally. One bounded statement: the search is public, so nothing in it may grow with the
     * number of requests or organisations.
     */
    List<OpenRequest> search(String text, LocalDate today, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_requests
                         WHERE status = :open AND ends_on >= :today
                           AND (LOWER(title) LIKE :p ESCAPE '!' OR LOWER(description) LIKE :p ESCAPE '!')
                         ORDER BY created_at DESC, id LIMIT :limit""")
                .bind("open", ItemStatus.OPEN.code()).bind("today", today.toString())
                .bind("p", Paging.likeContaining(text)).bind("limit", limit)
                .map((rs, ctx) -> request(rs)).list());
    }

    /**
     * Proposals waiting for an answer from one of the visitor's sides: a company's proposal waits for the
     * organisation, an organisation's for the company.
     */
    int waitingForAnswer(Collection<String> organisationIds, Collection<String> companyIds) {
        if (organisationIds.isEmpty() && companyIds.isEmpty()) return 0;
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM goodbusy_matches
                         WHERE status = :proposed
                           AND ((proposed_by = :company AND organisation_id IN (<organisations>))
                             OR (proposed_by = :organisation AND company_id IN (<companies>)))""")
                .bind("proposed", MatchStatus.PROPOSED.code()).bind("company", Side.COMPANY.code())
                .bind("organisation", Side.ORGANISATION.code())
                .bindList("organisations", organisationIds.isEmpty() ? List.of("") : List.copyOf(organisationIds))
                .bindList("companies", companyIds.isEmpty() ? List.of("") : List.copyOf(companyIds))
                .mapTo(Integer.class).one());
    }

    private static OpenRequest request(ResultSet rs) throws SQLException {
        return new OpenRequest(rs.getString("id"), rs.getString("organisation_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("cause"), rs.getBoolean("remote"),
                rs.getString("municipality"), rs.getString("province"), LocalDate.parse(rs.getString("starts_on")),
                LocalDate.parse(rs.getString("ends_on")), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
