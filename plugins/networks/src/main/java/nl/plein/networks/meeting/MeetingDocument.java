package nl.plein.networks.meeting;

import java.time.Instant;

/** A document of a meeting as its page lists it; the documents part serves it. */
public record MeetingDocument(String id, String title, String access, int version, Instant updatedAt) {
}
