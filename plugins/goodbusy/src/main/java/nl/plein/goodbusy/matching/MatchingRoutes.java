package nl.plein.goodbusy.matching;

import nl.plein.goodbusy.GoodBusy;

/** The routes of this part of Good Busy. */
public final class MatchingRoutes {

    private MatchingRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
    }
}
