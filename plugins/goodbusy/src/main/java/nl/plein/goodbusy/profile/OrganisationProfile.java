package nl.plein.goodbusy.profile;

import java.time.Instant;

/**
 * What Good Busy knows about a social organisation (any core organisation that is not an employer).
 *
 * @param supervisionCapacity how many volunteers it can guide at once: no request of it takes a larger group on
 *                            one day, whatever the request says
 */
public record OrganisationProfile(String organisationId, String mission, String targetGroups, String province,
                                  String municipality, int supervisionCapacity, Instant updatedAt) {
}
