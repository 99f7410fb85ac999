package nl.plein.goodbusy.integration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.plein.api.hooks.ScaleData;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;
import nl.plein.goodbusy.matching.Scorer;

/**
 * Generated matches in every state, each on a pair that passes the hard filters (the best-scoring of a few the
 * proposer looked at), with what the deal part leaves behind at that stage: the conversation, the agreement (a draft
 * while talking, confirmed by both once agreed), shifts with employees of the company signed up (their count kept in
 * {@code signed_up}), hours registered after past shifts (approved, still waiting for the organisation, or declined)
 * and both sides' evaluations of work that is done. Proposals still waiting are younger than twice the answer time,
 * those past the answer time already reminded once, as the nudge jobs leave them.
 */
final class ScaleDeals {

    /** What the deals made. {@code pairs} holds {@link #key} of every request and offer with a match. */
    record Made(List<ScaleRows.Match> matches, List<ScaleRows.Message> messages,
                List<ScaleRows.Agreement> agreements, List<ScaleRows.Shift> shifts, List<ScaleRows.Signup> signups,
                List<ScaleRows.Hours> hours, List<ScaleRows.Evaluation> evaluations, Set<Long> pairs) {
    }

    /** Of every hundred matches, how many are in each state. */
    private static final Object[][] SHARES = {{MatchStatus.PROPOSED, 18}, {MatchStatus.ACCEPTED, 12},
            {MatchStatus.DECLINED, 10}, {MatchStatus.EXPIRED, 8}, {MatchStatus.WITHDRAWN, 4},
            {MatchStatus.AGREED, 16}, {MatchStatus.DONE, 32}};

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final ScaleData.Generation generation;
    private final List<ScaleData.Person> people;
    private final ScaleShapes shapes;
    private final ScaleTexts texts;
    private final ScaleItems items;
    private final List<ScaleRows.Request> requests;
    private final List<ScaleRows.Offer> offers;
    private final int answerDays;
    private final Instant now;
    private final LocalDate today;
    private final long todayDay;

    private final List<ScaleRows.Match> matches = new ArrayList<>();
    private final List<ScaleRows.Message> messages = new ArrayList<>();
    private final List<ScaleRows.Agreement> agreements = new ArrayList<>();
    private final List<ScaleRows.Shift> shifts = new ArrayList<>();
    private final List<ScaleRows.Signup> signups = new ArrayList<>();
    private final List<ScaleRows.Hours> hours = new ArrayList<>();
    private final List<ScaleRows.Evaluation> evaluations = new ArrayList<>();
    private final Set<Long> pairs = new HashSet<>();

    ScaleDeals(ScaleData.Generation generation, ScaleShapes shapes, ScaleTexts texts, ScaleItems items,
               List<ScaleRows.Request> requests, List<ScaleRows.Offer> offers, int answerDays) {
        this.generation = generation;
        this.people = generation.people();
        this.shapes = shapes;
        this.texts = texts;
        this.items = items;
        this.requests = requests;
        this.offers = offers;
        this.answerDays = answerDays;
        this.now = items.now;
        this.today = items.today;
        this.todayDay = today.toEpochDay();
    }

    long key(int request, int offer) {
        return (long) request * offers.size() + offer;
    }

    /** A request and an offer chosen for a match, with the days both share. */
    private record Pair(int requestPlace, int offerPlace, ScaleRows.Request request, ScaleRows.Offer offer,
                        LocalDate sharedFrom, LocalDate sharedUntil) {
    }

    Made make(int total) {
        int[] live = places(requests.size(), i -> requests.get(i).open() && !requests.get(i).endsOn().isBefore(today));
        int[] liveOffers = places(offers.size(), i -> offers.get(i).open()
                && !offers.get(i).availableUntil().isBefore(today));
        int[] started = places(requests.size(), i -> requests.get(i).startsOn().isBefore(today.minusDays(14)));
        int[] startedOffers = places(offers.size(), i -> offers.get(i).availableFrom().isBefore(today.minusDays(14)));
        int[] all = places(requests.size(), i -> true);
        int[] allOffers = places(offers.size(), i -> true);

        int made = 0;
        try (ScaleData.Progress progress = generation.progress("matches", total)) {
            for (int s = 0; s < SHARES.length; s++) {
                MatchStatus status = (MatchStatus) SHARES[s][0];
                int quota = s == SHARES.length - 1 ? total - made : total * (Integer) SHARES[s][1] / 100;
                for (int n = 0; n < quota; n++) {
                    boolean done = match(status, live, liveOffers, started, startedOffers, all, allOffers);
                    // Should a state find no fitting pair, the last state (done) makes up the count.
                    if (!done && status != MatchStatus.DONE) {
                        done = match(MatchStatus.DONE, live, liveOffers, started, startedOffers, all, allOffers);
                    }
                    if (done) made++;
                    progress.advance(1);
                }
            }
        }
        return new Made(matches, messages, agreements, shifts, signups, hours, evaluations, pairs);
    }

