package nl.plein.expeditions.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A log entry its organisation published as a good example, as everyone may read it: never its author or attachment,
 * and of its expedition only what the expedition itself shows publicly.
 *
 * @param expeditionId     null unless the expedition is published
 * @param expeditionTitle  null unless the expedition is published
 * @param targetGroup      the code of the organisation's plan's target group, else the expedition's focus
 * @param organisationName filled in by the page (one lookup per page); null in search results
 */
public record PublicExample(String id, String organisationId, LocalDate happenedOn, String action, String result,
                            String reflection, Instant createdAt, String expeditionId, String expeditionTitle,
                            String targetGroup, String organisationName) {

    PublicExample withOrganisationName(String name) {
        return new PublicExample(id, organisationId, happenedOn, action, result, reflection, createdAt, expeditionId,
                expeditionTitle, targetGroup, name);
    }
}
