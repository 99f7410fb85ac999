package nl.plein.webinars.organiser;

/**
 * Registered-versus-attended figures of one session (or of a whole week, added up).
 *
 * @param registered people holding a seat
 * @param waiting    people on the waiting list
 * @param attended   seat holders marked as attended
 * @param noShows    seat holders marked as not attended
 * @param ratings    evaluations given
 * @param scoreSum   the evaluations' scores added up, so week totals average over all ratings, not over sessions
 */
public record SessionFigures(int registered, int waiting, int attended, int noShows, int ratings, long scoreSum) {

    public static final SessionFigures NONE = new SessionFigures(0, 0, 0, 0, 0, 0);

    /** Seat holders whose attendance has not been marked. */
    public int unknown() {
        return Math.max(0, registered - attended - noShows);
    }

    /** Whether anyone's attendance was marked; until then a rate would be a guess. */
    public boolean attendanceMarked() {
        return attended + noShows > 0;
    }

    /** Attended as a whole percentage of the seat holders, or null while attendance is not marked. */
    public Integer attendanceRate() {
        if (!attendanceMarked() || registered == 0) return null;
        return (int) Math.round(100.0 * attended / registered);
    }

    /** Average score 1–5, or null without ratings. */
    public Double averageRating() {
        return ratings == 0 ? null : (double) scoreSum / ratings;
    }

    public SessionFigures plus(SessionFigures other) {
        return new SessionFigures(registered + other.registered, waiting + other.waiting, attended + other.attended,
                noShows + other.noShows, ratings + other.ratings, scoreSum + other.scoreSum);
    }
}
