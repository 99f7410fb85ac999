package nl.plein.networks.document;

import java.time.Instant;

/** A folder of a space's documents; {@code parentId} is null for a folder at the top. */
record Folder(String id, String spaceId, String parentId, String name, Instant createdAt) {
}
