package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.form.FieldErrors;

/**
 * Evaluating and thanking ({@code POST .../evaluation}: each side once, once the work is over — after the last shift
 * or, without shifts, from the agreement's last day — or the match is done; the other side receives the thanks by
 * mail) and closing the match ({@code POST .../done}) when the work is over.
 */
final class EvaluationPages {

    static final int MAX_TEXT = 4000;

    private final Deal deal;
    private final MatchPages pages;

    EvaluationPages(Deal deal, MatchPages pages) {
        this.deal = deal;
        this.pages = pages;
    }

    void evaluate(Context ctx) {
        MatchAccess.Seen seen = coordinator(ctx);
        Match match = seen.match();
        Side side = seen.roles().side(ctx.formParam("side")).orElseThrow();
        if (!MatchAccess.signingUp(match.status())) {
            pages.wrongState(ctx, match.id());
            return;
        }
        // Evaluating and thanking is about work that happened: not weeks before the first shift.
        if (!pages.workOver(match, deal.agreements().find(match.id()).orElse(null), deal.shifts().of(match.id()),
                deal.goodBusy().context().clock().instant())) {
            Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.evaluate-not-finished")
                    .link(Deal.path(match) + "#evaluation", "goodbusy.deal.link.back").render(ctx, deal.messages());
            return;
        }
        Map<String, String> typed = Forms.read(ctx, "side", "rating", "wentWell", "toImprove", "thanks");
        FieldErrors errors = new FieldErrors();
        Integer rating = Forms.number(typed, "rating", 1, 5, "goodbusy.deal.error.rating", errors);
        String wentWell = Forms.text(typed, "wentWell", MAX_TEXT, null, errors);
        String toImprove = Forms.text(typed, "toImprove", MAX_TEXT, null, errors);
        String thanks = Forms.text(typed, "thanks", MAX_TEXT, "goodbusy.deal.error.thanks-required", errors);
        if (!errors.isEmpty()) {
            pages.show(ctx, seen, HttpStatus.UNPROCESSABLE_CONTENT, new MatchPages.Failed("evaluation", typed, errors));
            return;
        }
        switch (deal.evaluations().add(match.id(), side, rating, wentWell, toImprove, thanks,
                seen.visitor().personId())) {
            case ADDED -> {
                Evaluation evaluation = deal.evaluations().of(match.id()).stream().filter(e -> e.side() == side)
                        .findFirst().orElseThrow();
                deal.mails().thanks(match, seen.request(), seen.offer(), evaluation);
                ctx.redirect(Deal.path(match) + "?notice=evaluated#evaluation", HttpStatus.SEE_OTHER);
            }
            case ALREADY -> Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.already-evaluated")
                    .link(Deal.path(match) + "#evaluation", "goodbusy.deal.link.back").render(ctx, deal.messages());
            case WRONG_STATE -> pages.wrongState(ctx, match.id());
        }
    }

    void done(Context ctx) {
        MatchAccess.Seen seen = coordinator(ctx);
        Match match = seen.match();
        Optional<Agreement> agreement = deal.agreements().find(match.id());
        if (match.status() != MatchStatus.AGREED || agreement.isEmpty()) {
            pages.wrongState(ctx, match.id());
            return;
        }
        List<Shift> shifts = deal.shifts().of(match.id());
        if (!MatchPages.finished(agreement.get(), shifts, deal.goodBusy().context().clock().instant(), deal.today())) {
            Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.not-finished")
                    .link(Deal.path(match), "goodbusy.deal.link.back").render(ctx, deal.messages());
            return;
        }
        if (!deal.matches().move(match.id(), MatchStatus.AGREED, MatchStatus.DONE)) {
            pages.wrongState(ctx, match.id());
            return;
        }
        deal.mails().done(match, seen.request(), seen.offer());
        ctx.redirect(Deal.path(match) + "?notice=done", HttpStatus.SEE_OTHER);
    }

    private MatchAccess.Seen coordinator(Context ctx) {
        MatchAccess.Seen seen = deal.access().seen(ctx);
        if (!seen.roles().coordinatesEither()) throw new ForbiddenResponse();
        return seen;
    }
}
