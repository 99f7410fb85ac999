package nl.plein.goodbusy.deal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;
import nl.plein.api.Jobs;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;

/**
 * Nobody is left waiting in silence ("never heard back" is the top complaint on volunteer platforms). Durable jobs:
 * <ul>
 * <li>{@value #NUDGE} ({@code answer:<match>}), {@code answerDays} after a proposal: if it still waits, the side
 * that has to answer is reminded once; {@value #EXPIRE} ({@code expire:<match>}), twice {@code answerDays} after the
 * proposal (planned with the proposal and again by the reminder): if still unanswered then, the match expires and
 * the proposer is told, with the way to their other suggestions. Answering or withdrawing cancels both.</li>
 * <li>{@value #CONFIRM} ({@code confirm:<match>:r<revision>}), {@code answerDays} after an agreement was saved (and
 * again after the first confirmation of it): if that revision still stands unconfirmed by a side while the match is
 * in conversation, that side's coordinators are reminded once per revision.</li>
 * <li>{@value #HOURS} ({@code hours:<match>:<registered at>}), {@code answerDays} after hours were registered: if
 * hours of the match have waited that long for the organisation, its coordinators are reminded — at most once a
 * week per match (the ISO week is in the mail's dedupe key) — and again a week later while they still wait.</li>
 * </ul>
 * Handlers trust only the match as it is when they run, and every mail has a dedupe key: a job that runs again
 * (after a crash, or a restart) sends nothing twice. No reminder to answer goes out while the request or the offer is
 * paused or closed: the proposal could not be accepted then (it still expires, and the proposer hears it). Each
 * start plans the reminder and expiry of every waiting proposal again (the same keys, so a planned job stays as it
 * is): a stop between storing a proposal and planning its jobs leaves no proposal that never expires.
 */
final class Nudges {

    static final String NUDGE = "goodbusy.nudge";
    static final String EXPIRE = "goodbusy.expire";
    static final String HOURS = "goodbusy.hours-nudge";
    static final String CONFIRM = "goodbusy.confirm-nudge";

    private final GoodBusy goodBusy;
    private final Matches matches;
    private final Hours hours;
    private final Agreements agreements;
    private final DealMails mails;
    private final Clock clock;

    Nudges(GoodBusy goodBusy, Matches matches, Hours hours, Agreements agreements, DealMails mails) {
        this.goodBusy = goodBusy;
        this.matches = matches;
        this.hours = hours;
        this.agreements = agreements;
        this.mails = mails;
        this.clock = goodBusy.context().clock();
    }

    void register(Jobs jobs) {
        jobs.handle(NUDGE, job -> nudge(job.payload()));
        jobs.handle(EXPIRE, job -> expire(job.payload()));
        jobs.handle(HOURS, job -> hoursWaiting(job.payload()));
        jobs.handle(CONFIRM, job -> confirmWaiting(job.payload()));
    }

    /** Plans the jobs of every proposal that waits, as when it was made; planned ones stay as they are. */
    void planWaiting() {
        for (Match match : matches.waitingForAnswer()) proposed(match);
    }

    static String answerKey(String matchId) {
        return "answer:" + matchId;
    }

    static String expireKey(String matchId) {
        return "expire:" + matchId;
    }

    private Duration answerTime() {
        return Duration.ofDays(goodBusy.settings().answerDays());
    }

    /**
     * Plans the reminder and, already now, the expiry: should the reminder ever fail for good, the proposal still
     * expires and the proposer still hears of it. (The reminder plans the expiry again, which only confirms it.)
     */
    void proposed(Match match) {
        jobs().schedule(NUDGE, answerKey(match.id()), match.createdAt().plus(answerTime()), match.id());
        jobs().schedule(EXPIRE, expireKey(match.id()), match.createdAt().plus(answerTime().multipliedBy(2)),
                match.id());
    }

    /** The proposal was answered or withdrawn: nothing is left to remind anyone of. */
    void answered(String matchId) {
        jobs().cancel(NUDGE, answerKey(matchId));
        jobs().cancel(EXPIRE, expireKey(matchId));
    }

    static String confirmKey(String matchId, int revision) {
        return "confirm:" + matchId + ":r" + revision;
    }

    /**
     * An agreement was saved, or one side confirmed it: in {@code answerDays} the side that has not confirmed this
     * revision by then is reminded. After a first confirmation the same key moves the pending reminder to then.
     */
    void agreementWaits(String matchId, int revision) {
        jobs().schedule(CONFIRM, confirmKey(matchId, revision), clock.instant().plus(answerTime()),
                matchId + ":" + revision);
    }

