package nl.plein.goodbusy.profile;

import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import nl.plein.api.Directory;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.Rows;
import nl.plein.goodbusy.Sides;

/**
 * The company or social organisation a page is about, found in core's directory, and the check that the visitor acts
 * for it. A company's page asked for with a social organisation's id (or the other way round) does not exist: 404, as
 * for an unknown id; a known one the visitor does not coordinate is 403.
 */
public final class OrganisationLookup {

    private final Directory directory;
    private final Sides sides;

    public OrganisationLookup(Directory directory, Sides sides) {
        this.directory = directory;
        this.sides = sides;
    }

    /** The employer with this id, or 404. */
    public OrganisationInfo company(String id) {
        OrganisationInfo organisation = find(id);
        if (!Sides.EMPLOYER.equals(organisation.kind())) throw new NotFoundResponse();
        return organisation;
    }

    /** The social organisation (any kind but employer) with this id, or 404. */
    public OrganisationInfo socialOrganisation(String id) {
        OrganisationInfo organisation = find(id);
        if (Sides.EMPLOYER.equals(organisation.kind())) throw new NotFoundResponse();
        return organisation;
    }

    /** The company, when the visitor coordinates it; 404 for no such company, 403 for someone else's. */
    public OrganisationInfo coordinatedCompany(Visitor visitor, String id) {
        OrganisationInfo company = company(id);
        if (!sides.coordinatesCompany(visitor, company.id())) throw new ForbiddenResponse();
        return company;
    }

    /** The social organisation, when the visitor coordinates it; 404 for no such organisation, 403 for another's. */
    public OrganisationInfo coordinatedOrganisation(Visitor visitor, String id) {
        OrganisationInfo organisation = socialOrganisation(id);
        if (!sides.coordinatesOrganisation(visitor, organisation.id())) throw new ForbiddenResponse();
        return organisation;
    }

    private OrganisationInfo find(String id) {
        if (!Rows.plausibleId(id)) throw new NotFoundResponse();
        return directory.organisation(id).orElseThrow(NotFoundResponse::new);
    }
}
