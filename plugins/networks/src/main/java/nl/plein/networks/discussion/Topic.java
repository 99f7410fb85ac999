package nl.plein.networks.discussion;

import java.time.Instant;

/**
 * A discussion thread in a space ({@code networks_threads}); called a topic in code because {@code Thread} is taken.
 *
 * @param pinned     an announcement: pinned above the other threads by a coordinator
 * @param posts      how many posts it has, removed ones included (they keep their place in the thread): the opening
 *                   post and the replies, kept in the same transaction as each post so lists need not count
 * @param lastPostAt when the last post was written, for the order of the list
 */
public record Topic(String id, String spaceId, String title, String authorId, boolean pinned, int posts,
                    Instant lastPostAt, Instant createdAt) {

    public int replies() {
        return Math.max(0, posts - 1);
    }

    /** How many pages of {@code size} posts the thread has (at least one). */
    public int pages(int size) {
        return Math.max(1, (posts + size - 1) / size);
    }
}
