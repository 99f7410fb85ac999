package nl.plein.networks.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import nl.plein.api.Jobs;
import nl.plein.networks.space.Member;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Spaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders by mail to an action's owner, three days before its deadline and on the day itself, at nine in the
 * morning in Amsterdam. They are durable jobs, keyed by action, deadline and moment, so a restart loses none and
 * planning again never doubles one; the mail's dedupe key (action, deadline, moment, owner) makes a repeated run
 * harmless as well.
 *
 * <p>A new deadline gets jobs with new keys. The jobs of the old deadline are left to run and find that the deadline
 * they were planned for is no longer the action's, so they send nothing: cancelling them instead would bar those keys
 * for good (a cancelled job cannot be planned again), and a deadline moved back to its first date would then never
 * be reminded of. For the same reason, the handler (not the moment an action is done) decides: when the job runs it
 * sends nothing for an action that is done or dropped, or whose owner is no longer a member of the space.
 */
final class ActionReminders {

    static final String KIND = "action-reminder";
    private static final LocalTime AT = LocalTime.of(9, 0);
    /** More open actions than all spaces together hold; bounds the work at start-up all the same. */
    private static final int COMING_LIMIT = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

    /** When the owner is reminded. */
    enum Moment {
        THREE_DAYS(3), TODAY(0);

        private final int daysBefore;

        Moment(int daysBefore) {
            this.daysBefore = daysBefore;
        }

        Instant at(LocalDate dueOn) {
            return Amsterdam.instant(dueOn.minusDays(daysBefore), AT);
        }

        String code() {
            return this == THREE_DAYS ? "3days" : "today";
        }

        static Optional<Moment> of(String code) {
            for (Moment moment : values()) if (moment.code().equals(code)) return Optional.of(moment);
            return Optional.empty();
        }
    }

    private final Jobs jobs;
    private final Clock clock;
    private final Actions actions;
    private final Spaces spaces;
    private final MeetingMails mails;

    ActionReminders(Jobs jobs, Clock clock, Actions actions, Spaces spaces, MeetingMails mails) {
        this.jobs = jobs;
        this.clock = clock;
        this.actions = actions;
        this.spaces = spaces;
        this.mails = mails;
    }

    /** Plans the reminders of the action as it is now, leaving out any whose moment has passed. */
    void schedule(Action action) {
        if (!action.open() || action.dueOn() == null) return;
        Instant now = clock.instant();
        for (Moment moment : Moment.values()) {
            Instant at = moment.at(action.dueOn());
            if (at.isAfter(now)) {
                jobs.schedule(KIND, key(action, moment), at, action.id() + "@" + action.dueOn() + "@" + moment.code());
            }
        }
    }

    /**
     * Plans the reminders of every open action again. Run at each start: an action saved just before the platform
     * stopped may have missed its planning; planning a pending reminder again only confirms it, and one that ran
     * already stays done.
     */
    void scheduleComing() {
        for (Action action : actions.openFrom(Amsterdam.today(clock), COMING_LIMIT)) schedule(action);
    }

    /** The job handler. */
    void remind(Jobs.Job job) {
        String[] parts = job.payload().split("@");
        Optional<Moment> moment = parts.length == 3 ? Moment.of(parts[2]) : Optional.empty();
        Optional<LocalDate> due = parts.length == 3 ? Amsterdam.parseDate(parts[1]) : Optional.empty();
        if (moment.isEmpty() || due.isEmpty()) {
            log.warn("action reminder with an unreadable payload skipped key={}", job.key());
            return;
        }
        Optional<Action> found = actions.find(parts[0]);
        if (found.isEmpty() || !found.get().open() || !due.get().equals(found.get().dueOn())) return;
        Action action = found.get();
        // A three-day reminder that runs late (the platform was down) is dropped once the day itself has come.
        if (moment.get() == Moment.THREE_DAYS && !clock.instant().isBefore(Moment.TODAY.at(due.get()))) return;
        if (action.ownerId() == null) return;
        Optional<SpaceRole> role = spaces.member(action.spaceId(), action.ownerId()).map(Member::role);
        boolean member = role.isPresent() && role.get() != SpaceRole.GUEST;
        if (!member) return;   // no longer in the space: no mail about its content
        spaces.find(action.spaceId()).ifPresent(space -> mails.actionReminder(action, moment.get(), space));
    }

    static String key(Action action, Moment moment) {
        return action.id() + "-" + action.dueOn() + "-" + moment.code().toLowerCase(Locale.ROOT);
    }
}
