package nl.plein.goodbusy.matching;

import nl.plein.api.Permission;
import nl.plein.api.event.PlatformStarted;
import nl.plein.goodbusy.GoodBusy;

/**
 * Matching: the ranked suggestions for a request and for an offer, with their reasons, and the daily digest of new
 * good matches by mail. Who may see which suggestions is checked in {@link SuggestionPages}.
 */
public final class MatchingRoutes {

    /** The job kind of the daily digest (what an operator finds on the admin jobs page). */
    public static final String DIGEST_KIND = Digest.KIND;

    private MatchingRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
        var context = goodBusy.context();
        Candidates candidates = new Candidates(context.jdbi());
        var pages = new SuggestionPages(goodBusy, new Suggestions(candidates, goodBusy.requests(), goodBusy.offers(),
                goodBusy.profiles(), context.directory(), context.clock()));
        context.routes()
                .get("/requests/{id}/suggestions", Permission.SIGNED_IN, pages::forRequest)
                .get("/offers/{id}/suggestions", Permission.SIGNED_IN, pages::forOffer);

        Digest digest = new Digest(goodBusy, candidates);
        context.jobs().handle(Digest.KIND, digest::run);
        // Each run plans the next; a start plans the coming one too, for a new installation and in case a run was
        // lost (planning a pending digest again only confirms it).
        context.events().subscribe(PlatformStarted.class, started -> digest.planNext(context.clock().instant()));
    }
}
