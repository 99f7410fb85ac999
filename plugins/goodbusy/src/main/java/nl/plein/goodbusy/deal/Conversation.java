package nl.plein.goodbusy.deal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/**
 * The exploratory conversation of a match: the place the need is explored before anything is agreed (more than half
 * of pro-bono efforts fail because it never was). Only the coordinators of both sides take part.
 */
final class Conversation {

    static final int MAX_BODY = 4000;
    /** A conversation longer than this is not read on one page any more; the newest are shown. */
    static final int SHOWN = 500;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    Conversation(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** Adds a message while the match is in conversation or agreed; empty when it is not (any more). */
    Optional<Message> add(String matchId, Side side, String authorId, String body) {
        return jdbi.inTransaction(h -> {
            Optional<MatchStatus> status = Matches.status(h, matchId);
            if (status.isEmpty() || !talking(status.get())) return Optional.empty();
            Message message = new Message(ids.next(), matchId, side, authorId, body, clock.instant());
            h.createUpdate("""
                            INSERT INTO goodbusy_messages (id, match_id, side, author_id, body, created_at)
                            VALUES (:id, :match, :side, :author, :body, :now)""")
                    .bind("id", message.id()).bind("match", matchId).bind("side", side.code())
                    .bind("author", authorId).bind("body", body).bind("now", message.createdAt()).execute();
            return Optional.of(message);
        });
    }

    static boolean talking(MatchStatus status) {
        return status == MatchStatus.ACCEPTED || status == MatchStatus.AGREED;
    }

    /** The conversation, oldest first (the newest {@value #SHOWN} when it is longer). */
    List<Message> of(String matchId) {
        List<Message> newest = new ArrayList<>(jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_messages WHERE match_id = :match
                        ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .bind("match", matchId).bind("limit", SHOWN)
                .map((rs, ctx) -> new Message(rs.getString("id"), rs.getString("match_id"),
                        Side.of(rs.getString("side")).orElse(Side.ORGANISATION), rs.getString("author_id"),
                        rs.getString("body"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list()));
        Collections.reverse(newest);
        return newest;
    }
}
