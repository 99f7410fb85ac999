package nl.plein.goodbusy.deal;

import java.time.Instant;

/** One message in the exploratory conversation of a match, written by a coordinator for one side. */
record Message(String id, String matchId, Side side, String authorId, String body, Instant createdAt) {
}
