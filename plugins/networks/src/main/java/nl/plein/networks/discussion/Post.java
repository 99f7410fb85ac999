package nl.plein.networks.discussion;

import java.time.Instant;

/**
 * A post in a thread: the opening post or a reply. A removed post keeps its place (and the thread its count) but not
 * its text: removing wipes the body, so what was removed is gone, not hidden.
 *
 * @param body Markdown as typed; shown only through the platform's sanitising Markdown
 */
public record Post(String id, String threadId, String spaceId, String authorId, String body, Instant createdAt,
                   Instant editedAt, Instant deletedAt) {

    public boolean removed() {
        return deletedAt != null;
    }

    public boolean edited() {
        return editedAt != null && deletedAt == null;
    }
}
