package nl.plein.expeditions.participation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** Organisations taking part in expeditions, and the invitations that bring them in. */
public final class Participants {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(30);

    /** An open invitation. */
    public record Invitation(String expeditionId, String email) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public Participants(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<String> organisations(String expeditionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT organisation_id FROM expeditions_participants "
                        + "WHERE expedition_id = :id ORDER BY joined_at LIMIT 200")
                .bind("id", expeditionId).mapTo(String.class).list());
    }

    /** Adds the organisation; joining twice changes nothing. */
    public void join(String expeditionId, String organisationId, String personId) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_participants (expedition_id, organisation_id, "
                        + "joined_at, joined_by) VALUES (:expedition, :org, :now, :person) "
                        + "ON CONFLICT (expedition_id, organisation_id) DO NOTHING")
                .bind("expedition", expeditionId).bind("org", organisationId).bind("now", clock.instant())
                .bind("person", personId).execute());
    }

    public void invite(String tokenHash, String expeditionId, String email, String invitedBy) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_invitations (token_hash, expedition_id, email, "
                        + "invited_by, created_at, expires_at) VALUES (:hash, :expedition, :email, :by, :now, :expires)")
                .bind("hash", tokenHash).bind("expedition", expeditionId).bind("email", email).bind("by", invitedBy)
                .bind("now", clock.instant()).bind("expires", clock.instant().plus(INVITATION_LIFETIME)).execute());
    }

    public Optional<Invitation> open(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT expedition_id, email FROM expeditions_invitations "
                        + "WHERE token_hash = :hash AND accepted_at IS NULL AND expires_at > :now")
                .bind("hash", tokenHash).bind("now", clock.instant())
                .map((rs, ctx) -> new Invitation(rs.getString(1), rs.getString(2))).findOne());
    }

    /** Uses the invitation; true only for the one request that did. */
    public boolean accept(String tokenHash) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE expeditions_invitations SET accepted_at = :now "
                        + "WHERE token_hash = :hash AND accepted_at IS NULL AND expires_at > :now")
                .bind("now", clock.instant()).bind("hash", tokenHash).execute()) == 1;
    }

    /** Open invitations of an expedition, for its leader. */
    public List<String> invitedAddresses(String expeditionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT email FROM expeditions_invitations WHERE expedition_id = :id "
                        + "AND accepted_at IS NULL AND expires_at > :now ORDER BY created_at LIMIT 200")
                .bind("id", expeditionId).bind("now", clock.instant()).mapTo(String.class).list());
    }
}
