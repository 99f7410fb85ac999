package nl.plein.goodbusy.deal;

import nl.plein.goodbusy.GoodBusy;

/** The routes of this part of Good Busy. */
public final class DealRoutes {

    private DealRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
    }
}
