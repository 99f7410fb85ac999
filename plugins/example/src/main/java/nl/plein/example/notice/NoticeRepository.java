package nl.plein.example.notice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** The noticeboard's queries. Only this plugin touches tables prefixed {@code example_}. */
public final class NoticeRepository {

    public static final int PAGE_SIZE = 20;
    private static final String COLUMNS = "id, author_id, author_name, title, body, created_at";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public NoticeRepository(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    public Notice add(String authorId, String authorName, String title, String body) {
        Notice notice = new Notice(ids.next(), authorId, authorName, title, body, clock.instant());
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO example_notices (id, author_id, author_name, title, body, created_at)
                VALUES (:id, :authorId, :authorName, :title, :body, :createdAt)
                """).bindMethods(notice).execute());
        return notice;
    }

    /** Newest first, one page of {@link #PAGE_SIZE}; page numbers start at 1. */
    public List<Notice> newest(int page) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM example_notices ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> map(rs)).list());
    }

    public Optional<Notice> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM example_notices WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    public void delete(String id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM example_notices WHERE id = :id").bind("id", id).execute());
    }

    /** A plain LIKE search is enough for an example; real plugins use core's full-text search. */
    public List<Notice> search(String text, int limit) {
        String pattern = nl.plein.api.form.Paging.likeContaining(text);
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM example_notices "
                        + "WHERE LOWER(title) LIKE :p ESCAPE '!' OR LOWER(body) LIKE :p ESCAPE '!' "
                        + "ORDER BY created_at DESC LIMIT :limit")
                .bind("p", pattern).bind("limit", limit).map((rs, ctx) -> map(rs)).list());
    }

    public List<Notice> byAuthor(String authorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM example_notices WHERE author_id = :author ORDER BY created_at LIMIT 10000")
                .bind("author", authorId).map((rs, ctx) -> map(rs)).list());
    }

    public void anonymiseAuthor(String authorId) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE example_notices SET author_id = NULL, author_name = NULL WHERE author_id = :author")
                .bind("author", authorId).execute());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM example_notices").mapTo(Integer.class).one());
    }

    private static Notice map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Notice(rs.getString("id"), rs.getString("author_id"), rs.getString("author_name"),
                rs.getString("title"), rs.getString("body"), java.time.Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
