package nl.plein.goodbusy.offer;

import nl.plein.api.Permission;
import nl.plein.goodbusy.GoodBusy;

/**
 * Companies' offers: the list for signed-in people, the coordinator's own offers, an offer's page and the forms of the
 * company's coordinators. Object rules (who sees a paused offer, who acts for one) are checked in {@link OfferPages}.
 */
public final class OfferRoutes {

    private OfferRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
        var lists = new OfferListPages(goodBusy, new OpenOffers(goodBusy.context().jdbi()));
        var pages = new OfferPages(goodBusy);

        // "mine" and "new" before "{id}": routes match in the order they are declared.
        goodBusy.context().routes()
                .get("/offers", Permission.SIGNED_IN, lists::open)
                .get("/offers/mine", Permission.SIGNED_IN, lists::mine)
                .get("/offers/new", Permission.SIGNED_IN, pages::newForm)
                .post("/offers", Permission.SIGNED_IN, pages::create)
                .get("/offers/{id}", Permission.SIGNED_IN, pages::show)
                .get("/offers/{id}/edit", Permission.SIGNED_IN, pages::editForm)
                .post("/offers/{id}/edit", Permission.SIGNED_IN, pages::update)
                .post("/offers/{id}/status", Permission.SIGNED_IN, pages::changeStatus);
    }
}
