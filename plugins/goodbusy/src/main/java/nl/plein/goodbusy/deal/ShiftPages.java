package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.matching.Facts;

/**
 * Shifts of an agreed match ({@code POST .../shifts}, by either side's coordinators) and signing up for them
 * ({@code POST .../shifts/{shift}/signup|cancel}, by the company's employees, before the shift starts). A shift never
 * takes more people than the organisation can guide on one day.
 */
final class ShiftPages {

    static final int MAX_LABEL = 120;

    private final Deal deal;
    private final MatchPages pages;

    ShiftPages(Deal deal, MatchPages pages) {
        this.deal = deal;
        this.pages = pages;
    }

    void add(Context ctx) {
        MatchAccess.Seen seen = deal.access().seen(ctx);
        if (!seen.roles().coordinatesEither()) throw new ForbiddenResponse();
        Match match = seen.match();
        Optional<Agreement> agreement = deal.agreements().find(match.id());
        if (match.status() != MatchStatus.AGREED || agreement.isEmpty()) {
            pages.wrongState(ctx, match.id());
            return;
        }
        Map<String, String> typed = Forms.read(ctx, "label", "date", "startTime", "endTime", "places");
        FieldErrors errors = new FieldErrors();
        String label = Forms.text(typed, "label", MAX_LABEL, "goodbusy.deal.error.label-required", errors);
        LocalDate date = Forms.date(typed, "date", errors);
        Agreement agreed = agreement.get();
        if (date != null && (date.isBefore(agreed.startsOn()) || date.isAfter(agreed.endsOn()))) {
            errors.add("date", "goodbusy.deal.error.shift-outside-agreement");
            date = null;
        }
        LocalTime start = Forms.time(typed, "startTime", errors);
        LocalTime end = Forms.time(typed, "endTime", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add("endTime", "goodbusy.deal.error.end-before-start");
        }
        int perDay = Facts.of(seen.request(),
                deal.goodBusy().profiles().organisation(seen.request().organisationId()).orElse(null)).perDay();
        Integer places = Forms.number(typed, "places", 1, perDay, "goodbusy.deal.error.places-range", errors);
        Instant startsAt = null;
        if (date != null && start != null && !errors.has("endTime")) {
            startsAt = date.atTime(start).atZone(Texts.AMSTERDAM).toInstant();
            if (!startsAt.isAfter(deal.goodBusy().context().clock().instant())) {
                errors.add("date", "goodbusy.deal.error.shift-past");
            }
        }
        if (!errors.isEmpty()) {
            pages.show(ctx, seen, HttpStatus.UNPROCESSABLE_CONTENT, new MatchPages.Failed("shift", typed, errors));
            return;
        }
        Instant endsAt = date.atTime(end).atZone(Texts.AMSTERDAM).toInstant();
        if (deal.shifts().add(match.id(), label, startsAt, endsAt, places).isEmpty()) {
            pages.wrongState(ctx, match.id());
            return;
        }
        ctx.redirect(Deal.path(match) + "?notice=shift-added#shifts", HttpStatus.SEE_OTHER);
    }

    void signUp(Context ctx) {
        MatchAccess.Seen seen = employee(ctx);
        if (seen == null) return;
        Match match = seen.match();
        switch (deal.shifts().signUp(match.id(), ctx.pathParam("shift"), seen.visitor().personId())) {
            case SIGNED_UP -> ctx.redirect(Deal.path(match) + "?notice=signed-up#shifts", HttpStatus.SEE_OTHER);
            case FULL -> refuse(ctx, match, "goodbusy.deal.refused.shift-full");
            case ALREADY -> refuse(ctx, match, "goodbusy.deal.refused.already-signed-up");
            case STARTED -> refuse(ctx, match, "goodbusy.deal.refused.shift-started");
            case WRONG_STATE -> pages.wrongState(ctx, match.id());
            case UNKNOWN -> throw new NotFoundResponse();
        }
    }

    void cancel(Context ctx) {
        MatchAccess.Seen seen = employee(ctx);
        if (seen == null) return;
        Match match = seen.match();
        switch (deal.shifts().cancel(match.id(), ctx.pathParam("shift"), seen.visitor().personId())) {
            case CANCELLED -> ctx.redirect(Deal.path(match) + "?notice=cancelled#shifts", HttpStatus.SEE_OTHER);
            case NOT_SIGNED_UP -> refuse(ctx, match, "goodbusy.deal.refused.not-signed-up");
            case STARTED -> refuse(ctx, match, "goodbusy.deal.refused.shift-started");
            case UNKNOWN -> throw new NotFoundResponse();
        }
    }

    private void refuse(Context ctx, Match match, String key) {
        Refusal.of(HttpStatus.CONFLICT, key).link(Deal.path(match) + "#shifts", "goodbusy.deal.link.back")
                .render(ctx, deal.messages());
    }

    /** The match, if the visitor works for its company: only employees sign up, for themselves. */
    private MatchAccess.Seen employee(Context ctx) {
        MatchAccess.Seen seen = deal.access().seen(ctx);
        if (seen.roles().employee()) return seen;
        if (!seen.roles().coordinatesEither()) throw new ForbiddenResponse();
        Refusal.of(HttpStatus.FORBIDDEN, "goodbusy.deal.refused.only-employees")
                .link(Deal.path(seen.match()), "goodbusy.deal.link.back").render(ctx, deal.messages());
        return null;
    }
}
