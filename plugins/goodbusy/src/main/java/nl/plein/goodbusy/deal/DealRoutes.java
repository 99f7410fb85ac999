package nl.plein.goodbusy.deal;

import nl.plein.api.Permission;
import nl.plein.api.event.PlatformStarted;
import nl.plein.goodbusy.GoodBusy;

/**
 * The deal, from proposal to done: proposing and answering, the conversation and the agreement, shifts and sign-ups,
 * hours and their approval, evaluation, and the jobs that remind a side that has not answered. Every route is for
 * signed-in people; who may do what in one match (coordinator of a side, employee of the company, broker, manager)
 * is checked in the handlers through {@link MatchAccess}, which asks {@link nl.plein.goodbusy.Sides}.
 */
public final class DealRoutes {

    private DealRoutes() {
    }

    public static void register(GoodBusy goodBusy) {
        Deal deal = Deal.of(goodBusy);
        MatchPages pages = new MatchPages(deal);
        ProposalPages proposals = new ProposalPages(deal, pages);
        AgreementPages agreement = new AgreementPages(deal, pages);
        ShiftPages shifts = new ShiftPages(deal, pages);
        HoursPages hours = new HoursPages(deal, pages);
        EvaluationPages evaluation = new EvaluationPages(deal, pages);
        goodBusy.context().routes()
                .get("/matches", Permission.SIGNED_IN, new MatchList(deal)::show)
                .post("/matches", Permission.SIGNED_IN, proposals::propose)
                .get("/matches/{id}", Permission.SIGNED_IN, pages::show)
                .post("/matches/{id}/accept", Permission.SIGNED_IN, proposals::accept)
                .post("/matches/{id}/decline", Permission.SIGNED_IN, proposals::decline)
                .post("/matches/{id}/withdraw", Permission.SIGNED_IN, proposals::withdraw)
                .post("/matches/{id}/messages", Permission.SIGNED_IN, agreement::message)
                .post("/matches/{id}/agreement", Permission.SIGNED_IN, agreement::save)
                .post("/matches/{id}/confirm", Permission.SIGNED_IN, agreement::confirm)
                .post("/matches/{id}/shifts", Permission.SIGNED_IN, shifts::add)
                .post("/matches/{id}/shifts/{shift}/signup", Permission.SIGNED_IN, shifts::signUp)
                .post("/matches/{id}/shifts/{shift}/cancel", Permission.SIGNED_IN, shifts::cancel)
                .post("/matches/{id}/hours", Permission.SIGNED_IN, hours::register)
                .post("/matches/{id}/hours/decide", Permission.SIGNED_IN, hours::decide)
                .post("/matches/{id}/evaluation", Permission.SIGNED_IN, evaluation::evaluate)
                .post("/matches/{id}/done", Permission.SIGNED_IN, evaluation::done);
        deal.nudges().register(goodBusy.context().jobs());
        // A proposal is stored before its reminder and expiry are planned; a stop in between would leave it waiting
        // for ever. Each start plans them again for every waiting proposal (the same keys: planned ones stay).
        goodBusy.context().events().subscribe(PlatformStarted.class, started -> deal.nudges().planWaiting());
    }
}
