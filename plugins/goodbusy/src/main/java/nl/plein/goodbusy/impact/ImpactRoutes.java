package nl.plein.goodbusy.impact;

import nl.plein.api.Permission;
import nl.plein.goodbusy.GoodBusy;

/**
 * Impact: a company's dashboard with its CSV and PDF exports, the help a social organisation received, and the
 * broker's view of what is stuck in a region. All need a signed-in visitor; who may see which organisation's figures
 * (its coordinators, brokers, community managers) is checked in the handlers.
 */
public final class ImpactRoutes {

    private ImpactRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
        var impact = new ImpactRepository(goodBusy.context().jdbi());
        var company = new CompanyImpactPages(goodBusy, impact);
        var received = new ReceivedHelpPage(goodBusy, impact);
        var broker = new BrokerPages(goodBusy, new BrokerRepository(goodBusy.context().jdbi()));
        goodBusy.context().routes()
                .get("/companies/{org}/impact", Permission.SIGNED_IN, company::page)
                .get("/companies/{org}/impact.csv", Permission.SIGNED_IN, company::csv)
                .get("/companies/{org}/impact.pdf", Permission.SIGNED_IN, company::pdf)
                .get("/organisations/{org}/received", Permission.SIGNED_IN, received::page)
                // Brokers (BROKER) and community managers (MANAGE) both: checked in the handlers.
                .get("/broker", Permission.SIGNED_IN, broker::page)
                .post("/broker/matches/{id}/nudge", Permission.SIGNED_IN, broker::nudge);
    }
}
