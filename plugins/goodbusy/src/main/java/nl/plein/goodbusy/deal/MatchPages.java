package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.matching.Facts;
import nl.plein.goodbusy.matching.MatchScore;
import nl.plein.goodbusy.matching.Scorer;

/**
 * The match page ({@code GET /goodbusy/matches/{id}}): where it stands, who has to act now, and the part of the deal
 * each visitor takes — the answer, the conversation, the agreement, shifts, hours and evaluation. A form on it that
 * was filled in wrongly comes back here with status 422, the message beside the field and what was typed kept.
 */
final class MatchPages {

    /** Results of what the visitor just did, named in the redirect that brought them here. */
    private static final Set<String> NOTICES = Set.of("proposed", "accepted", "declined", "withdrawn", "message",
            "agreement-saved", "agreement-unchanged", "confirmed", "agreed", "already-confirmed", "shift-added",
            "signed-up", "cancelled", "hours-registered", "hours-decided", "evaluated", "done");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final Deal deal;

    MatchPages(Deal deal) {
        this.deal = deal;
    }

    /**
     * A form on the match page that came back with mistakes.
     *
     * @param form which one: decline, message, agreement, shift, hours, decide, evaluation
     */
    record Failed(String form, Map<String, String> typed, FieldErrors errors) {
        static Failed none() {
            return new Failed("", Map.of(), new FieldErrors());
        }
    }

    void show(Context ctx) {
        show(ctx, deal.access().seen(ctx), HttpStatus.OK, Failed.none());
    }

