package nl.plein.goodbusy.request;

import nl.plein.api.Permission;
import nl.plein.goodbusy.GoodBusy;

/**
 * Requests (hulpvragen): the public list, a request's page, and the forms of the social organisation's coordinators.
 * Object rules (who sees a paused request, who acts for one) are checked in {@link RequestPages}.
 */
public final class RequestRoutes {

    private RequestRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
        var list = new RequestListPage(goodBusy);
        var pages = new RequestPages(goodBusy);

        // "new" before "{id}": routes match in the order they are declared.
        goodBusy.context().routes()
                .get("/requests", Permission.PUBLIC, list::show)
                .get("/requests/new", Permission.SIGNED_IN, pages::newForm)
                .post("/requests", Permission.SIGNED_IN, pages::create)
                .get("/requests/{id}", Permission.PUBLIC, pages::show)
                .get("/requests/{id}/edit", Permission.SIGNED_IN, pages::editForm)
                .post("/requests/{id}/edit", Permission.SIGNED_IN, pages::update)
                .post("/requests/{id}/status", Permission.SIGNED_IN, pages::changeStatus);
    }
}
