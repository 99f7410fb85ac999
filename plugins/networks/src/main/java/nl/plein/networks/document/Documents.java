package nl.plein.networks.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.networks.SearchIndex;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of folders, documents and their versions. Every statement names the space ({@code space_id = :space}), so an
 * id from another space is simply not found; lists filter on access in SQL ({@link #VISIBLE}), so a page never holds
 * a document the visitor may not open.
 */
final class Documents {

    static final int PAGE_SIZE = 50;
    /** More folders than any network keeps; the folder picker and the paths are built from this one list. */
    static final int MAX_FOLDERS = 1000;

    /**
     * What the visitor may see of a space they read, as {@link DocumentRights#mayOpen} decides for one document:
     * documents for members; coordinators see all; a draft also its uploader, while still a member.
     */
    private static final String VISIBLE = """
            (d.access = 'members' OR :coordinator
             OR (d.access = 'draft' AND :member AND d.created_by = :person))""";
    private static final String LISTED = """
            SELECT d.*, v.file_name, v.size_bytes FROM networks_documents d
            JOIN networks_document_versions v ON v.document_id = d.id AND v.version = d.version
            WHERE d.space_id = :space AND""" + " " + VISIBLE;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final SearchIndex index;

    Documents(Jdbi jdbi, Ids ids, Clock clock, SearchIndex index) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
        this.index = index;
    }

    /** A document as a list shows it: with its current file's name and size. */
    record Listed(Document document, String fileName, long sizeBytes) {
    }

    // ---- folders

    /** All folders of the space, by name. */
    List<Folder> folders(String spaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_folders WHERE space_id = :space
                        ORDER BY LOWER(name), id LIMIT :max""")
                .bind("space", spaceId).bind("max", MAX_FOLDERS).map((rs, ctx) -> folder(rs)).list());
    }

    Optional<Folder> folder(String spaceId, String folderId) {
        if (!isId(folderId)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM networks_folders WHERE id = :id AND space_id = :space")
                .bind("id", folderId).bind("space", spaceId).map((rs, ctx) -> folder(rs)).findOne());
    }

    Folder addFolder(String spaceId, String parentId, String name) {
        Folder folder = new Folder(ids.next(), spaceId, parentId, name, clock.instant());
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_folders (id, space_id, parent_id, name, created_at)
                        VALUES (:id, :space, :parent, :name, :now)""")
                .bind("id", folder.id()).bind("space", spaceId).bind("parent", parentId).bind("name", name)
                .bind("now", folder.createdAt()).execute());
        return folder;
    }

    boolean renameFolder(String spaceId, String folderId, String name) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE networks_folders SET name = :name WHERE id = :id AND space_id = :space")
                .bind("name", name).bind("id", folderId).bind("space", spaceId).execute()) == 1;
    }

    enum FolderRemoval { REMOVED, NOT_EMPTY, MISSING }

    /** Removes a folder that holds no folders and no documents (of any access: a coordinator sees them all). */
    FolderRemoval removeEmptyFolder(String spaceId, String folderId) {
        return jdbi.inTransaction(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM networks_folders WHERE id = :id AND space_id = :space")
                    .bind("id", folderId).bind("space", spaceId).mapTo(Integer.class).one() > 0;
            if (!exists) return FolderRemoval.MISSING;
            int inside = h.createQuery("""
                            SELECT (SELECT COUNT(*) FROM networks_folders WHERE parent_id = :id AND space_id = :space)
                                 + (SELECT COUNT(*) FROM networks_documents WHERE folder_id = :id AND space_id = :space)""")
                    .bind("id", folderId).bind("space", spaceId).mapTo(Integer.class).one();
            if (inside > 0) return FolderRemoval.NOT_EMPTY;
            h.createUpdate("DELETE FROM networks_folders WHERE id = :id AND space_id = :space")
                    .bind("id", folderId).bind("space", spaceId).execute();
            return FolderRemoval.REMOVED;
        });
    }

    // ---- documents

    Optional<Document> find(String spaceId, String documentId) {
        if (!isId(documentId)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM networks_documents WHERE id = :id AND space_id = :space")
                .bind("id", documentId).bind("space", spaceId).map((rs, ctx) -> document(rs)).findOne());
    }

    /** The documents in a folder (null: at the top) the visitor may open, by title; one more than a page. */
    List<Listed> inFolder(String spaceId, String folderId, DocumentRights rights, int page) {
        String where = folderId == null ? " AND d.folder_id IS NULL" : " AND d.folder_id = :folder";
        return jdbi.withHandle(h -> {
            Query query = visible(h.createQuery(LISTED + where
                            + " ORDER BY LOWER(d.title), d.id LIMIT :limit OFFSET :offset"), rights)
                    .bind("space", spaceId).bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE);
            if (folderId != null) query.bind("folder", folderId);
            return query.map((rs, ctx) -> listed(rs)).list();
        });
    }

    /** The documents of a meeting the visitor may open (the caller checked they may see the meeting). */
    List<Listed> ofMeeting(String spaceId, String meetingId, DocumentRights rights) {
        if (!isId(meetingId)) return List.of();
        return jdbi.withHandle(h -> visible(h.createQuery(LISTED
                        + " AND d.meeting_id = :meeting ORDER BY LOWER(d.title), d.id LIMIT 200"), rights)
                .bind("space", spaceId).bind("meeting", meetingId).map((rs, ctx) -> listed(rs)).list());
    }

    private static Query visible(Query query, DocumentRights rights) {
        return query.bind("coordinator", rights.coordinator()).bind("member", rights.member())
                .bind("person", rights.personId() == null ? "" : rights.personId());
    }

    /** The title of a meeting of this space, or empty when there is no such meeting. */
    Optional<String> meetingTitle(String spaceId, String meetingId) {
        if (!isId(meetingId)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT title FROM networks_meetings WHERE id = :id AND space_id = :space")
                .bind("id", meetingId).bind("space", spaceId).mapTo(String.class).findOne());
    }

    /**
     * A new document with its first version and its title in the search index, in one transaction: never one without
     * the other. A folder removed since the form was checked leaves the document at the top rather than in a folder
     * nobody can open.
     */
    Document create(String spaceId, String folderId, String meetingId, String title, DocumentAccess access,
                    String uploadId, String fileName, long sizeBytes, String uploaderId) {
        Instant now = clock.instant();
        String id = ids.next();
        return jdbi.inTransaction(h -> {
            String folder = folderId != null && h.createQuery(
                            "SELECT COUNT(*) FROM networks_folders WHERE id = :id AND space_id = :space")
                    .bind("id", folderId).bind("space", spaceId).mapTo(Integer.class).one() > 0 ? folderId : null;
            h.createUpdate("""
                            INSERT INTO networks_documents (id, space_id, folder_id, meeting_id, title, access, version,
                                                            created_by, created_at, updated_at)
                            VALUES (:id, :space, :folder, :meeting, :title, :access, 1, :by, :now, :now)""")
                    .bind("id", id).bind("space", spaceId).bind("folder", folder).bind("meeting", meetingId)
                    .bind("title", title).bind("access", access.code()).bind("by", uploaderId).bind("now", now)
                    .execute();
            insertVersion(h, new DocumentVersion(id, 1, uploadId, fileName, sizeBytes, "", uploaderId, now));
            index.document(id, title);
            return new Document(id, spaceId, folder, meetingId, title, access, 1, uploaderId, now, now);
        });
    }

    /**
     * Adds the next version, raising the document's number in the same transaction (two uploads at once get 2 and 3,
     * never both 2).
     *
     * @return the new version, or empty when the document is gone
     */
    Optional<DocumentVersion> addVersion(String spaceId, String documentId, String uploadId, String fileName,
                                         long sizeBytes, String note, String uploaderId) {
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant();
            // Raised first, so the document's row is locked before its number is read: under PostgreSQL's READ
            // COMMITTED a read first would let two uploads both take the next number.
            int raised = h.createUpdate("""
                            UPDATE networks_documents SET version = version + 1, updated_at = :now
                             WHERE id = :id AND space_id = :space""")
                    .bind("now", now).bind("id", documentId).bind("space", spaceId).execute();
            if (raised != 1) return Optional.<DocumentVersion>empty();
            int number = h.createQuery("SELECT version FROM networks_documents WHERE id = :id")
                    .bind("id", documentId).mapTo(Integer.class).one();
            DocumentVersion version = new DocumentVersion(documentId, number, uploadId, fileName, sizeBytes, note,
                    uploaderId, now);
            insertVersion(h, version);
            return Optional.of(version);
        });
    }

    private static void insertVersion(Handle h, DocumentVersion v) {
        h.createUpdate("""
                        INSERT INTO networks_document_versions (document_id, version, upload_id, file_name, size_bytes,
                                                                note, uploaded_by, uploaded_at)
                        VALUES (:document, :version, :upload, :name, :size, :note, :by, :at)""")
                .bind("document", v.documentId()).bind("version", v.version()).bind("upload", v.uploadId())
                .bind("name", v.fileName()).bind("size", v.sizeBytes()).bind("note", v.note())
                .bind("by", v.uploadedBy()).bind("at", v.uploadedAt()).execute();
    }

    /** Every version, newest first. */
    List<DocumentVersion> versions(String documentId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_document_versions WHERE document_id = :document
                        ORDER BY version DESC LIMIT 1000""")
                .bind("document", documentId).map((rs, ctx) -> version(rs)).list());
    }

    Optional<DocumentVersion> version(String documentId, int version) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_document_versions WHERE document_id = :document AND version = :version""")
                .bind("document", documentId).bind("version", version).map((rs, ctx) -> version(rs)).findOne());
    }

    /**
     * Sets who may open the document. Its lines in the activity list follow, so a document moved to the
     * coordinators no longer shows its title to members there.
     */
    boolean changeAccess(String spaceId, String documentId, DocumentAccess access) {
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("""
                            UPDATE networks_documents SET access = :access, updated_at = :now
                            WHERE id = :id AND space_id = :space""")
                    .bind("access", access.code()).bind("now", clock.instant()).bind("id", documentId)
                    .bind("space", spaceId).execute();
            h.createUpdate("""
                            UPDATE networks_activity SET access = :access
                            WHERE space_id = :space AND subject_id = :id AND kind IN ('document', 'document-version')""")
                    .bind("access", access.coordinatorsOnly() ? "coordinators" : "members").bind("space", spaceId)
                    .bind("id", documentId).execute();
            return changed == 1;
        });
    }

    /**
     * Removes the document, all its versions, its lines in the activity list and its title in the search index.
     *
     * @return the ids of its stored files, for the caller to delete after the rows are gone; empty when it was gone
     */
    Optional<List<String>> delete(String spaceId, String documentId) {
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM networks_documents WHERE id = :id AND space_id = :space")
                    .bind("id", documentId).bind("space", spaceId).mapTo(Integer.class).one() == 0) {
                return Optional.<List<String>>empty();
            }
            List<String> uploads = h.createQuery("""
                            SELECT DISTINCT upload_id FROM networks_document_versions WHERE document_id = :id""")
                    .bind("id", documentId).mapTo(String.class).list();
            h.createUpdate("DELETE FROM networks_document_versions WHERE document_id = :id").bind("id", documentId)
                    .execute();
            h.createUpdate("DELETE FROM networks_documents WHERE id = :id AND space_id = :space")
                    .bind("id", documentId).bind("space", spaceId).execute();
            h.createUpdate("""
                            DELETE FROM networks_activity
                            WHERE space_id = :space AND subject_id = :id AND kind IN ('document', 'document-version')""")
                    .bind("space", spaceId).bind("id", documentId).execute();
            index.removeDocument(documentId);
            return Optional.of(uploads);
        });
    }

    /** Ids are made by us (36 characters); anything else is not looked up at all. */
    static boolean isId(String id) {
        return id != null && id.length() == 36;
    }

    private static Folder folder(ResultSet rs) throws SQLException {
        return new Folder(rs.getString("id"), rs.getString("space_id"), rs.getString("parent_id"), rs.getString("name"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private static Document document(ResultSet rs) throws SQLException {
        return new Document(rs.getString("id"), rs.getString("space_id"), rs.getString("folder_id"),
                rs.getString("meeting_id"), rs.getString("title"),
                // An unknown code is treated as the most closed one, as the SQL of the lists does.
                DocumentAccess.of(rs.getString("access")).orElse(DocumentAccess.COORDINATORS), rs.getInt("version"),
                rs.getString("created_by"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        return new Listed(document(rs), rs.getString("file_name"), rs.getLong("size_bytes"));
    }

    private static DocumentVersion version(ResultSet rs) throws SQLException {
        return new DocumentVersion(rs.getString("document_id"), rs.getInt("version"), rs.getString("upload_id"),
                rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("note"), rs.getString("uploaded_by"),
                Instant.ofEpochMilli(rs.getLong("uploaded_at")));
    }
}
