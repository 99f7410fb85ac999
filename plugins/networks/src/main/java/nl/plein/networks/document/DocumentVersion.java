package nl.plein.networks.document;

import java.time.Instant;

/**
 * One version of a document. Versions are never changed or replaced; a new one gets the next number.
 *
 * @param uploadId the file in core's uploads (a restored version shares the file of the version it restores)
 * @param fileName the file's name as the uploader had it, made harmless ({@link DisplayNames}); only ever shown
 */
record DocumentVersion(String documentId, int version, String uploadId, String fileName, long sizeBytes, String note,
                       String uploadedBy, Instant uploadedAt) {
}
