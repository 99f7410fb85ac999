package nl.plein.goodbusy.deal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Both sides evaluate and thank, once each: the primary key (match, side) keeps it to once. */
final class Evaluations {

    enum Added { ADDED, ALREADY, WRONG_STATE }

    private final Jdbi jdbi;
    private final Clock clock;

    Evaluations(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Added add(String matchId, Side side, int rating, String wentWell, String toImprove, String thanks,
              String authorId) {
        return jdbi.inTransaction(h -> {
            MatchStatus status = Matches.status(h, matchId).orElse(null);
            if (status != MatchStatus.AGREED && status != MatchStatus.DONE) return Added.WRONG_STATE;
            int inserted = h.createUpdate("""
                            INSERT INTO goodbusy_evaluations (match_id, side, rating, went_well, to_improve, thanks,
                                author_id, created_at)
                            VALUES (:match, :side, :rating, :wentWell, :toImprove, :thanks, :author, :now)
                            ON CONFLICT (match_id, side) DO NOTHING""")
                    .bind("match", matchId).bind("side", side.code()).bind("rating", rating)
                    .bind("wentWell", wentWell).bind("toImprove", toImprove).bind("thanks", thanks)
                    .bind("author", authorId).bind("now", clock.instant()).execute();
            return inserted == 1 ? Added.ADDED : Added.ALREADY;
        });
    }

    List<Evaluation> of(String matchId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM goodbusy_evaluations WHERE match_id = :match ORDER BY side")
                .bind("match", matchId)
                .map((rs, ctx) -> new Evaluation(rs.getString("match_id"),
                        Side.of(rs.getString("side")).orElse(Side.ORGANISATION), rs.getInt("rating"),
                        rs.getString("went_well"), rs.getString("to_improve"), rs.getString("thanks"),
                        rs.getString("author_id"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }
}
