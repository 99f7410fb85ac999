package nl.plein.goodbusy.profile;

import nl.plein.goodbusy.GoodBusy;

/** The routes of this part of Good Busy. */
public final class ProfileRoutes {

    private ProfileRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
    }
}
