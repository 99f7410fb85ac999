package nl.plein.goodbusy.deal;

import java.time.Instant;

/** One side's evaluation of a match and its thanks to the other side. */
record Evaluation(String matchId, Side side, int rating, String wentWell, String toImprove, String thanks,
                  String authorId, Instant createdAt) {
}
