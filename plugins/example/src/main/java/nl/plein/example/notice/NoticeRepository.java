package nl.plein.example.notice;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.plein.api.FullText;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/**
 * The noticeboard's queries. Only this plugin touches tables prefixed {@code example_}. Every notice is also in core's
 * full-text index (kind {@code notice}), put and removed in the same transaction as its row.
 */
public final class NoticeRepository {

    public static final int PAGE_SIZE = 20;
    private static final String COLUMNS = "id, author_id, author_name, title, body, created_at";
    private static final String KIND = "notice";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final FullText fullText;

    public NoticeRepository(Jdbi jdbi, Ids ids, Clock clock, FullText fullText) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
        this.fullText = fullText;
    }

    /** Notices pinned before this version indexed them are indexed once, in the background. */
    public void indexExisting() {
        fullText.fillOnce(KIND, (after, limit) -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, title, body FROM example_notices WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", after).bind("limit", limit)
                .map((rs, ctx) -> new FullText.Document(rs.getString("id"), rs.getString("title"), rs.getString("body")))
                .list()));
    }

    public Notice add(String authorId, String authorName, String title, String body) {
        Notice notice = new Notice(ids.next(), authorId, authorName, title, body, clock.instant());
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                    INSERT INTO example_notices (id, author_id, author_name, title, body, created_at)
                    VALUES (:id, :authorId, :authorName, :title, :body, :createdAt)
                    """).bindMethods(notice).execute();
            fullText.put(KIND, notice.id(), title, body);
        });
        return notice;
    }

    /** Many notices in one transaction (generated data): one batched insert, each put in the full-text index. */
    public void addAll(List<Notice> batch) {
        jdbi.useTransaction(h -> {
            var insert = h.prepareBatch("""
                    INSERT INTO example_notices (id, author_id, author_name, title, body, created_at)
                    VALUES (:id, :authorId, :authorName, :title, :body, :createdAt)
                    """);
            batch.forEach(notice -> insert.bindMethods(notice).add());
            insert.execute();
            batch.forEach(notice -> fullText.put(KIND, notice.id(), notice.title(), notice.body()));
        });
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
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM example_notices WHERE id = :id").bind("id", id).execute();
            fullText.remove(KIND, id);
        });
    }

    /**
     * The best notices for the words, through core's full-text index: it gives ids, best first; the notices are read
     * back in one query, where a plugin with private content also applies its access rule (and so asks the index for
     * more than it shows). Notices are public, so every id found is shown.
     */
    public List<Notice> search(String text, int limit) {
        List<String> found = fullText.search(KIND, text, limit);
        if (found.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM example_notices WHERE id IN (<ids>)")
                .bindList("ids", found).map((rs, ctx) -> map(rs)).list()).stream()
                .sorted(Comparator.comparingInt(notice -> found.indexOf(notice.id())))
                .toList();
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