    /** Both sides confirmed: nothing to remind anyone of. */
    void agreed(String matchId, int revision) {
        jobs().cancel(CONFIRM, confirmKey(matchId, revision));
    }

    void hoursRegistered(Match match, Instant at) {
        jobs().schedule(HOURS, "hours:" + match.id() + ":" + at.toEpochMilli(), at.plus(answerTime()), match.id());
    }

    private Jobs jobs() {
        return goodBusy.context().jobs();
    }

    private void nudge(String matchId) {
        Optional<Match> found = matches.find(matchId).filter(m -> m.status() == MatchStatus.PROPOSED);
        if (found.isEmpty()) return;
        Match match = found.get();
        Instant expiresAt = match.createdAt().plus(answerTime().multipliedBy(2));
        jobs().schedule(EXPIRE, expireKey(match.id()), expiresAt, match.id());
        Items items = items(match);
        // A paused (or closed) item cannot be accepted: asking for an answer now would only ask for a refusal.
        if (items == null || !items.request().isOpen() || !items.offer().isOpen()) return;
        // Counted first, and sent only by the run that counted: a rerun neither counts nor sends again.
        if (!matches.countNudge(match.id())) return;
        mails.nudge(match, items.request(), items.offer(), LocalDate.ofInstant(expiresAt, Texts.AMSTERDAM));
    }

    private void expire(String matchId) {
        Optional<Match> found = matches.find(matchId);
        if (found.isEmpty()) return;
        matches.move(matchId, MatchStatus.PROPOSED, MatchStatus.EXPIRED);
        // Read again: only this job expires matches, so "expired" now means this job did it, perhaps in a run that
        // stopped before its mail — sending it now (deduplicated) is what makes a rerun harmless.
        Optional<Match> now = matches.find(matchId).filter(m -> m.status() == MatchStatus.EXPIRED);
        Items items = now.map(this::items).orElse(null);
        if (items != null) mails.expired(now.get(), items.request(), items.offer());
    }

    private void hoursWaiting(String matchId) {
        Optional<Match> found = matches.find(matchId);
        Optional<Instant> oldest = found.flatMap(m -> hours.oldestPending(m.id()));
        if (oldest.isEmpty()) return;
        Instant now = clock.instant();
        // Hours registered later have their own job; these have not waited long enough yet.
        if (now.isBefore(oldest.get().plus(answerTime()))) return;
        Items items = items(found.get());
        if (items == null) return;
        mails.hoursWaiting(found.get(), items.request(), items.offer(), week(now));
        Instant next = now.plus(Duration.ofDays(7));
        jobs().schedule(HOURS, "hours:" + matchId + ":" + week(next), next, matchId);
    }

    /** Payload {@code <match>:<revision>}. */
    private void confirmWaiting(String payload) {
        int colon = payload == null ? -1 : payload.lastIndexOf(':');
        if (colon < 0 || !payload.substring(colon + 1).matches("[0-9]{1,9}")) return;
        String matchId = payload.substring(0, colon);
        int revision = Integer.parseInt(payload.substring(colon + 1));
        Optional<Match> found = matches.find(matchId).filter(m -> m.status() == MatchStatus.ACCEPTED);
        Optional<Agreement> agreement = found.flatMap(m -> agreements.find(m.id()))
                .filter(a -> a.revision() == revision);
        if (agreement.isEmpty()) return;
        Items items = items(found.get());
        if (items == null) return;
        for (Side side : Side.values()) {
            if (!agreement.get().confirmedBy(side)) {
                mails.confirmWaiting(found.get(), items.request(), items.offer(), side, revision);
            }
        }
    }

    /** The ISO week in Amsterdam, e.g. {@code 2026-W10}: the unit of "at most one reminder a week". */
    static String week(Instant at) {
        ZonedDateTime local = at.atZone(Texts.AMSTERDAM);
        return local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private record Items(HelpRequest request, Offer offer) {
    }

    private Items items(Match match) {
        Optional<HelpRequest> request = goodBusy.requests().find(match.requestId());
        Optional<Offer> offer = goodBusy.offers().find(match.offerId());
        return request.isPresent() && offer.isPresent() ? new Items(request.get(), offer.get()) : null;
    }
}
