package nl.plein.example.notice;

import java.time.Instant;

/**
 * A notice on the board. The author's name is kept with the notice because a plugin does not read core's tables;
 * when the author erases their account both author fields are cleared and the notice shows "deleted user".
 */
public record Notice(String id, String authorId, String authorName, String title, String body, Instant createdAt) {
}
