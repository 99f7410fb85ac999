package nl.plein.goodbusy.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.impact.CompanyImpact.Share;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Read-only figures from the hours, matches and requests the deal part writes. Every figure is one grouped
 * statement over {@code goodbusy_hours (company_id, status, worked_on)} or {@code (organisation_id, status)}, so a
 * company with thousands of registrations costs the same few statements as one with ten. Dates are ISO text, so a
 * year is the text range {@code 'YYYY-01-01'..'YYYY-12-31'} and a month {@code SUBSTR(worked_on, 1, 7)}: the same on
 * SQLite and PostgreSQL, without date functions.
 */
public final class ImpactRepository {

    static final String APPROVED = "approved";
    static final String PENDING = "pending";
    /** A year of one company's registrations fits easily; the bound keeps an export from running away. */
    static final int MAX_EXPORT_ROWS = 100_000;

    private final Jdbi jdbi;

    public ImpactRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public CompanyImpact company(String companyId, int year, Integer hoursBudget) {
        String from = year + "-01-01";
        String to = year + "-12-31";
        return jdbi.withHandle(h -> {
            long[] months = new long[12];
            long pending = 0;
            List<MonthRow> rows = h.createQuery("""
                            SELECT SUBSTR(worked_on, 1, 7) AS month, status, SUM(minutes) AS minutes
                              FROM goodbusy_hours
                             WHERE company_id = :company AND status IN (:approved, :pending)
                               AND worked_on >= :from AND worked_on <= :to
                             GROUP BY SUBSTR(worked_on, 1, 7), status""")
                    .bind("company", companyId).bind("approved", APPROVED).bind("pending", PENDING)
                    .bind("from", from).bind("to", to)
                    .map((rs, ctx) -> new MonthRow(monthOf(rs.getString("month")), rs.getString("status"),
                            rs.getLong("minutes")))
                    .list();
            for (MonthRow row : rows) {
                if (PENDING.equals(row.status())) pending += row.minutes();
                else if (row.month() >= 1) months[row.month() - 1] += row.minutes();
            }
            int participants = h.createQuery("""
                            SELECT COUNT(DISTINCT person_id) FROM goodbusy_hours
                             WHERE company_id = :company AND status = :approved
                               AND worked_on >= :from AND worked_on <= :to""")
                    .bind("company", companyId).bind("approved", APPROVED).bind("from", from).bind("to", to)
                    .mapTo(Integer.class).one();
            List<Share> organisations = h.createQuery("""
                            SELECT organisation_id AS share, SUM(minutes) AS minutes FROM goodbusy_hours
                             WHERE company_id = :company AND status = :approved
                               AND worked_on >= :from AND worked_on <= :to
                             GROUP BY organisation_id ORDER BY SUM(minutes) DESC, organisation_id LIMIT 1000""")
                    .bind("company", companyId).bind("approved", APPROVED).bind("from", from).bind("to", to)
                    .map((rs, ctx) -> new Share(rs.getString("share"), rs.getLong("minutes"))).list();
            List<Share> causes = h.createQuery("""
                            SELECT r.cause AS share, SUM(h.minutes) AS minutes
                              FROM goodbusy_hours h
                              JOIN goodbusy_matches m ON m.id = h.match_id
                              JOIN goodbusy_requests r ON r.id = m.request_id
                             WHERE h.company_id = :company AND h.status = :approved
                               AND h.worked_on >= :from AND h.worked_on <= :to
                             GROUP BY r.cause ORDER BY SUM(h.minutes) DESC, r.cause""")
                    .bind("company", companyId).bind("approved", APPROVED).bind("from", from).bind("to", to)
                    .map((rs, ctx) -> new Share(rs.getString("share"), rs.getLong("minutes"))).list();
            int[] matches = matchesInYear(h, companyId, from, to);
            return new CompanyImpact(companyId, year, Arrays.stream(months).boxed().toList(), pending,
                    organisations, causes, participants, matches[0], matches[1], hoursBudget);
        });
    }

