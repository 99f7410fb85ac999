package nl.plein.networks.discussion;

import java.time.Instant;

/**
 * A report of a post that no coordinator has handled yet, with what the coordinators need to judge it.
 *
 * @param page the page of its thread the post is on
 */
public record OpenReport(String id, String reason, String reporterId, Instant reportedAt, Post post, String topicTitle,
                         int page) {
}
