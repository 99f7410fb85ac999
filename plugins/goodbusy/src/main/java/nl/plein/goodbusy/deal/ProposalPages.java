package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.matching.Facts;
import nl.plein.goodbusy.matching.MatchScore;
import nl.plein.goodbusy.matching.Reason;
import nl.plein.goodbusy.matching.Scorer;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;

/**
 * Proposing a match ({@code POST /goodbusy/matches}, from the suggestion pages) and answering it
 * ({@code POST /goodbusy/matches/{id}/accept|decline|withdraw}). Either side proposes, for the request's organisation
 * or the offer's company it coordinates; only the other side answers, and a declined proposal says why.
 */
final class ProposalPages {

    static final int MAX_PROPOSAL = 4000;
    static final int MAX_REASON = 2000;

    private final Deal deal;
    private final MatchPages pages;

    ProposalPages(Deal deal, MatchPages pages) {
        this.deal = deal;
        this.pages = pages;
    }

    void propose(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Map<String, String> typed = Forms.read(ctx, "request", "offer", "proposal");
        HelpRequest request = deal.goodBusy().requests().find(typed.get("request")).orElseThrow(NotFoundResponse::new);
        Offer offer = deal.goodBusy().offers().find(typed.get("offer")).orElseThrow(NotFoundResponse::new);
        boolean forOrganisation = deal.goodBusy().sides().coordinatesOrganisation(visitor, request.organisationId());
        if (!forOrganisation && !deal.goodBusy().sides().coordinatesCompany(visitor, offer.companyId())) {
            throw new ForbiddenResponse();
        }
        Side side = forOrganisation ? Side.ORGANISATION : Side.COMPANY;
        // A paused or closed item is hidden from the other side (its page is 404): refusing the proposal by name
        // would show it after all.
        var sides = deal.goodBusy().sides();
        if (!request.isOpen() && !forOrganisation && !sides.oversees(visitor, request.province())) {
            throw new NotFoundResponse();
        }
        if (!offer.isOpen() && !sides.coordinatesCompany(visitor, offer.companyId())
                && !visitor.may(nl.plein.goodbusy.GoodBusyPermissions.MANAGE)) {
            throw new NotFoundResponse();
        }
        if (!request.isOpen()) {
            notOpen(ctx, "goodbusy.deal.refused.request-not-open", request.title(), request.status());
            return;
        }
        if (!offer.isOpen()) {
            notOpen(ctx, "goodbusy.deal.refused.offer-not-open", offer.title(), offer.status());
            return;
        }
        LocalDate today = deal.today();
        if (request.endsOn().isBefore(today)) {
            Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.request-passed", request.title(),
                    Texts.day(request.endsOn(), visitor.locale())).render(ctx, deal.messages());
            return;
        }
        if (offer.availableUntil().isBefore(today)) {
            Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.offer-passed", offer.title(),
                    Texts.day(offer.availableUntil(), visitor.locale())).render(ctx, deal.messages());
            return;
        }
        Optional<String> existing = deal.matches().existing(request.id(), offer.id());
        if (existing.isPresent()) {
            duplicate(ctx, existing.get());
            return;
        }
        // Only the days still ahead count, as in the suggestions: dates that overlap in the past fit nothing.
        MatchScore score = Scorer.score(Facts.of(request,
                        deal.goodBusy().profiles().organisation(request.organisationId()).orElse(null))
                .notBefore(today.toEpochDay()), Facts.of(offer).notBefore(today.toEpochDay()));
        if (!score.passes()) {
            Refusal refusal = Refusal.of(HttpStatus.UNPROCESSABLE_CONTENT, "goodbusy.deal.refused.filters",
                    request.title(), offer.title());
            for (Reason reason : score.reasons()) {
                if (!reason.good()) refusal.detail(Texts.reason(deal.messages(), visitor.locale(), reason));
            }
            suggestionLinks(refusal, side, request, offer).render(ctx, deal.messages());
            return;
        }
        FieldErrors errors = new FieldErrors();
        String proposal = Forms.text(typed, "proposal", MAX_PROPOSAL, null, errors);
        if (proposal == null) {
            Map<String, Object> model = new HashMap<>();
            model.put("request", request);
            model.put("offer", offer);
            model.put("form", typed);
            model.put("errors", errors.asMap());
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).render("goodbusy/deal/propose", model);
            return;
        }
        Matches.Proposed proposed = deal.matches().propose(request.id(), offer.id(), request.organisationId(),
                offer.companyId(), side, visitor.personId(), proposal, score.score());
        if (!proposed.stored()) {
            // Lost a race: a second click made the match first, or the item was paused meanwhile.
            if (proposed.existingId() != null) duplicate(ctx, proposed.existingId());
            else Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.closed-meanwhile").render(ctx, deal.messages());
            return;
        }
        Match match = proposed.match();
        deal.nudges().proposed(match);
        deal.mails().proposed(match, request, offer, deal.goodBusy().settings().answerDays());
        ctx.redirect(Deal.path(match) + "?notice=proposed", HttpStatus.SEE_OTHER);
    }

    private void notOpen(Context ctx, String key, String title, ItemStatus status) {
        Refusal.of(HttpStatus.CONFLICT, key, title, statusWord(status, Visitor.of(ctx).locale()))
                .render(ctx, deal.messages());
    }

    private void duplicate(Context ctx, String existingId) {
        Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.duplicate")
                .link("/goodbusy/matches/" + existingId, "goodbusy.deal.refused.to-existing")
                .render(ctx, deal.messages());
    }

    private static Refusal suggestionLinks(Refusal refusal, Side side, HelpRequest request, Offer offer) {
        return side == Side.ORGANISATION
                ? refusal.link("/goodbusy/requests/" + request.id() + "/suggestions", "goodbusy.deal.link.suggestions")
                : refusal.link("/goodbusy/offers/" + offer.id() + "/suggestions", "goodbusy.deal.link.suggestions");
    }

    void accept(Context ctx) {
        MatchAccess.Seen seen = answering(ctx);
        if (seen == null) return;
        Locale locale = seen.visitor().locale();
        switch (deal.matches().accept(seen.match().id(), seen.visitor().personId())) {
            case ACCEPTED -> answered(ctx, seen, "accepted");
            case WRONG_STATE -> pages.wrongState(ctx, seen.match().id());
            // Read again: the item was paused or closed after the page was shown.
            case REQUEST_NOT_OPEN -> notOpenToAccept(ctx, seen, "goodbusy.deal.refused.accept-request-not-open",
                    seen.request().title(), statusWord(deal.goodBusy().requests().find(seen.request().id())
                            .map(HelpRequest::status).orElse(ItemStatus.CLOSED), locale));
            case OFFER_NOT_OPEN -> notOpenToAccept(ctx, seen, "goodbusy.deal.refused.accept-offer-not-open",
                    seen.offer().title(), statusWord(deal.goodBusy().offers().find(seen.offer().id())
                            .map(Offer::status).orElse(ItemStatus.CLOSED), locale));
        }
    }

    private void notOpenToAccept(Context ctx, MatchAccess.Seen seen, String key, String title, String status) {
        Refusal.of(HttpStatus.CONFLICT, key, title, status).link(Deal.path(seen.match()), "goodbusy.deal.link.back")
                .render(ctx, deal.messages());
    }

    private String statusWord(ItemStatus status, Locale locale) {
        return deal.messages().get(locale, "goodbusy.status." + status.code()).toLowerCase(locale);
    }

    void decline(Context ctx) {
        MatchAccess.Seen seen = answering(ctx);
        if (seen == null) return;
        Map<String, String> typed = Forms.read(ctx, "reason");
        FieldErrors errors = new FieldErrors();
        String reason = Forms.text(typed, "reason", MAX_REASON, "goodbusy.deal.error.reason-required", errors);
        if (seen.match().status() != MatchStatus.PROPOSED) {
            pages.wrongState(ctx, seen.match().id());
            return;
        }
        if (reason == null) {
            pages.show(ctx, seen, HttpStatus.UNPROCESSABLE_CONTENT, new MatchPages.Failed("decline", typed, errors));
            return;
        }
        if (!deal.matches().answer(seen.match().id(), MatchStatus.DECLINED, seen.visitor().personId(), reason)) {
            pages.wrongState(ctx, seen.match().id());
            return;
        }
        answered(ctx, seen, "declined");
    }

    void withdraw(Context ctx) {
        MatchAccess.Seen seen = deal.access().seen(ctx);
        Match match = seen.match();
        if (!seen.roles().coordinates(match.proposedBy())) {
            otherSide(ctx, seen, "goodbusy.deal.refused.only-proposer-withdraws");
            return;
        }
        if (!deal.matches().answer(match.id(), MatchStatus.WITHDRAWN, seen.visitor().personId(), "")) {
            pages.wrongState(ctx, match.id());
            return;
        }
        deal.nudges().answered(match.id());
        deal.mails().withdrawn(match, seen.request(), seen.offer());
        ctx.redirect(Deal.path(match) + "?notice=withdrawn", HttpStatus.SEE_OTHER);
    }

    /** The match, if the visitor may answer it: a coordinator of the side that did not propose. */
    private MatchAccess.Seen answering(Context ctx) {
        MatchAccess.Seen seen = deal.access().seen(ctx);
        if (!seen.roles().coordinates(seen.match().proposedBy().other())) {
            otherSide(ctx, seen, "goodbusy.deal.refused.only-other-side-answers");
            return null;
        }
        return seen;
    }

    /** A coordinator of the wrong side is told why; anyone else is simply not allowed. */
    private void otherSide(Context ctx, MatchAccess.Seen seen, String key) {
        if (!seen.roles().coordinatesEither()) throw new ForbiddenResponse();
        Refusal.of(HttpStatus.FORBIDDEN, key).link(Deal.path(seen.match()), "goodbusy.deal.link.back")
                .render(ctx, deal.messages());
    }

    private void answered(Context ctx, MatchAccess.Seen seen, String notice) {
        deal.nudges().answered(seen.match().id());
        Match now = deal.matches().find(seen.match().id()).orElseThrow();
        deal.mails().answered(now, seen.request(), seen.offer(), notice);
        ctx.redirect(Deal.path(now) + "?notice=" + notice, HttpStatus.SEE_OTHER);
    }
}
