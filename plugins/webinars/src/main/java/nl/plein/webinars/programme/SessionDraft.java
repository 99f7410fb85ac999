package nl.plein.webinars.programme;

import java.time.Instant;
import java.util.List;

/** A session's fields as an organiser entered them, already validated: what create and update store. */
public record SessionDraft(String title, String summary, Instant startsAt, Instant endsAt, String joinUrl,
                          int capacity, String language, Session.Accessibility accessibility, SessionStatus status,
                          String hostPersonId, List<String> topics, List<String> speakerIds) {

    public SessionDraft {
        topics = List.copyOf(topics);
        speakerIds = List.copyOf(speakerIds);
    }
}
