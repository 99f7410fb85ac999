package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.Rows;

/**
 * The conversation ({@code POST .../messages}) and the agreement ({@code POST .../agreement}, {@code .../confirm}):
 * between the coordinators of both sides, while the match is in conversation. Either side writes the agreement, but
 * each chooses only its own contact person, from its own people; the other side's choice stays as it is. Both sides
 * confirm the same revision of the agreement; the second confirmation makes the match agreed. A revision that waits
 * for a confirmation reminds the side concerned after the answer days ({@link Nudges}).
 */
final class AgreementPages {

    static final int MAX_WHAT = 4000;
    static final int MAX_BRIEFING = 4000;
    /** An agreement reaches at most two years ahead, and lasts at most two years. */
    static final int MAX_YEARS = 2;

    private final Deal deal;
    private final MatchPages pages;

    AgreementPages(Deal deal, MatchPages pages) {
        this.deal = deal;
        this.pages = pages;
    }

    void message(Context ctx) {
        MatchAccess.Seen seen = coordinator(ctx);
        Side side = seen.roles().side(ctx.formParam("side")).orElseThrow();
        // The side is kept with the text, so a message sent back for a mistake still speaks for the side chosen.
        Map<String, String> typed = Forms.read(ctx, "side", "body");
        typed.put("side", side.code());
        FieldErrors errors = new FieldErrors();
        String body = Forms.text(typed, "body", Conversation.MAX_BODY, "goodbusy.deal.error.body-required", errors);
        if (!Conversation.talking(seen.match().status())) {
            pages.wrongState(ctx, seen.match().id());
            return;
        }
        if (body == null) {
            pages.show(ctx, seen, HttpStatus.UNPROCESSABLE_CONTENT, new MatchPages.Failed("message", typed, errors));
            return;
        }
        Optional<Message> message = deal.conversation().add(seen.match().id(), side, seen.visitor().personId(), body);
        if (message.isEmpty()) {
            pages.wrongState(ctx, seen.match().id());
            return;
        }
        deal.mails().message(seen.match(), seen.request(), seen.offer(), message.get(),
                seen.visitor().displayName());
        ctx.redirect(Deal.path(seen.match()) + "?notice=message#conversation", HttpStatus.SEE_OTHER);
    }

