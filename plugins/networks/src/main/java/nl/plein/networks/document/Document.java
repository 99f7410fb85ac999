package nl.plein.networks.document;

import java.time.Instant;

/**
 * A document of a space: its title, where it is kept and who may open it. The bytes are in its versions.
 *
 * @param folderId  its folder, or null at the top
 * @param meetingId the meeting it belongs to (agenda, annex), or null
 * @param version   the number of the current version
 * @param createdBy who uploaded the first version ("the uploader": may see it as a draft and publish it)
 */
record Document(String id, String spaceId, String folderId, String meetingId, String title, DocumentAccess access,
                int version, String createdBy, Instant createdAt, Instant updatedAt) {
}
