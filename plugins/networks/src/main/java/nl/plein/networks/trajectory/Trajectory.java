package nl.plein.networks.trajectory;

import java.time.Instant;

/**
 * A programme's local trajectory in one municipality.
 *
 * @param leadOrganisationId the member organisation that leads it (core's organisation id), or null
 * @param officerId          the programme officer, who may edit it and write monitoring notes, or null
 * @param partners           the local partners, as typed
 */
public record Trajectory(String id, String spaceId, String municipality, String province, String leadOrganisationId,
                         String officerId, String theme, String partners, TrajectoryStatus status, Instant createdAt,
                         Instant updatedAt) {

    /** How the trajectory is named in lists, activity and search: "Lindeburg: eenzaamheid". */
    public String label() {
        return municipality + ": " + theme;
    }
}
