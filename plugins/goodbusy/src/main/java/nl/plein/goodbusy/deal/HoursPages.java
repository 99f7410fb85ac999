package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.Rows;

/**
 * Hours: an employee registers their own ({@code POST .../hours}) for a day of the agreement that has come, and the
 * social organisation approves or declines them, one by one or many at once ({@code POST .../hours/decide}). A company
 * never approves its own hours: whoever decides coordinates the organisation and does not work for the company.
 */
final class HoursPages {

    static final int MAX_NOTE = 1000;
    static final int MAX_REASON = 1000;
    /** More than any one page of hours shows; a longer list is cut, not refused. */
    static final int MAX_DECIDED_AT_ONCE = 1000;

    private final Deal deal;
    private final MatchPages pages;

    HoursPages(Deal deal, MatchPages pages) {
        this.deal = deal;
        this.pages = pages;
    }

    void register(Context ctx) {
        MatchAccess.Seen seen = deal.access().seen(ctx);
        Match match = seen.match();
        if (!seen.roles().employee()) {
            if (!seen.roles().coordinatesEither()) throw new ForbiddenResponse();
            Refusal.of(HttpStatus.FORBIDDEN, "goodbusy.deal.refused.only-employees-hours")
                    .link(Deal.path(match), "goodbusy.deal.link.back").render(ctx, deal.messages());
            return;
        }
        Optional<Agreement> agreement = deal.agreements().find(match.id());
        if (!MatchAccess.signingUp(match.status()) || agreement.isEmpty()) {
            pages.wrongState(ctx, match.id());
            return;
        }
        Map<String, String> typed = Forms.read(ctx, "workedOn", "hours", "shift", "note");
        FieldErrors errors = new FieldErrors();
        LocalDate workedOn = Forms.date(typed, "workedOn", errors);
        if (workedOn != null && workedOn.isAfter(deal.today())) {
            errors.add("workedOn", "goodbusy.deal.error.hours-future");
        } else if (workedOn != null && (workedOn.isBefore(agreement.get().startsOn())
                || workedOn.isAfter(agreement.get().endsOn()))) {
            errors.add("workedOn", "goodbusy.deal.error.hours-outside-agreement");
        }
        Integer minutes = Forms.minutes(typed, "hours", errors);
        String shiftId = typed.get("shift").isEmpty() ? null : typed.get("shift");
        String personId = seen.visitor().personId();
        if (shiftId != null) {
            Optional<Shift> shift = deal.shifts().find(match.id(), shiftId)
                    .filter(s -> deal.shifts().signedUp(match.id(), s.id(), personId));
            if (shift.isEmpty()) {
                errors.add("shift", "goodbusy.deal.error.hours-shift");
            } else if (workedOn != null && !LocalDate.ofInstant(shift.get().startsAt(), Texts.AMSTERDAM)
                    .equals(workedOn)) {
                errors.add("shift", "goodbusy.deal.error.hours-shift-date");
            }
        }
        String note = Forms.text(typed, "note", MAX_NOTE, null, errors);
        if (errors.isEmpty()) {
            switch (deal.hours().register(match, shiftId, personId, workedOn, minutes, note)) {
                case REGISTERED -> {
                    deal.nudges().hoursRegistered(match, deal.goodBusy().context().clock().instant());
                    ctx.redirect(Deal.path(match) + "?notice=hours-registered#hours", HttpStatus.SEE_OTHER);
                    return;
                }
                case WRONG_STATE -> {
                    pages.wrongState(ctx, match.id());
                    return;
                }
                case DAY_FULL -> errors.add("hours", "goodbusy.deal.error.hours-day-full");
            }
        }
        pages.show(ctx, seen, HttpStatus.UNPROCESSABLE_CONTENT, new MatchPages.Failed("hours", typed, errors));
    }

    void decide(Context ctx) {
        MatchAccess.Seen seen = deal.access().seen(ctx);
        Match match = seen.match();
        if (!seen.roles().organisation()) {
            if (!seen.roles().coordinatesEither()) throw new ForbiddenResponse();
            Refusal.of(HttpStatus.FORBIDDEN, "goodbusy.deal.refused.only-organisation-decides")
                    .link(Deal.path(match) + "#hours", "goodbusy.deal.link.back").render(ctx, deal.messages());
            return;
        }
        if (deal.goodBusy().sides().worksFor(seen.visitor(), match.companyId())) {
            Refusal.of(HttpStatus.FORBIDDEN, "goodbusy.deal.refused.own-hours")
                    .link(Deal.path(match) + "#hours", "goodbusy.deal.link.back").render(ctx, deal.messages());
            return;
        }
        if (!MatchAccess.signingUp(match.status())) {
            pages.wrongState(ctx, match.id());
            return;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String id : ctx.formParams("hours")) {
            if (Rows.plausibleId(id) && chosen.size() < MAX_DECIDED_AT_ONCE) chosen.add(id);
        }
        Map<String, String> typed = new LinkedHashMap<>(Forms.read(ctx, "decision", "reason"));
        typed.put("chosen", String.join(",", chosen));
        FieldErrors errors = new FieldErrors();
        if (chosen.isEmpty()) errors.add("selection", "goodbusy.deal.error.hours-none-chosen");
        String decision = typed.get("decision");
        if (!List.of("approve", "decline").contains(decision)) {
            errors.add("decision", "goodbusy.deal.error.decision");
        }
        String reason = Forms.text(typed, "reason", MAX_REASON,
                "decline".equals(decision) ? "goodbusy.deal.error.decline-reason-required" : null, errors);
        if (!errors.isEmpty()) {
            pages.show(ctx, seen, HttpStatus.UNPROCESSABLE_CONTENT, new MatchPages.Failed("decide", typed, errors));
            return;
        }
        int decided = deal.hours().decide(match.id(), chosen,
                "approve".equals(decision) ? HoursEntry.APPROVED : HoursEntry.DECLINED, reason,
                seen.visitor().personId());
        ctx.redirect(Deal.path(match) + "?notice=hours-decided&count=" + decided + "&skipped="
                + (chosen.size() - decided) + "#hours", HttpStatus.SEE_OTHER);
    }
}
