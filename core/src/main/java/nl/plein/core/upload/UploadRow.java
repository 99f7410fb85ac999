package nl.plein.core.upload;

import java.time.Instant;
import nl.plein.api.Uploads.StoredFile;

/** One row of {@code plein_uploads}: what {@link StoredFile} shows plus who owns it and the content's hash. */
record UploadRow(String id, String owner, String uploaderId, String filename, String contentType, long sizeBytes,
        String sha256, Instant createdAt) {

    StoredFile toStoredFile() {
        return new StoredFile(id, filename, contentType, sizeBytes, createdAt);
    }
}
