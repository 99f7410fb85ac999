package nl.plein.expeditions.schedule;

import java.time.Instant;

/** Homework between meetings, handed in by each organisation before its deadline. */
public record Assignment(String id, String expeditionId, String title, String description, Instant dueAt) {
}
