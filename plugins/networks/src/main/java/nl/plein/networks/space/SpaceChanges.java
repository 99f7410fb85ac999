package nl.plein.networks.space;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Saves an edited space. Unlike {@link Spaces#update} it also changes the kind: a network that starts keeping local
 * trajectories becomes a programme.
 */
final class SpaceChanges {

    private final Jdbi jdbi;
    private final Clock clock;

    SpaceChanges(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    void save(String spaceId, SpaceDraft draft) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE networks_spaces SET name = :name, description = :description, visibility = :visibility,
                               kind = :kind, updated_at = :now WHERE id = :id""")
                .bind("name", draft.name()).bind("description", draft.description())
                .bind("visibility", draft.visibility().code()).bind("kind", draft.kind().code())
                .bind("now", clock.instant()).bind("id", spaceId).execute());
    }
}