    private boolean match(MatchStatus status, int[] live, int[] liveOffers, int[] started, int[] startedOffers,
                          int[] all, int[] allOffers) {
        return switch (status) {
            case PROPOSED, ACCEPTED, AGREED -> pick(live, liveOffers, true).map(p -> live(status, p)).orElse(false);
            case DONE -> pick(started, startedOffers, false).map(this::done).orElse(false);
            default -> pick(all, allOffers, false).map(p -> ended(status, p)).orElse(false);
        };
    }

    /**
     * A request drawn from the pool and the best-scoring of the first few offers that pass the hard filters with it
     * (from today on for a live match; on their own dates for history).
     */
    private java.util.Optional<Pair> pick(int[] requestPool, int[] offerPool, boolean fromToday) {
        if (requestPool.length == 0 || offerPool.length == 0) return java.util.Optional.empty();
        for (int attempt = 0; attempt < 200; attempt++) {
            int r = requestPool[shapes.random().nextInt(requestPool.length)];
            ScaleRows.Request request = requests.get(r);
            var rf = fromToday ? request.facts().notBefore(todayDay) : request.facts();
            int best = -1;
            int bestPoints = -1;
            int found = 0;
            for (int tries = 0; tries < 60 && found < 5; tries++) {
                int o = offerPool[shapes.random().nextInt(offerPool.length)];
                if (pairs.contains(key(r, o))) continue;
                var of = fromToday ? offers.get(o).facts().notBefore(todayDay) : offers.get(o).facts();
                if (!Scorer.passes(rf, of)) continue;
                found++;
                int points = Scorer.points(rf, of);
                if (points > bestPoints) {
                    best = o;
                    bestPoints = points;
                }
            }
            if (best < 0) continue;
            ScaleRows.Offer offer = offers.get(best);
            LocalDate from = max(request.startsOn(), offer.availableFrom());
            LocalDate until = min(request.endsOn(), offer.availableUntil());
            return java.util.Optional.of(new Pair(r, best, request, offer, from, until));
        }
        return java.util.Optional.empty();
    }

    // ---- the states

    /** Proposed (waiting), accepted (talking) or agreed (work planned or under way): both items open. */
    private boolean live(MatchStatus status, Pair p) {
        Instant earliest = later(p.request().createdAt(), p.offer().createdAt()).plus(HOUR);
        Side side = shapes.chance(55) ? Side.ORGANISATION : Side.COMPANY;
        Instant proposed;
        switch (status) {
            case PROPOSED -> {
                // Younger than the expiry (twice the answer time); older than the answer time means reminded once.
                proposed = window(earliest, now.minus(Duration.ofHours(answerDays * 48L - 12)), now.minus(
                        Duration.ofMinutes(10)));
                if (proposed == null) return false;
                boolean reminded = proposed.isBefore(now.minus(Duration.ofDays(answerDays)));
                add(p, side, proposed, MatchStatus.PROPOSED, "", null, null, reminded ? 1 : 0, proposed);
                return true;
            }
            case ACCEPTED -> {
                proposed = window(earliest, now.minus(Duration.ofDays(40)), now.minus(DAY));
                if (proposed == null) return false;
                Instant answered = items.between(proposed.plus(HOUR), min(now.minus(HOUR), proposed.plus(
                        Duration.ofDays(answerDays))));
                String match = add(p, side, proposed, MatchStatus.ACCEPTED, "", answerer(p, side), answered, 0,
                        answered);
                conversation(match, p, side, answered, now, shapes.between(1, 6));
                if (shapes.chance(50)) draft(match, p, answered);
                return true;
            }
            default -> {
                proposed = window(earliest, now.minus(Duration.ofDays(70)), now.minus(Duration.ofDays(6)));
                if (proposed == null) return false;
                Instant answered = items.between(proposed.plus(HOUR), proposed.plus(Duration.ofDays(3)));
                Instant agreed = items.between(answered.plus(DAY), min(now.minus(HOUR), answered.plus(
                        Duration.ofDays(14))));
                LocalDate agreedDay = LocalDate.ofInstant(agreed, ScaleItems.AMSTERDAM);
                LocalDate first;
                LocalDate last;
                if (p.request().facts().oneDay()) {
                    first = p.request().startsOn();
                    last = first;
                } else {
                    first = min(max(p.sharedFrom(), agreedDay.plusDays(shapes.between(1, 20))), p.sharedUntil());
                    last = min(p.sharedUntil(), first.plusDays(shapes.between(7, 90)));
                    if (last.isBefore(today)) last = min(p.sharedUntil(), today.plusDays(shapes.between(7, 30)));
                }
                String match = add(p, side, proposed, MatchStatus.AGREED, "", answerer(p, side), answered, 0, agreed);
                conversation(match, p, side, answered, agreed, shapes.between(2, 8));
                agreement(match, p, first, last, agreed, agreed);
                work(match, p, first, last, agreed, false);
                return true;
            }
        }
    }

