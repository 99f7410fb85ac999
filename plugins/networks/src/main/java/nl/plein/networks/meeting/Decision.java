package nl.plein.networks.meeting;

import java.time.Instant;
import java.time.LocalDate;

/** An entry in a space's decision log. @param meetingId the meeting that decided it, or null */
public record Decision(String id, String spaceId, String meetingId, String text, LocalDate decidedOn,
                       Instant createdAt) {
}
