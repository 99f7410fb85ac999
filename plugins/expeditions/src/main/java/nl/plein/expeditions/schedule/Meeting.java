package nl.plein.expeditions.schedule;

import java.time.Instant;

/** A meeting of the programme: a day on location or an online session. */
public record Meeting(String id, String expeditionId, MeetingKind kind, String title, Instant startsAt, String place,
                      String link, String agenda, String materials) {
}
