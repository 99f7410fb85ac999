package nl.plein.networks.integration;

import java.util.UUID;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.SearchIndex;
import org.jdbi.v3.core.Jdbi;

/**
 * Rows of the other parts of the plugin (threads, posts, documents, meetings, ...) written straight into the V1
 * tables, as those parts would store them — with what people search for in the search index: this part is built
 * alongside them, and the schema is the contract.
 */
final class ContentRows {

    private final Jdbi jdbi;
    private final SearchIndex index;
    private long moment = 1_772_000_000_000L;

    ContentRows(PleinExtension plein) {
        this.jdbi = plein.jdbi();
        this.index = new NetworksFixture(plein).searchIndex();
    }

    String thread(String spaceId, String authorId, String title) {
        String id = UUID.randomUUID().toString();
        long at = next();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_threads (id, space_id, title, author_id, pinned, posts, last_post_at, created_at)
                        VALUES (:id, :space, :title, :author, :no, 0, :at, :at)""")
                .bind("id", id).bind("space", spaceId).bind("title", title).bind("author", authorId).bind("no", false)
                .bind("at", at).execute());
        index.thread(id, title);
        return id;
    }

    String post(String spaceId, String threadId, String authorId, String body) {
        String id = UUID.randomUUID().toString();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_posts (id, thread_id, space_id, author_id, body, created_at)
                        VALUES (:id, :thread, :space, :author, :body, :at)""")
                .bind("id", id).bind("thread", threadId).bind("space", spaceId).bind("author", authorId)
                .bind("body", body).bind("at", next()).execute());
        index.post(id, body);
        return id;
    }

    String document(String spaceId, String authorId, String title, String access) {
        String id = UUID.randomUUID().toString();
        long at = next();
        jdbi.useHandle(h -> {
            h.createUpdate("""
                            INSERT INTO networks_documents (id, space_id, title, access, version, created_by, created_at, updated_at)
                            VALUES (:id, :space, :title, :access, 1, :by, :at, :at)""")
                    .bind("id", id).bind("space", spaceId).bind("title", title).bind("access", access)
                    .bind("by", authorId).bind("at", at).execute();
            h.createUpdate("""
                            INSERT INTO networks_document_versions (document_id, version, upload_id, file_name, size_bytes,
                                   note, uploaded_by, uploaded_at)
                            VALUES (:id, 1, :upload, :name, 1234, 'eerste versie', :by, :at)""")
                    .bind("id", id).bind("upload", UUID.randomUUID().toString()).bind("name", title + ".pdf")
                    .bind("by", authorId).bind("at", at).execute();
            index.document(id, title);
        });
        return id;
    }

    String meeting(String spaceId, String title) {
        String id = UUID.randomUUID().toString();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_meetings (id, space_id, title, starts_at, ends_at, place, online_url,
                               status, sequence, created_at)
                        VALUES (:id, :space, :title, :at, :at, 'Lindeburg', '', 'planned', 0, :at)""")
                .bind("id", id).bind("space", spaceId).bind("title", title).bind("at", next()).execute());
        return id;
    }

    void execute(String sql, Object... values) {
        jdbi.useHandle(h -> {
            var update = h.createUpdate(sql);
            for (int i = 0; i < values.length; i++) update.bind(i, values[i]);
            update.execute();
        });
    }

    int count(String sql, Object... values) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < values.length; i++) query.bind(i, values[i]);
            return query.mapTo(Integer.class).one();
        });
    }

    String single(String sql, Object... values) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < values.length; i++) query.bind(i, values[i]);
            return query.mapTo(String.class).one();
        });
    }

    private long next() {
        moment += 60_000;
        return moment;
    }
}