    void save(Context ctx) {
        MatchAccess.Seen seen = coordinator(ctx);
        if (seen.match().status() != MatchStatus.ACCEPTED) {
            pages.wrongState(ctx, seen.match().id());
            return;
        }
        Map<String, String> typed = Forms.read(ctx, "what", "startsOn", "endsOn", "organisationContact",
                "companyContact", "vogArranged", "briefing");
        Set<Side> choosing = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            if (seen.roles().coordinates(side)) choosing.add(side);
        }
        FieldErrors errors = new FieldErrors();
        AgreementDraft draft = validate(seen.match(), typed, choosing, errors);
        if (draft == null) {
            pages.show(ctx, seen, HttpStatus.UNPROCESSABLE_CONTENT, new MatchPages.Failed("agreement", typed, errors));
            return;
        }
        switch (deal.agreements().save(seen.match().id(), draft, choosing)) {
            case WRONG_STATE -> pages.wrongState(ctx, seen.match().id());
            case UNCHANGED -> ctx.redirect(Deal.path(seen.match()) + "?notice=agreement-unchanged#agreement",
                    HttpStatus.SEE_OTHER);
            case SAVED -> {
                deal.agreements().find(seen.match().id())
                        .ifPresent(a -> deal.nudges().agreementWaits(seen.match().id(), a.revision()));
                ctx.redirect(Deal.path(seen.match()) + "?notice=agreement-saved#agreement", HttpStatus.SEE_OTHER);
            }
        }
    }

    /**
     * @param choosing the sides whose contact person the visitor chooses: those they coordinate. The other side's
     *                 contact is theirs to choose; it is left as stored (null here)
     */
    private AgreementDraft validate(Match match, Map<String, String> typed, Set<Side> choosing, FieldErrors errors) {
        String what = Forms.text(typed, "what", MAX_WHAT, "goodbusy.deal.error.what-required", errors);
        LocalDate today = deal.today();
        LocalDate startsOn = Forms.date(typed, "startsOn", errors);
        if (startsOn != null && (startsOn.isBefore(today) || startsOn.isAfter(today.plusYears(MAX_YEARS)))) {
            errors.add("startsOn", "goodbusy.deal.error.agreement-start");
            startsOn = null;
        }
        LocalDate endsOn = Forms.date(typed, "endsOn", errors);
        if (startsOn != null && endsOn != null
                && (endsOn.isBefore(startsOn) || endsOn.isAfter(startsOn.plusYears(MAX_YEARS)))) {
            errors.add("endsOn", "goodbusy.deal.error.agreement-end");
        }
        String organisationContact = choosing.contains(Side.ORGANISATION)
                ? contact(typed, "organisationContact", match.organisationId(), errors) : null;
        String companyContact = choosing.contains(Side.COMPANY)
                ? contact(typed, "companyContact", match.companyId(), errors) : null;
        String briefing = Forms.text(typed, "briefing", MAX_BRIEFING, null, errors);
        if (!errors.isEmpty()) return null;
        return new AgreementDraft(what, startsOn, endsOn, organisationContact, companyContact,
                Forms.ticked(typed, "vogArranged"), briefing);
    }

    /**
     * A contact person must belong to the organisation they speak for. Asked from the person's side (their
     * organisations), so it holds for the largest company too, not only for the first thousand members.
     */
    private String contact(Map<String, String> typed, String field, String organisationId, FieldErrors errors) {
        String chosen = typed.get(field);
        if (chosen.isEmpty()) {
            errors.add(field, "goodbusy.deal.error.contact-required");
            return null;
        }
        boolean member = Rows.plausibleId(chosen) && deal.goodBusy().context().directory().organisationsOf(chosen)
                .stream().anyMatch(o -> o.id().equals(organisationId));
        if (!member) {
            errors.add(field, "goodbusy.deal.error.contact-not-member");
            return null;
        }
        return chosen;
    }

    void confirm(Context ctx) {
        MatchAccess.Seen seen = coordinator(ctx);
        Side side = seen.roles().side(ctx.formParam("side")).orElseThrow();
        String revisionText = Forms.cut(ctx.formParam("revision"));
        int revision = revisionText.matches("[0-9]{1,9}") ? Integer.parseInt(revisionText) : -1;
        Match match = seen.match();
        switch (deal.agreements().confirm(match.id(), side, seen.visitor().personId(), revision,
                seen.request().vogRequired())) {
            case CONFIRMED -> {
                deal.mails().confirmNeeded(match, seen.request(), seen.offer(), side, revision);
                deal.nudges().agreementWaits(match.id(), revision);
                ctx.redirect(Deal.path(match) + "?notice=confirmed#agreement", HttpStatus.SEE_OTHER);
            }
            case AGREED -> {
                deal.nudges().agreed(match.id(), revision);
                deal.mails().agreed(match, seen.request(), seen.offer());
                ctx.redirect(Deal.path(match) + "?notice=agreed", HttpStatus.SEE_OTHER);
            }
            case ALREADY -> ctx.redirect(Deal.path(match) + "?notice=already-confirmed#agreement",
                    HttpStatus.SEE_OTHER);
            case STALE -> Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.stale-agreement")
                    .link(Deal.path(match) + "#agreement", "goodbusy.deal.link.read-agreement")
                    .render(ctx, deal.messages());
            case VOG_MISSING -> Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.vog-missing")
                    .link(Deal.path(match) + "#agreement", "goodbusy.deal.link.read-agreement")
                    .render(ctx, deal.messages());
            case NO_AGREEMENT -> Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.no-agreement")
                    .link(Deal.path(match) + "#agreement", "goodbusy.deal.link.back").render(ctx, deal.messages());
            case WRONG_STATE -> pages.wrongState(ctx, match.id());
        }
    }

    /** The match, if the visitor coordinates one of its sides; employees, brokers and managers do not take part. */
    private MatchAccess.Seen coordinator(Context ctx) {
        MatchAccess.Seen seen = deal.access().seen(ctx);
        if (!seen.roles().coordinatesEither()) throw new ForbiddenResponse();
        return seen;
    }
}