    /** Declined, expired unanswered, or withdrawn by the proposer: while both items took proposals. */
    private boolean ended(MatchStatus status, Pair p) {
        Instant earliest = later(p.request().createdAt(), p.offer().createdAt()).plus(HOUR);
        Instant lastChance = min(items.at(p.sharedUntil(), 17, 0), now);
        Side side = shapes.chance(55) ? Side.ORGANISATION : Side.COMPANY;
        Instant proposed = switch (status) {
            case EXPIRED -> window(earliest, now.minus(Duration.ofDays(300)), min(lastChance,
                    now.minus(Duration.ofDays(answerDays * 2L + 1))));
            default -> window(earliest, now.minus(Duration.ofDays(300)), min(lastChance, now.minus(
                    Duration.ofDays(2))));
        };
        if (proposed == null) return false;
        switch (status) {
            case DECLINED -> {
                Instant answered = items.between(proposed.plus(HOUR), min(now, proposed.plus(Duration.ofDays(7))));
                add(p, side, proposed, MatchStatus.DECLINED, texts.decline(english(p, other(side))),
                        answerer(p, side), answered, 0, answered);
            }
            case EXPIRED -> add(p, side, proposed, MatchStatus.EXPIRED, "", null, null, 1,
                    proposed.plus(Duration.ofDays(answerDays * 2L)));
            default -> {
                Instant withdrawn = items.between(proposed.plus(HOUR), min(now, proposed.plus(Duration.ofDays(5))));
                add(p, side, proposed, MatchStatus.WITHDRAWN, "", coordinator(p, side), withdrawn, 0, withdrawn);
            }
        }
        return true;
    }

    /** Work that is over: agreed before its first day, done some days after its last, hours approved. */
    private boolean done(Pair p) {
        LocalDate until = min(p.sharedUntil(), today.minusDays(1));
        if (p.sharedFrom().isAfter(today.minusDays(14)) || until.isBefore(p.sharedFrom())) return false;
        LocalDate first;
        LocalDate last;
        if (p.request().facts().oneDay()) {
            first = p.request().startsOn();
            last = first;
        } else {
            first = p.sharedFrom().plusDays(shapes.between(0, (int) Math.min(14, days(p.sharedFrom(), until))));
            last = first.plusDays(shapes.between(0, (int) Math.min(60, days(first, until))));
        }
        Instant start = items.at(first, 8, 0);
        Instant earliest = later(p.request().createdAt(), p.offer().createdAt()).plus(HOUR);
        Instant proposed = window(earliest, start.minus(Duration.ofDays(60)), start.minus(Duration.ofDays(4)));
        if (proposed == null) return false;
        Side side = shapes.chance(55) ? Side.ORGANISATION : Side.COMPANY;
        Instant answered = items.between(proposed.plus(HOUR), proposed.plus(Duration.ofDays(3)));
        Instant agreed = items.between(answered.plus(Duration.ofHours(6)), start.minus(DAY));
        // Marked done from the evening of the last day (which is yesterday at the latest) up to two weeks later.
        Instant done = items.between(items.at(last, 20, 0), min(now.minus(HOUR), items.at(last, 20, 0).plus(
                Duration.ofDays(14))));
        String match = add(p, side, proposed, MatchStatus.DONE, "", answerer(p, side), answered, 0, done);
        conversation(match, p, side, answered, agreed, shapes.between(2, 8));
        agreement(match, p, first, last, agreed, agreed);
        work(match, p, first, last, agreed, true);
        evaluate(match, p, done);
        return true;
    }

