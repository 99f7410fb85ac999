package nl.plein.networks.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import nl.plein.api.SecretTokens;
import org.jdbi.v3.core.Jdbi;

/**
 * Invitations to a space by mail. Only the hash of a link's token is stored, so a copy of the database hands out no
 * working link; a link works once, for {@link #LIFETIME}.
 */
final class Invitations {

    static final Duration LIFETIME = Duration.ofDays(14);

    /** A new invitation and the token for its link, which exists only in the mail. */
    record Issued(Invitation invitation, String token) {
    }

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final Memberships memberships;

    Invitations(Jdbi jdbi, Ids ids, Clock clock, Memberships memberships) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
        this.memberships = memberships;
    }

    Issued invite(String spaceId, String email, SpaceRole role, String invitedBy) {
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        Invitation invitation = new Invitation(ids.next(), spaceId, email, role, null, invitedBy, now,
                now.plus(LIFETIME), null);
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO networks_invitations (id, space_id, email, role, guest_meeting_id, token_hash, invited_by,
                                                          created_at, expires_at, accepted_at)
                        VALUES (:id, :space, :email, :role, NULL, :hash, :by, :now, :expires, NULL)""")
                .bind("id", invitation.id()).bind("space", spaceId).bind("email", email).bind("role", role.code())
                .bind("hash", SecretTokens.hash(token)).bind("by", invitedBy).bind("now", now)
                .bind("expires", invitation.expiresAt()).execute());
        return new Issued(invitation, token);
    }

    /** The invitation a link is for, used or not; empty for a token that was never handed out. */
    Optional<Invitation> byToken(String token) {
        if (!SecretTokens.looksValid(token)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM networks_invitations WHERE token_hash = :hash")
                .bind("hash", SecretTokens.hash(token)).map((rs, ctx) -> invitation(rs)).findOne());
    }

    /**
     * Uses the link: the person joins with the invited role (never lower than one they have) for the organisation
     * they chose. Empty when the link was used or expired meanwhile — only one request can use it.
     */
    Optional<Invitation> accept(String token, String personId, String organisationId) {
        if (!SecretTokens.looksValid(token)) return Optional.empty();
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant();
            Optional<Invitation> open = h.createQuery("""
                            SELECT * FROM networks_invitations
                            WHERE token_hash = :hash AND accepted_at IS NULL AND expires_at > :now""")
                    .bind("hash", SecretTokens.hash(token)).bind("now", now).map((rs, ctx) -> invitation(rs)).findOne();
            if (open.isEmpty()) return open;
            Invitation invitation = open.get();
            // The update decides, not the read above: under PostgreSQL's READ COMMITTED two requests can both read
            // the link as unused, and only the first to change the row may use it.
            int used = h.createUpdate("""
                            UPDATE networks_invitations SET accepted_at = :now WHERE id = :id AND accepted_at IS NULL""")
                    .bind("now", now).bind("id", invitation.id()).execute();
            if (used != 1) return Optional.<Invitation>empty();
            memberships.admit(h, invitation.spaceId(), personId, organisationId, invitation.role(),
                    invitation.guestMeetingId());
            return open;
        });
    }

    /** The invitations of a space that can still be used, for its coordinators. */
    List<Invitation> open(String spaceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM networks_invitations
                        WHERE space_id = :space AND accepted_at IS NULL AND expires_at > :now
                        ORDER BY created_at, id LIMIT 200""")
                .bind("space", spaceId).bind("now", clock.instant()).map((rs, ctx) -> invitation(rs)).list());
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        long accepted = rs.getLong("accepted_at");
        Instant acceptedAt = rs.wasNull() ? null : Instant.ofEpochMilli(accepted);
        return new Invitation(rs.getString("id"), rs.getString("space_id"), rs.getString("email"),
                SpaceRole.of(rs.getString("role")).orElse(SpaceRole.GUEST), rs.getString("guest_meeting_id"),
                rs.getString("invited_by"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("expires_at")), acceptedAt);
    }
}
