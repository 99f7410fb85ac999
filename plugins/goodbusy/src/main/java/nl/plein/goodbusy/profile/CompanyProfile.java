package nl.plein.goodbusy.profile;

import java.time.Instant;
import java.util.List;

/**
 * What Good Busy knows about an employer (a core organisation of kind {@code employer}). Lists hold vocabulary codes.
 *
 * @param hoursBudget the hours all its employees together may volunteer in a year
 */
public record CompanyProfile(String organisationId, String sector, String sizeBand, List<String> provinces,
                             List<String> causes, List<String> skills, List<String> forms, int hoursBudget,
                             String description, Instant updatedAt) {
}
