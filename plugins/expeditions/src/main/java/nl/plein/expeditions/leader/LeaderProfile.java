package nl.plein.expeditions.leader;

import java.time.LocalDate;

/**
 * A trained expedition leader as organisations find them in the directory.
 *
 * @param listed whether the leader appears in the public directory
 */
public record LeaderProfile(String personId, String displayName, String region, String province,
                            LocalDate trainedSince, String bio, boolean listed) {
}