    // ---- what a match leaves behind

    private String add(Pair p, Side side, Instant proposed, MatchStatus status, String reason, String answeredBy,
                       Instant answeredAt, int nudges, Instant updated) {
        String id = generation.id();
        pairs.add(key(p.requestPlace(), p.offerPlace()));
        matches.add(new ScaleRows.Match(id, p.request(), p.offer(), side.code(), coordinator(p, side),
                texts.proposal(english(p, side)), Scorer.points(p.request().facts(), p.offer().facts()),
                status.code(), reason, answeredBy, answeredAt, nudges, proposed, updated));
        return id;
    }

    private void conversation(String match, Pair p, Side proposer, Instant from, Instant until, int n) {
        Instant[] moments = new Instant[n];
        for (int i = 0; i < n; i++) moments[i] = items.between(from, until);
        Arrays.sort(moments);
        Side side = other(proposer);
        for (Instant at : moments) {
            messages.add(new ScaleRows.Message(generation.id(), match, side.code(), coordinator(p, side),
                    texts.message(english(p, side)), at));
            side = shapes.chance(70) ? other(side) : side;
        }
    }

    /** While talking: half the time an agreement is written, now and then confirmed by the organisation already. */
    private void draft(String match, Pair p, Instant answered) {
        Instant saved = items.between(answered, now.minus(Duration.ofMinutes(5)));
        LocalDate first = p.request().facts().oneDay() ? p.request().startsOn()
                : min(max(p.sharedFrom(), today.plusDays(shapes.between(7, 40))), p.sharedUntil());
        LocalDate last = p.request().facts().oneDay() ? first
                : min(p.sharedUntil(), first.plusDays(shapes.between(0, 60)));
        boolean confirmed = shapes.chance(40);
        agreements.add(new ScaleRows.Agreement(match, texts.agreement(english(p, Side.ORGANISATION)), first, last,
                p.request().party().coordinatorId(), p.offer().company().coordinatorId(),
                p.request().vogRequired(), texts.briefing(english(p, Side.ORGANISATION)), shapes.between(1, 2),
                confirmed ? p.request().party().coordinatorId() : null, confirmed ? saved : null, null, null, saved));
    }

    private void agreement(String match, Pair p, LocalDate first, LocalDate last, Instant confirmed,
                           Instant updated) {
        Instant organisationAt = confirmed.minus(Duration.ofMinutes(shapes.between(5, 60 * 24)));
        agreements.add(new ScaleRows.Agreement(match, texts.agreement(english(p, Side.ORGANISATION)), first, last,
                p.request().party().coordinatorId(), employee(p.offer().company()), p.request().vogRequired(),
                texts.briefing(english(p, Side.ORGANISATION)), shapes.between(1, 3),
                p.request().party().coordinatorId(), organisationAt, p.offer().company().coordinatorId(), confirmed,
                updated));
    }

    /**
     * Shifts on days of the agreement, employees signed up, and the hours of shifts that are over: approved for work
     * that is done (a few declined or still waiting), mostly still waiting for work under way.
     */
    private void work(String match, Pair p, LocalDate first, LocalDate last, Instant agreed, boolean done) {
        ScaleRows.Party company = p.offer().company();
        List<LocalDate> days = new ArrayList<>();
        if (first.equals(last)) {
            days.add(first);
            if (shapes.chance(40)) days.add(first);
        } else {
            int span = (int) days(first, last) + 1;
            for (int d : sorted(shapes.sample(span, shapes.between(1, 4)))) days.add(first.plusDays(d));
        }
        int places = Math.max(1, Math.min(p.offer().groupSize(), p.request().facts().perDay()));
        int number = 0;
        for (LocalDate day : days) {
            number++;
            boolean morning = days.size() > 1 && day.equals(days.get(0)) && days.get(0).equals(days.get(1))
                    ? number == 1 : shapes.chance(50);
            Instant startsAt = items.at(day, morning ? 9 : 13, 0);
            Instant endsAt = startsAt.plus(Duration.ofMinutes(shapes.between(6, 16) * 15L));
            Instant created = min(items.between(agreed, agreed.plus(Duration.ofDays(3))), min(now, startsAt));
            boolean over = endsAt.isBefore(now);
            int wanted = over ? shapes.between(Math.max(1, places * 2 / 3), places) : shapes.between(0, places);
            int[] who = shapes.sample(company.employees(), Math.min(wanted, company.employees()));
            String shift = generation.id();
            shifts.add(new ScaleRows.Shift(shift, match, texts.shiftLabel(number, english(p, Side.ORGANISATION)),
                    startsAt, endsAt, places, who.length, created));
            for (int w : who) {
                String person = people.get(company.firstPerson() + w).id();
                signups.add(new ScaleRows.Signup(shift, person, items.between(created, min(now, startsAt))));
                if (over) registered(match, p, shift, person, day, endsAt, startsAt, done);
            }
        }
    }

