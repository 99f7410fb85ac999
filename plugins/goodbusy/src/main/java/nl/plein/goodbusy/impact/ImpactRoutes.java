package nl.plein.goodbusy.impact;

import nl.plein.goodbusy.GoodBusy;

/** The routes of this part of Good Busy. */
public final class ImpactRoutes {

    private ImpactRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
    }
}
