package nl.plein.expeditions.progress;

import nl.plein.api.Directory;
import nl.plein.expeditions.expedition.Expedition;
import nl.plein.expeditions.expedition.ExpeditionAccess;

/**
 * One organisation's place in one expedition, as the visitor of a request stands to it. Pages get one from
 * {@link Workplaces}, which has already refused visitors who may not read the organisation's work.
 */
public record Workplace(ExpeditionAccess.Standing standing, Directory.OrganisationInfo organisation) {

    public Expedition expedition() {
        return standing.expedition();
    }

    public String organisationId() {
        return organisation.id();
    }

    /** Whether the visitor writes this organisation's baseline, plan, log and homework (one of its contacts). */
    public boolean mayWork() {
        return standing.mayWorkFor(organisation.id());
    }

    /** The work page's address; the forms live below it. */
    public String path() {
        return "/expeditions/" + expedition().id() + "/organisations/" + organisation.id();
    }
}
