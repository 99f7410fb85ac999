package nl.plein.webinars.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The weeks for the index: those still to come (or running) soonest first, and those that ended latest first. Kept
 * apart from {@link ProgrammeRepository#weeks} so each list is bounded and ordered the way it is read, in one query.
 */
final class WeekCalendar {

    static final int LIMIT = 100;

    private final Jdbi jdbi;

    WeekCalendar(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Weeks that end today or later, soonest first; drafts only when {@code includeUnpublished}. */
    List<Week> coming(LocalDate today, boolean includeUnpublished) {
        return list("ends_on >= :today", "starts_on, id", today, includeUnpublished);
    }

    /** Weeks that ended before today, latest first; drafts only when {@code includeUnpublished}. */
    List<Week> past(LocalDate today, boolean includeUnpublished) {
        return list("ends_on < :today", "starts_on DESC, id", today, includeUnpublished);
    }

    private List<Week> list(String when, String order, LocalDate today, boolean includeUnpublished) {
        // ISO dates (YYYY-MM-DD) compare as text in date order, on SQLite and PostgreSQL alike.
        String drafts = includeUnpublished ? "" : " AND published = :yes";
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT id, theme, description, starts_on, ends_on, published "
                            + "FROM webinars_weeks WHERE " + when + drafts + " ORDER BY " + order + " LIMIT :limit")
                    .bind("today", today.toString()).bind("limit", LIMIT);
            if (!includeUnpublished) query.bind("yes", true);
            return query.map((rs, ctx) -> week(rs)).list();
        });
    }

    private static Week week(ResultSet rs) throws SQLException {
        return new Week(rs.getString("id"), rs.getString("theme"), rs.getString("description"),
                LocalDate.parse(rs.getString("starts_on")), LocalDate.parse(rs.getString("ends_on")),
                rs.getBoolean("published"));
    }
}
