package nl.plein.goodbusy.request;

import nl.plein.goodbusy.GoodBusy;

/** The routes of this part of Good Busy. */
public final class RequestRoutes {

    private RequestRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
    }
}
