package nl.plein.networks.space;

import java.time.Instant;

/**
 * A signed-in outsider's request to join an open or members-only space, decided by a coordinator.
 *
 * @param organisationId the organisation they would represent, or null
 * @param status         {@code pending}, {@code approved} or {@code declined}
 */
record JoinRequest(String id, String spaceId, String personId, String organisationId, String message, String status,
                   Instant createdAt) {

    boolean isPending() {
        return "pending".equals(status);
    }
}