    /**
     * Agreed and done matches whose agreement's dates reach into the year: a match belongs to the year its work is
     * planned in, not to the day it was proposed.
     */
    private static int[] matchesInYear(Handle h, String companyId, String from, String to) {
        int[] counts = new int[2];
        List<StatusCount> rows = h.createQuery("""
                        SELECT m.status, COUNT(*) AS matches
                          FROM goodbusy_matches m JOIN goodbusy_agreements a ON a.match_id = m.id
                         WHERE m.company_id = :company AND m.status IN (:agreed, :done)
                           AND a.starts_on <= :to AND a.ends_on >= :from
                         GROUP BY m.status""")
                .bind("company", companyId).bind("agreed", MatchStatus.AGREED.code())
                .bind("done", MatchStatus.DONE.code()).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new StatusCount(rs.getString("status"), rs.getInt("matches"))).list();
        for (StatusCount row : rows) counts[MatchStatus.DONE.code().equals(row.status()) ? 1 : 0] += row.count();
        return counts;
    }

    private record MonthRow(int month, String status, long minutes) {
    }

    private record StatusCount(String status, int count) {
    }

    /**
     * One approved registration, as the CSV export lists it.
     *
     * @param personId null once the person erased their account
     */
    public record Entry(String id, String workedOn, long minutes, String personId, String organisationId,
                        String requestTitle, String cause, String form) {
    }

    /** The year's approved registrations of a company, by day worked. */
    public List<Entry> approvedEntries(String companyId, int year) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT h.id, h.worked_on, h.minutes, h.person_id, h.organisation_id, r.title, r.cause, r.form
                          FROM goodbusy_hours h
                          JOIN goodbusy_matches m ON m.id = h.match_id
                          JOIN goodbusy_requests r ON r.id = m.request_id
                         WHERE h.company_id = :company AND h.status = :approved
                           AND h.worked_on >= :from AND h.worked_on <= :to
                         ORDER BY h.worked_on, h.id LIMIT :limit""")
                .bind("company", companyId).bind("approved", APPROVED).bind("from", year + "-01-01")
                .bind("to", year + "-12-31").bind("limit", MAX_EXPORT_ROWS)
                .map((rs, ctx) -> new Entry(rs.getString("id"), rs.getString("worked_on"), rs.getLong("minutes"),
                        rs.getString("person_id"), rs.getString("organisation_id"), rs.getString("title"),
                        rs.getString("cause"), rs.getString("form")))
                .list());
    }

    /** "2026-03" → 3; anything else (a malformed date written by mistake) → 0, left out of the months. */
    static int monthOf(String yearMonth) {
        if (yearMonth == null || !yearMonth.matches("[0-9]{4}-[0-9]{2}")) return 0;
        int month = Integer.parseInt(yearMonth.substring(5));
        return month >= 1 && month <= 12 ? month : 0;
    }

    /** Help an organisation received. */
    public record Received(long approvedMinutes, List<Share> companies, List<RequestHours> requests,
                           List<Evaluation> evaluations) {
    }

    /** Hours on one request of the organisation: approved, and registered but still waiting for its approval. */
    public record RequestHours(String requestId, long approvedMinutes, long pendingMinutes, int pendingEntries) {
    }

    /**
     * An evaluation in a match of the organisation.
     *
     * @param side who wrote it: {@code organisation} (given) or {@code company} (received)
     */
    public record Evaluation(String matchId, String side, String companyId, String requestId, int rating,
                             String wentWell, String toImprove, String thanks, java.time.Instant createdAt) {
    }

    /** Everything an organisation received, over all years (three statements). */
    public Received organisation(String organisationId) {
        return jdbi.withHandle(h -> {
            List<Share> companies = h.createQuery("""
                            SELECT company_id AS share, SUM(minutes) AS minutes FROM goodbusy_hours
                             WHERE organisation_id = :organisation AND status = :approved
                             GROUP BY company_id ORDER BY SUM(minutes) DESC, company_id LIMIT 1000""")
                    .bind("organisation", organisationId).bind("approved", APPROVED)
                    .map((rs, ctx) -> new Share(rs.getString("share"), rs.getLong("minutes"))).list();
            List<RequestHours> requests = h.createQuery("""
                            SELECT m.request_id,
                                   SUM(CASE WHEN h.status = :approved THEN h.minutes ELSE 0 END) AS approved,
                                   SUM(CASE WHEN h.status = :pending THEN h.minutes ELSE 0 END) AS pending,
                                   SUM(CASE WHEN h.status = :pending THEN 1 ELSE 0 END) AS pending_entries
                              FROM goodbusy_hours h JOIN goodbusy_matches m ON m.id = h.match_id
                             WHERE h.organisation_id = :organisation AND h.status IN (:approved, :pending)
                             GROUP BY m.request_id ORDER BY SUM(h.minutes) DESC, m.request_id LIMIT 1000""")
                    .bind("organisation", organisationId).bind("approved", APPROVED).bind("pending", PENDING)
                    .map((rs, ctx) -> new RequestHours(rs.getString("request_id"), rs.getLong("approved"),
                            rs.getLong("pending"), rs.getInt("pending_entries")))
                    .list();
            List<Evaluation> evaluations = h.createQuery("""
                            SELECT e.match_id, e.side, e.rating, e.went_well, e.to_improve, e.thanks, e.created_at,
                                   m.company_id, m.request_id
                              FROM goodbusy_evaluations e JOIN goodbusy_matches m ON m.id = e.match_id
                             WHERE m.organisation_id = :organisation
                             ORDER BY e.created_at DESC, e.match_id, e.side LIMIT 200""")
                    .bind("organisation", organisationId)
                    .map((rs, ctx) -> new Evaluation(rs.getString("match_id"), rs.getString("side"),
                            rs.getString("company_id"), rs.getString("request_id"), rs.getInt("rating"),
                            rs.getString("went_well"), rs.getString("to_improve"), rs.getString("thanks"),
                            java.time.Instant.ofEpochMilli(rs.getLong("created_at"))))
                    .list();
            long total = companies.stream().mapToLong(Share::minutes).sum();
            return new Received(total, companies, new ArrayList<>(requests), evaluations);
        });
    }
}