    private void registered(String match, Pair p, String shift, String person, LocalDate day, Instant endsAt,
                            Instant startsAt, boolean done) {
        if (!shapes.chance(done ? 92 : 70)) return;
        int n = shapes.random().nextInt(100);
        String status = done ? (n < 85 ? "approved" : n < 95 ? "pending" : "declined") : (n < 40 ? "approved"
                : "pending");
        int minutes = (int) Duration.between(startsAt, endsAt).toMinutes() + shapes.between(-2, 2) * 15;
        if ("declined".equals(status)) minutes *= 2;
        Instant created = soon(endsAt.plus(HOUR), Duration.ofDays(4));
        Instant decided = "pending".equals(status) ? null : soon(created.plus(HOUR), Duration.ofDays(10));
        boolean english = english(p, Side.COMPANY);
        hours.add(new ScaleRows.Hours(generation.id(), match, shift, person, p.offer().company().id(),
                p.request().party().id(), day, Math.max(30, minutes), texts.hoursNote(english), status,
                "declined".equals(status) ? texts.declinedHours(english(p, Side.ORGANISATION)) : "",
                decided == null ? null : p.request().party().coordinatorId(), decided, created));
    }

    private void evaluate(String match, Pair p, Instant done) {
        int n = shapes.random().nextInt(100);
        boolean organisation = n < 85;
        boolean company = n < 75 || (n >= 85 && n < 93);
        for (Side side : List.of(Side.ORGANISATION, Side.COMPANY)) {
            if (side == Side.ORGANISATION ? !organisation : !company) continue;
            boolean english = english(p, side);
            evaluations.add(new ScaleRows.Evaluation(match, side.code(), shapes.chance(10) ? 2
                    : shapes.between(3, 5), texts.wentWell(english), texts.toImprove(english), texts.thanks(english),
                    coordinator(p, side), items.between(done, min(now, done.plus(Duration.ofDays(10))))));
        }
    }

    // ---- small helpers

    private static Side other(Side side) {
        return side == Side.ORGANISATION ? Side.COMPANY : Side.ORGANISATION;
    }

    private static String coordinator(Pair p, Side side) {
        return side == Side.ORGANISATION ? p.request().party().coordinatorId()
                : p.offer().company().coordinatorId();
    }

    private static String answerer(Pair p, Side proposer) {
        return coordinator(p, other(proposer));
    }

    private static boolean english(Pair p, Side side) {
        return side == Side.ORGANISATION ? p.request().party().english() : p.offer().company().english();
    }

    /** The company's contact for the work: its coordinator, or one of its people. */
    private String employee(ScaleRows.Party company) {
        if (shapes.chance(60)) return company.coordinatorId();
        return people.get(company.firstPerson() + shapes.random().nextInt(company.employees())).id();
    }

    /** A moment from {@code from} to {@code within} later, never after now. */
    private Instant soon(Instant from, Duration within) {
        return items.between(min(from, now), min(now, from.plus(within)));
    }

    /** A moment between {@code from} and {@code to}, not before {@code earliest}; null when nothing is left. */
    private Instant window(Instant earliest, Instant from, Instant to) {
        Instant start = later(earliest, from);
        if (!to.isAfter(start)) return null;
        return items.between(start, to);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private static int[] sorted(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static int[] places(int size, Predicate<Integer> keep) {
        return java.util.stream.IntStream.range(0, size).filter(keep::test).toArray();
    }
}
