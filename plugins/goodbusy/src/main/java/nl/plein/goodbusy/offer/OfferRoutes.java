package nl.plein.goodbusy.offer;

import nl.plein.goodbusy.GoodBusy;

/** The routes of this part of Good Busy. */
public final class OfferRoutes {

    private OfferRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
    }
}
