package nl.plein.webinars.programme;

import java.time.Instant;
import java.util.List;

/**
 * One online session of a week.
 *
 * @param registered  people holding a seat now (may exceed capacity after an organiser lowered it)
 * @param waiting     people on the waiting list now
 * @param sequence    the iCalendar SEQUENCE, raised whenever the time or status changes
 * @param publishedAt when the recording was published to the watch-back library, or null
 */
public record Session(String id, String weekId, String title, String summary, Instant startsAt, Instant endsAt,
                      String joinUrl, int capacity, String language, Accessibility accessibility,
                      SessionStatus status, String hostPersonId, int sequence, String recordingUrl,
                      String slidesUploadId, Instant publishedAt, List<String> topics, List<Speaker> speakers,
                      int registered, int waiting) {

    public Session {
        topics = List.copyOf(topics);
        speakers = List.copyOf(speakers);
    }

    /** Seats left, never negative. */
    public int seatsLeft() {
        return Math.max(0, capacity - registered);
    }

    public boolean full() {
        return registered >= capacity;
    }

    /** Share of seats taken, 0–100, for the fill bar. */
    public int fillPercent() {
        return capacity <= 0 ? 100 : Math.min(100, (int) Math.round(100.0 * registered / capacity));
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** Open for registration: not cancelled and not started yet. */
    public boolean open(Instant now) {
        return !cancelled() && now.isBefore(startsAt);
    }

    public boolean inLibrary() {
        return publishedAt != null;
    }

    /** What the session offers for people who need captions, an interpreter or a transcript. */
    public record Accessibility(boolean captions, boolean signLanguage, boolean transcript, String note) {
    }
}
