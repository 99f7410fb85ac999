package nl.plein.networks.space;

import java.time.Instant;

/** A network's or programme's space. */
public record Space(String id, String name, String description, Visibility visibility, SpaceKind kind,
                    String createdBy, Instant createdAt, Instant updatedAt) {

    public boolean isProgramme() {
        return kind == SpaceKind.PROGRAMME;
    }
}
