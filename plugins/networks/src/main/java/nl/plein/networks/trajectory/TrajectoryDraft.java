package nl.plein.networks.trajectory;

/** A trajectory as the form sends it, checked: what is stored. */
public record TrajectoryDraft(String municipality, String province, String leadOrganisationId, String officerId,
                              String theme, String partners, TrajectoryStatus status) {
}
