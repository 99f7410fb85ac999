package nl.plein.goodbusy.profile;

import nl.plein.api.Permission;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.start.StartPage;

/**
 * The start page of Good Busy and the profiles of companies and social organisations. Every signed-in person may read
 * a profile (the company's hours budget only its coordinators); only coordinators edit one. Those object rules are
 * checked in the handlers through {@link OrganisationLookup}.
 */
public final class ProfileRoutes {

    private ProfileRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
        var lookup = new OrganisationLookup(goodBusy.context().directory(), goodBusy.sides());
        var companies = new CompanyProfilePages(goodBusy, lookup);
        var organisations = new OrganisationProfilePages(goodBusy, lookup);
        var start = new StartPage(goodBusy);

        goodBusy.context().routes()
                .get("/", Permission.PUBLIC, start::show)
                .get("/companies/{org}", Permission.SIGNED_IN, companies::show)
                .get("/companies/{org}/profile", Permission.SIGNED_IN, companies::editForm)
                .post("/companies/{org}/profile", Permission.SIGNED_IN, companies::save)
                .get("/organisations/{org}", Permission.SIGNED_IN, organisations::show)
                .get("/organisations/{org}/profile", Permission.SIGNED_IN, organisations::editForm)
                .post("/organisations/{org}/profile", Permission.SIGNED_IN, organisations::save);
    }
}
