package nl.plein.goodbusy.impact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.Rows;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * What is stuck in a region, read from the deal part's tables: proposals nobody answered, accepted matches without a
 * confirmed agreement, hours nobody approved, and open requests that have no live proposal at all. A match belongs to
 * the province of its request (where the help is needed). Four statements whatever the region's size, each bounded.
 */
public final class BrokerRepository {

    /** Enough to work through in a morning; the oldest come first. */
    static final int LIMIT = 200;

    private static final String MATCH_COLUMNS = """
            SELECT m.id, m.request_id, m.organisation_id, m.company_id, m.proposed_by, m.status, m.created_at,
                   m.answered_at, m.updated_at, m.nudges, r.title, r.province,
                   a.match_id AS agreement, a.organisation_confirmed_at, a.company_confirmed_at,
                   (SELECT COUNT(*) FROM goodbusy_hours h
                     WHERE h.match_id = m.id AND h.status = :pending) AS pending_entries,
                   (SELECT MIN(h.created_at) FROM goodbusy_hours h
                     WHERE h.match_id = m.id AND h.status = :pending) AS pending_since
              FROM goodbusy_matches m
              JOIN goodbusy_requests r ON r.id = m.request_id
              LEFT JOIN goodbusy_agreements a ON a.match_id = m.id
            """;

    private final Jdbi jdbi;

    public BrokerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * A region: the whole country for community managers, else the broker's provinces. A blank province is never
     * part of a region: remote requests may be stored without one ({@code ''}), and {@code Sides.oversees} refuses
     * those to brokers too, so the page must not list what the broker could not open or nudge.
     */
    public record Region(boolean everywhere, Set<String> provinces) {
        public Region {
            provinces = provinces.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.toSet());
        }

        /** A broker who belongs to no organisation with a province: nothing to look for. */
        boolean isEmpty() {
            return !everywhere && provinces.isEmpty();
        }

        /** The SQL condition on the request {@code r}; binds nothing for the whole country. */
        String condition() {
            return everywhere ? "" : " AND r.province IN (<provinces>)";
        }

        <T extends SqlStatement<T>> T bind(T statement) {
            return everywhere ? statement : statement.bindList("provinces", List.copyOf(provinces));
        }
    }

    /** An open request no live match is about: nobody has proposed, or every proposal was declined or expired. */
    public record SilentRequest(String id, String title, String organisationId, String province, Instant postedAt) {
    }

    /** The region's stuck matches by what they wait on, and its silent requests. */
    public record Stuck(List<MatchState> unanswered, List<MatchState> withoutAgreement, List<MatchState> hoursPending,
                        List<SilentRequest> silent) {
    }

    /**
     * @param before waiting since this moment or longer counts as stuck
     * @param today  requests whose dates have passed are no longer looked for
     */
    public Stuck stuck(Region region, Instant before, LocalDate today) {
        // Without a province there is no region; an empty IN list is not portable SQL either.
        if (region.isEmpty()) return new Stuck(List.of(), List.of(), List.of(), List.of());
        return jdbi.withHandle(h -> new Stuck(
                matches(h, region, "m.status = :proposed AND m.created_at <= :before", "m.created_at",
                        Map.of("proposed", MatchStatus.PROPOSED.code(), "before", before)),
                matches(h, region, "m.status = :accepted AND COALESCE(m.answered_at, m.updated_at) <= :before",
                        "COALESCE(m.answered_at, m.updated_at)",
                        Map.of("accepted", MatchStatus.ACCEPTED.code(), "before", before)),
                matches(h, region, """
                                m.status IN (:agreed, :done) AND EXISTS (SELECT 1 FROM goodbusy_hours p
                                 WHERE p.match_id = m.id AND p.status = :pending AND p.created_at <= :before)""",
                        "pending_since",
                        Map.of("agreed", MatchStatus.AGREED.code(), "done", MatchStatus.DONE.code(), "before", before)),
                silent(h, region, today)));
    }

    public Optional<MatchState> match(String id) {
        if (!Rows.plausibleId(id)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery(MATCH_COLUMNS + " WHERE m.id = :id")
                .bind("id", id).bind("pending", ImpactRepository.PENDING)
                .map((rs, ctx) -> state(rs)).findOne());
    }

    /** The match columns under a condition (our own SQL text, never user input) with its own parameters. */
    private static List<MatchState> matches(Handle h, Region region, String condition, String order,
                                            Map<String, Object> parameters) {
        return region.bind(h.createQuery(MATCH_COLUMNS + " WHERE " + condition + region.condition() + " ORDER BY "
                        + order + ", m.id LIMIT " + LIMIT))
                .bindMap(parameters).bind("pending", ImpactRepository.PENDING)
                .map((rs, ctx) -> state(rs)).list();
    }

    private static List<SilentRequest> silent(Handle h, Region region, LocalDate today) {
        return region.bind(h.createQuery("""
                        SELECT r.id, r.title, r.organisation_id, r.province, r.created_at FROM goodbusy_requests r
                         WHERE r.status = :open AND r.ends_on >= :today
                           AND NOT EXISTS (SELECT 1 FROM goodbusy_matches m WHERE m.request_id = r.id
                                            AND m.status IN (:proposed, :accepted, :agreed, :done))"""
                        + region.condition() + " ORDER BY r.created_at, r.id LIMIT " + LIMIT))
                .bind("open", ItemStatus.OPEN.code()).bind("today", today.toString())
                .bind("proposed", MatchStatus.PROPOSED.code()).bind("accepted", MatchStatus.ACCEPTED.code())
                .bind("agreed", MatchStatus.AGREED.code()).bind("done", MatchStatus.DONE.code())
                .map((rs, ctx) -> new SilentRequest(rs.getString("id"), rs.getString("title"),
                        rs.getString("organisation_id"), rs.getString("province"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    private static MatchState state(ResultSet rs) throws SQLException {
        return new MatchState(rs.getString("id"), rs.getString("request_id"), rs.getString("title"),
                rs.getString("province"), rs.getString("organisation_id"), rs.getString("company_id"),
                // Codes the deal part does not write would be a bug there; such a match is shown as ended.
                MatchStatus.of(rs.getString("status")).orElse(MatchStatus.WITHDRAWN),
                Side.of(rs.getString("proposed_by")).orElse(Side.ORGANISATION), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "answered_at"), Rows.instant(rs, "updated_at"), rs.getString("agreement") != null,
                Rows.instant(rs, "organisation_confirmed_at"), Rows.instant(rs, "company_confirmed_at"),
                rs.getInt("pending_entries"), Rows.instant(rs, "pending_since"), rs.getInt("nudges"));
    }
}