    void show(Context ctx, MatchAccess.Seen seen, HttpStatus status, Failed failed) {
        Match match = seen.match();
        MatchAccess.Roles roles = seen.roles();
        Visitor visitor = seen.visitor();
        Locale locale = visitor.locale();
        Instant now = deal.goodBusy().context().clock().instant();
        Directory directory = deal.goodBusy().context().directory();
        Map<String, Object> model = new HashMap<>();
        model.put("match", match);
        model.put("request", seen.request());
        model.put("offer", seen.offer());
        model.put("roles", roles);
        model.put("status", match.status().code());
        model.put("proposer", match.proposedBy().code());
        model.put("answerer", match.proposedBy().other().code());
        boolean proposed = match.status() == MatchStatus.PROPOSED;
        model.put("mayAnswer", proposed && roles.coordinates(match.proposedBy().other()));
        model.put("mayWithdraw", proposed && roles.coordinates(match.proposedBy()));
        model.put("mySides", Arrays.stream(Side.values()).filter(roles::coordinates).map(Side::code).toList());
        Map<String, Directory.OrganisationInfo> parties = directory.organisations(
                List.of(match.organisationId(), match.companyId()));
        model.put("organisationName", name(parties.get(match.organisationId())));
        model.put("companyName", name(parties.get(match.companyId())));

        var profile = deal.goodBusy().profiles().organisation(seen.request().organisationId()).orElse(null);
        // As in the suggestions and the proposal: only the days still ahead can fit.
        long today = deal.today().toEpochDay();
        Facts.OfRequest requestFacts = Facts.of(seen.request(), profile).notBefore(today);
        MatchScore score = Scorer.score(requestFacts, Facts.of(seen.offer()).notBefore(today));
        model.put("reasons", Texts.reasons(deal.messages(), locale, score.reasons()));
        model.put("currentScore", score.passes() ? score.score() : null);
        model.put("perDay", requestFacts.perDay());
        int answerDays = deal.goodBusy().settings().answerDays();
        model.put("answerBy", LocalDate.ofInstant(match.createdAt().plusSeconds(answerDays * 86_400L), Texts.AMSTERDAM));
        model.put("expiresOn", LocalDate.ofInstant(match.createdAt().plusSeconds(2 * answerDays * 86_400L),
                Texts.AMSTERDAM));

        Set<String> people = new HashSet<>();
        if (match.proposerId() != null) people.add(match.proposerId());
        if (match.answeredBy() != null) people.add(match.answeredBy());

        List<Message> messages = roles.readsConversation() ? deal.conversation().of(match.id()) : List.of();
        messages.forEach(m -> people.add(m.authorId()));
        model.put("messages", messages);
        model.put("mayWrite", roles.readsConversation() && Conversation.talking(match.status()));

        Agreement agreement = deal.agreements().find(match.id()).orElse(null);
        model.put("agreement", agreement);
        if (agreement != null) {
            for (Side side : Side.values()) {
                people.add(agreement.contact(side));
                people.add(agreement.confirmer(side));
            }
        }
        boolean drafting = roles.coordinatesEither() && match.status() == MatchStatus.ACCEPTED;
        model.put("drafting", drafting);
        // Each side chooses its own contact person, from its own people: the other side's member list (a company's
        // whole staff, an organisation's volunteers) is never sent to the browser; its choice is shown by name.
        model.put("choosesOrganisationContact", drafting && roles.organisation());
        model.put("choosesCompanyContact", drafting && roles.company());
        model.put("organisationPeople", drafting && roles.organisation()
                ? directory.membersOf(match.organisationId()) : List.of());
        model.put("companyPeople", drafting && roles.company() ? directory.membersOf(match.companyId()) : List.of());
        List<String> confirmSides = new ArrayList<>();
        if (drafting && agreement != null) {
            for (Side side : Side.values()) {
                if (roles.coordinates(side) && !agreement.confirmedBy(side)) confirmSides.add(side.code());
            }
        }
        model.put("confirmSides", confirmSides);

        boolean agreedOrDone = MatchAccess.signingUp(match.status());
        List<Shift> shifts = agreedOrDone ? deal.shifts().of(match.id()) : List.of();
        Map<String, List<String>> signUps = agreedOrDone && roles.coordinatesEither()
                ? deal.shifts().signUps(match.id()) : Map.of();
        signUps.values().forEach(people::addAll);
        Set<String> mine = agreedOrDone && roles.employee()
                ? deal.shifts().signedUpBy(match.id(), visitor.personId()) : Set.of();

        List<HoursEntry> hours = agreedOrDone ? deal.hours().of(match.id()) : List.of();
        boolean seesAllHours = roles.coordinatesEither();
        hours.stream().filter(h -> seesAllHours).forEach(h -> people.add(h.personId()));

        List<Evaluation> evaluations = agreedOrDone ? deal.evaluations().of(match.id()) : List.of();
        evaluations.forEach(e -> people.add(e.authorId()));

        people.remove(null);
        Map<String, Directory.PersonInfo> names = directory.people(people);
        model.put("names", names.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().displayName())));

        model.put("shifts", shiftRows(shifts, signUps, mine, names, now));
        model.put("mayAddShift", roles.coordinatesEither() && match.status() == MatchStatus.AGREED);
        model.put("maySignUp", roles.employee() && match.status() == MatchStatus.AGREED);

        List<Map<String, Object>> hourRows = new ArrayList<>();
        int approved = 0;
        int pending = 0;
        for (HoursEntry entry : hours) {
            if (HoursEntry.APPROVED.equals(entry.status())) approved += entry.minutes();
            if (entry.pending()) pending += entry.minutes();
            if (seesAllHours || visitor.personId().equals(entry.personId())) {
                Map<String, Object> row = new HashMap<>();
                row.put("entry", entry);
                row.put("hours", Texts.hours(entry.minutes(), locale));
                row.put("person", entry.personId() == null ? null
                        : names.containsKey(entry.personId()) ? names.get(entry.personId()).displayName() : null);
                row.put("mine", visitor.personId().equals(entry.personId()));
                hourRows.add(row);
            }
        }
        model.put("hours", hourRows);
        model.put("approvedHours", Texts.hours(approved, locale));
        model.put("pendingHours", Texts.hours(pending, locale));
        model.put("pendingCount", hours.stream().filter(HoursEntry::pending).count());
        model.put("mayRegisterHours", roles.employee() && agreedOrDone && agreement != null);
        model.put("mayDecide", roles.organisation() && !roles.employee() && agreedOrDone);
        model.put("decideBlocked", roles.organisation() && roles.employee() && agreedOrDone);
        model.put("myShifts", shifts.stream().filter(s -> mine.contains(s.id())).toList());

        Set<Side> evaluated = evaluations.stream().map(Evaluation::side).collect(Collectors.toSet());
        model.put("evaluations", evaluations);
        List<String> evaluateSides = new ArrayList<>();
        if (workOver(match, agreement, shifts, now)) {
            for (Side side : Side.values()) {
                if (roles.coordinates(side) && !evaluated.contains(side)) evaluateSides.add(side.code());
            }
        }
        model.put("evaluateSides", evaluateSides);
        boolean finishing = roles.coordinatesEither() && match.status() == MatchStatus.AGREED && agreement != null;
        model.put("mayFinish", finishing && finished(agreement, shifts, now, deal.today()));
        model.put("finishLater", finishing && !finished(agreement, shifts, now, deal.today()));

        model.put("next", endedByClosing(seen, locale).orElseGet(() -> NextSteps.of(deal.messages(), locale, match,
                roles, agreement, shifts.isEmpty(), hours.stream().filter(HoursEntry::pending).count(),
                name(parties.get(match.party(Side.ORGANISATION))), name(parties.get(match.party(Side.COMPANY))),
                (LocalDate) model.get("answerBy"))));
        String notice = ctx.queryParam("notice");
        model.put("notice", notice != null && NOTICES.contains(notice) ? notice : "");
        model.put("noticeCount", count(ctx.queryParam("count")));
        model.put("noticeSkipped", count(ctx.queryParam("skipped")));

        model.put("forms", forms(agreement, failed));
        model.put("failed", failed.form());
        model.put("errors", failed.errors().asMap());
        model.put("sideNames", Map.of(Side.ORGANISATION.code(), model.get("organisationName"),
                Side.COMPANY.code(), model.get("companyName")));
        ctx.status(status).render("goodbusy/deal/match", model);
    }

    /**
     * A proposal that ended because its request or offer was closed says so, rather than that its proposer withdrew
     * it (see {@link ProposalsOnClosedItems}).
     */
    private Optional<List<String>> endedByClosing(MatchAccess.Seen seen, Locale locale) {
        Match match = seen.match();
        if (match.status() != MatchStatus.WITHDRAWN || match.answeredAt() == null) return Optional.empty();
        // A closed item is not changed any more, so its last change is its closing: a proposal withdrawn before that
        // was withdrawn by its proposer.
        if (seen.request().status() == ItemStatus.CLOSED && !match.answeredAt().isBefore(seen.request().updatedAt())) {
            return Optional.of(List.of(deal.messages().get(locale, "goodbusy.deal.next.ended-request-closed",
                    seen.request().title())));
        }
        if (seen.offer().status() == ItemStatus.CLOSED && !match.answeredAt().isBefore(seen.offer().updatedAt())) {
            return Optional.of(List.of(deal.messages().get(locale, "goodbusy.deal.next.ended-offer-closed",
                    seen.offer().title())));
        }
        return Optional.empty();
    }

    /**
     * Whether the work is over, so it can be evaluated and thanked for: a done match, or an agreed one past its last
     * shift (without shifts, from the agreement's last day).
     */
    boolean workOver(Match match, Agreement agreement, List<Shift> shifts, Instant now) {
        if (match.status() == MatchStatus.DONE) return true;
        return match.status() == MatchStatus.AGREED && agreement != null
                && finished(agreement, shifts, now, deal.today());
    }

    /**
     * Whether the work is over, so the match can be marked done: after its last shift, or — without shifts — from
     * the agreement's last day.
     */
    static boolean finished(Agreement agreement, List<Shift> shifts, Instant now, LocalDate today) {
        boolean shiftsOver = shifts.stream().noneMatch(s -> now.isBefore(s.endsAt()));
        return shiftsOver && (!shifts.isEmpty() || !today.isBefore(agreement.endsOn()));
    }

    private static List<Map<String, Object>> shiftRows(List<Shift> shifts, Map<String, List<String>> signUps,
                                                       Set<String> mine, Map<String, Directory.PersonInfo> names,
                                                       Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Shift shift : shifts) {
            Map<String, Object> row = new HashMap<>();
            row.put("shift", shift);
            row.put("date", LocalDate.ofInstant(shift.startsAt(), Texts.AMSTERDAM));
            row.put("start", HOUR_MINUTE.format(shift.startsAt().atZone(Texts.AMSTERDAM)));
            row.put("end", HOUR_MINUTE.format(shift.endsAt().atZone(Texts.AMSTERDAM)));
            row.put("started", !now.isBefore(shift.startsAt()));
            row.put("mine", mine.contains(shift.id()));
            row.put("people", signUps.getOrDefault(shift.id(), List.of()).stream()
                    .map(id -> names.containsKey(id) ? names.get(id).displayName() : "—")
                    .sorted(String.CASE_INSENSITIVE_ORDER).toList());
            rows.add(row);
        }
        return rows;
    }

    /** Each form's values: what was typed for the one that failed, the stored agreement or empty for the others. */
    private static Map<String, Map<String, String>> forms(Agreement agreement, Failed failed) {
        Map<String, Map<String, String>> forms = new HashMap<>();
        for (String form : List.of("decline", "message", "shift", "hours", "decide", "evaluation")) {
            forms.put(form, Map.of());
        }
        Map<String, String> stored = new LinkedHashMap<>();
        if (agreement != null) {
            stored.put("what", agreement.what());
            stored.put("startsOn", agreement.startsOn().toString());
            stored.put("endsOn", agreement.endsOn().toString());
            stored.put("organisationContact", nullToEmpty(agreement.organisationContactId()));
            stored.put("companyContact", nullToEmpty(agreement.companyContactId()));
            stored.put("vogArranged", agreement.vogArranged() ? "yes" : "");
            stored.put("briefing", agreement.briefing());
        }
        forms.put("agreement", stored);
        if (!failed.form().isEmpty()) forms.put(failed.form(), failed.typed());
        return forms;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String name(Directory.OrganisationInfo info) {
        return info == null ? "" : info.name();
    }

    private static int count(String value) {
        return value != null && value.matches("[0-9]{1,4}") ? Integer.parseInt(value) : 0;
    }

    /** The match changed status before this click arrived: say where it stands now. */
    void wrongState(Context ctx, String matchId) {
        Match match = deal.matches().find(matchId).orElseThrow();
        Locale locale = Visitor.of(ctx).locale();
        Refusal.of(HttpStatus.CONFLICT, "goodbusy.deal.refused.wrong-state",
                        deal.messages().get(locale, "goodbusy.match.status." + match.status().code()))
                .link(Deal.path(match), "goodbusy.deal.link.back").render(ctx, deal.messages());
    }
}
