package nl.plein.expeditions.progress;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import nl.plein.api.Directory;
import nl.plein.expeditions.expedition.ExpeditionAccess;
import nl.plein.expeditions.expedition.ExpeditionPages;
import nl.plein.expeditions.expedition.ExpeditionRepository;

/**
 * Who may see and do what under {@code /expeditions/{id}/organisations/{org}}: an expedition or organisation that is
 * not there is 404; so is everything to a visitor who cannot see inside the expedition at all, so outsiders learn
 * nothing about who takes part. Insiders who may not read this organisation's work (another organisation's contact)
 * get 403; only the organisation's own contacts work on it.
 */
final class Workplaces {

    private final ExpeditionPages pages;
    private final ExpeditionRepository expeditions;
    private final Directory directory;

    Workplaces(ExpeditionPages pages, ExpeditionRepository expeditions, Directory directory) {
        this.pages = pages;
        this.expeditions = expeditions;
        this.directory = directory;
    }

    /** The place of the path, without the read check: for files that other participants may see when shared. */
    Workplace find(Context ctx) {
        ExpeditionAccess.Standing standing = pages.standing(ctx);
        if (!standing.maySeeInside()) throw new NotFoundResponse();
        String organisationId = ctx.pathParam("org");
        if (organisationId.length() > 36
                || expeditions.participating(standing.expedition().id(), List.of(organisationId)).isEmpty()) {
            throw new NotFoundResponse();
        }
        Directory.OrganisationInfo organisation = directory.organisation(organisationId).orElseThrow(NotFoundResponse::new);
        return new Workplace(standing, organisation);
    }

    /** The place, for its contacts, the expedition's leaders and the programme manager. */
    Workplace read(Context ctx) {
        Workplace place = find(ctx);
        if (!place.standing().mayRead(place.organisationId())) throw new ForbiddenResponse();
        return place;
    }

    /** The place, for the organisation's own contacts only. */
    Workplace work(Context ctx) {
        Workplace place = read(ctx);
        if (!place.mayWork()) throw new ForbiddenResponse();
        return place;
    }

    /** The group space of the expedition of the path: participants, leaders and the programme manager. */
    ExpeditionAccess.Standing insider(Context ctx) {
        ExpeditionAccess.Standing standing = pages.standing(ctx);
        if (!standing.maySeeInside()) throw new NotFoundResponse();
        return standing;
    }
}
