package nl.plein.goodbusy.matching;

/**
 * A company group larger than an organisation can take in one day, spread over several dates instead of hidden.
 *
 * @param dates     how many dates it takes
 * @param smallest  the smallest group on one date
 * @param largest   the largest group on one date (never above what the organisation can take)
 */
public record Split(int dates, int smallest, int largest) {
}
