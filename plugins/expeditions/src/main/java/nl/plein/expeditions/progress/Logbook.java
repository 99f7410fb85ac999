package nl.plein.expeditions.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/**
 * The organisations' logbooks: one organisation's own pages, and the entries shared with the group. The public
 * examples are read through {@link PublicExamples}.
 */
final class Logbook {

    static final int PAGE_SIZE = 25;
    private static final String COLUMNS = "id, organisation_id, happened_on, action, result, reflection, "
            + "attachment_id, shared, public_example, created_at";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Logbook(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    String add(String expeditionId, String organisationId, LogEntry.Draft draft, String attachmentId, String authorId) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_log_entries (id, expedition_id, organisation_id, "
                        + "happened_on, action, result, reflection, attachment_id, shared, public_example, author_id, "
                        + "created_at) VALUES (:id, :expedition, :org, :on, :action, :result, :reflection, :attachment, "
                        + ":shared, :public, :author, :now)")
                .bind("id", id).bind("expedition", expeditionId).bind("org", organisationId)
                .bind("on", draft.happenedOn().toString()).bind("action", draft.action())
                .bind("result", draft.result()).bind("reflection", draft.reflection()).bind("attachment", attachmentId)
                .bind("shared", draft.shared()).bind("public", draft.publicExample()).bind("author", authorId)
                .bind("now", clock.instant()).execute());
        return id;
    }

    /** One page of the organisation's entries, latest day first, plus one row to tell whether more follow. */
    List<LogEntry> ofOrganisation(String expeditionId, String organisationId, int page) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM expeditions_log_entries "
                        + "WHERE expedition_id = :expedition AND organisation_id = :org "
                        + "ORDER BY happened_on DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("expedition", expeditionId).bind("org", organisationId).bind("limit", PAGE_SIZE + 1)
                .bind("offset", (page - 1) * PAGE_SIZE).map((rs, ctx) -> entry(rs)).list());
    }

    /** One page of the entries shared with the group, latest written first, plus one row to tell whether more follow. */
    List<LogEntry> shared(String expeditionId, int page) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM expeditions_log_entries "
                        + "WHERE expedition_id = :expedition AND shared = :yes "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("expedition", expeditionId).bind("yes", true).bind("limit", PAGE_SIZE + 1)
                .bind("offset", (page - 1) * PAGE_SIZE).map((rs, ctx) -> entry(rs)).list());
    }

    Optional<LogEntry> find(String expeditionId, String organisationId, String entryId) {
        if (entryId.length() > 36) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM expeditions_log_entries "
                        + "WHERE id = :id AND expedition_id = :expedition AND organisation_id = :org")
                .bind("id", entryId).bind("expedition", expeditionId).bind("org", organisationId)
                .map((rs, ctx) -> entry(rs)).findOne());
    }

    /**
     * Takes the entry off the public examples (it stays shared with the group).
     *
     * @return whether the organisation has this entry in this expedition
     */
    boolean withdrawExample(String expeditionId, String organisationId, String entryId) {
        if (entryId.length() > 36) return false;
        return jdbi.withHandle(h -> h.createUpdate("UPDATE expeditions_log_entries SET public_example = :no "
                        + "WHERE id = :id AND expedition_id = :expedition AND organisation_id = :org")
                .bind("no", false).bind("id", entryId).bind("expedition", expeditionId).bind("org", organisationId)
                .execute()) == 1;
    }

    LogTally tally(String expeditionId, String organisationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) AS entries, MAX(happened_on) AS last_on "
                        + "FROM expeditions_log_entries WHERE expedition_id = :expedition AND organisation_id = :org")
                .bind("expedition", expeditionId).bind("org", organisationId)
                .map((rs, ctx) -> new LogTally(rs.getInt("entries"),
                        rs.getString("last_on") == null ? null : LocalDate.parse(rs.getString("last_on"))))
                .one());
    }

    private static LogEntry entry(ResultSet rs) throws SQLException {
        return new LogEntry(rs.getString("id"), rs.getString("organisation_id"),
                LocalDate.parse(rs.getString("happened_on")), rs.getString("action"), rs.getString("result"),
                rs.getString("reflection"), rs.getString("attachment_id"), rs.getBoolean("shared"),
                rs.getBoolean("public_example"), Instant.ofEpochMilli(rs.getLong("created_at")), null);
    }
}
