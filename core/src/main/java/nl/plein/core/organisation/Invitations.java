package nl.plein.core.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.plein.core.account.People;
import nl.plein.core.account.Tokens;
import org.jdbi.v3.core.Jdbi;

/**
 * Invitations to join an organisation, sent by mail. An invitation is for one address: only the person signed in
 * with that address can accept it, once, within {@link #LIFETIME}.
 */
public final class Invitations {

    static final Duration LIFETIME = Duration.ofDays(14);

    /** An open invitation. */
    public record Invitation(String organisationId, String email, String role) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public Invitations(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public String invite(String organisationId, String email, String role, String invitedBy) {
        String token = Tokens.newToken();
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_invitations (token_hash, organisation_id, email, role, invited_by, created_at, expires_at)
                VALUES (:hash, :org, :email, :role, :by, :now, :expires)
                """).bind("hash", Tokens.hash(token)).bind("org", organisationId)
                .bind("email", People.normaliseEmail(email)).bind("role", role).bind("by", invitedBy)
                .bind("now", clock.instant()).bind("expires", clock.instant().plus(LIFETIME)).execute());
        return token;
    }

    public Optional<Invitation> open(String token) {
        if (!Tokens.looksValid(token)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT organisation_id, email, role FROM plein_invitations
                 WHERE token_hash = :hash AND accepted_at IS NULL AND expires_at > :now
                """).bind("hash", Tokens.hash(token)).bind("now", clock.instant())
                .map((rs, ctx) -> new Invitation(rs.getString(1), rs.getString(2), rs.getString(3))).findOne());
    }

    /** Marks the invitation used if it is still open; true only for the one request that did so. */
    public boolean accept(String token) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE plein_invitations SET accepted_at = :now
                 WHERE token_hash = :hash AND accepted_at IS NULL AND expires_at > :now
                """).bind("now", clock.instant()).bind("hash", Tokens.hash(token)).execute()) == 1;
    }

    /** Erasure: open invitations to the address are personal data too. */
    public void forget(String email) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plein_invitations WHERE email = :email")
                .bind("email", People.normaliseEmail(email)).execute());
    }
}
