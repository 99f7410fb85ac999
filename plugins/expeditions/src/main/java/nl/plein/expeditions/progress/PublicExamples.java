package nl.plein.expeditions.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The good examples organisations published from their logbooks, with consent: the only part of a logbook that is
 * public. Read here for the public page and for search, so both show the same entries the same way. Organisations
 * publish and withdraw them through {@link Logbook}.
 */
public final class PublicExamples {

    static final int PAGE_SIZE = 25;
    /** A public example is shared with the group too; both are asked, so nothing less than shared ever leaks. */
    private static final String SELECT = "SELECT l.id, l.organisation_id, l.happened_on, l.action, l.result, "
            + "l.reflection, l.created_at, e.id AS expedition_id, e.title, e.published, "
            + "COALESCE(p.target_group, e.focus) AS target_group "
            + "FROM expeditions_log_entries l JOIN expeditions_expeditions e ON e.id = l.expedition_id "
            + "LEFT JOIN expeditions_plans p ON p.expedition_id = l.expedition_id "
            + "AND p.organisation_id = l.organisation_id "
            + "WHERE l.public_example = :yes AND l.shared = :yes ";

    private final Jdbi jdbi;

    public PublicExamples(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One page, newest first, plus one row to tell whether more follow. */
    List<PublicExample> page(int page) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "ORDER BY l.created_at DESC, l.id DESC "
                        + "LIMIT :limit OFFSET :offset")
                .bind("yes", true).bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> example(rs)).list());
    }

    /**
     * The newest examples whose action or result matches.
     *
     * @param pattern a lower-case {@code LIKE} pattern whose own {@code !}, {@code %} and {@code _} are escaped
     *                with {@code !}
     */
    public List<PublicExample> search(String pattern, int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "AND (LOWER(l.action) LIKE :p ESCAPE '!' "
                        + "OR LOWER(l.result) LIKE :p ESCAPE '!') ORDER BY l.created_at DESC, l.id DESC LIMIT :limit")
                .bind("yes", true).bind("p", pattern).bind("limit", limit)
                .map((rs, ctx) -> example(rs)).list());
    }

    private static PublicExample example(ResultSet rs) throws SQLException {
        boolean published = rs.getBoolean("published");
        return new PublicExample(rs.getString("id"), rs.getString("organisation_id"),
                LocalDate.parse(rs.getString("happened_on")), rs.getString("action"), rs.getString("result"),
                rs.getString("reflection"), Instant.ofEpochMilli(rs.getLong("created_at")),
                published ? rs.getString("expedition_id") : null, published ? rs.getString("title") : null,
                rs.getString("target_group"), null);
    }
}
