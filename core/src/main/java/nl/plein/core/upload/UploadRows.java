package nl.plein.core.upload;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The SQL of {@code plein_uploads}, in the subset SQLite and PostgreSQL share. Every statement names the owner, so
 * one plugin's view can never read or remove another plugin's files, even with a valid id.
 */
final class UploadRows {

    private final Jdbi jdbi;
    private final String owner;

    UploadRows(Jdbi jdbi, String owner) {
        this.jdbi = jdbi;
        this.owner = owner;
    }

    void insert(UploadRow row) {
        if (!row.owner().equals(owner)) {
            throw new IllegalArgumentException("a row of " + row.owner() + " in the view of " + owner);
        }
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_uploads
                    (id, owner, uploader_id, filename, content_type, size_bytes, sha256, created_at)
                VALUES (:id, :owner, :uploaderId, :filename, :contentType, :sizeBytes, :sha256, :createdAt)""")
                .bind("id", row.id())
                .bind("owner", row.owner())
                .bind("uploaderId", row.uploaderId())
                .bind("filename", row.filename())
                .bind("contentType", row.contentType())
                .bind("sizeBytes", row.sizeBytes())
                .bind("sha256", row.sha256())
                .bind("createdAt", row.createdAt())
                .execute());
    }

    Optional<UploadRow> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id, owner, uploader_id, filename, content_type, size_bytes, sha256, created_at
                FROM plein_uploads WHERE id = :id AND owner = :owner""")
                .bind("id", id)
                .bind("owner", owner)
                .map(ConstructorMapper.of(UploadRow.class))
                .findOne());
    }

    /** True if this owner had the row. */
    boolean delete(String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM plein_uploads WHERE id = :id AND owner = :owner")
                .bind("id", id)
                .bind("owner", owner)
                .execute()) > 0;
    }
}
