package nl.plein.goodbusy.matching;

import java.util.List;

/**
 * How well an offer fits a request.
 *
 * @param passes  false when a hard filter failed; {@code reasons} then starts with why
 * @param score   0..100 from the soft weights (0 when it does not pass)
 * @param reasons hard-filter outcomes first, then one reason per soft weight
 * @param split   when the company's group must be spread over several dates; else null
 */
public record MatchScore(boolean passes, int score, List<Reason> reasons, Split split) {
}
