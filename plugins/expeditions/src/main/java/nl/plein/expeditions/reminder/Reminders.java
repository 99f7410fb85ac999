package nl.plein.expeditions.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Jobs;
import nl.plein.api.Mail;
import nl.plein.expeditions.expedition.ExpeditionRepository;
import nl.plein.expeditions.participation.Participants;
import nl.plein.expeditions.schedule.Assignment;
import nl.plein.expeditions.schedule.Meeting;
import nl.plein.expeditions.schedule.ScheduleRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * Reminders by mail, a day before a meeting and three days before an assignment's deadline, to the people of every
 * taking-part organisation (for deadlines: only of organisations that have not handed in yet). They are durable
 * jobs: scheduled when the programme is edited, kept across restarts, and sent once — the job key holds the moment,
 * so moving a meeting schedules a new reminder and cancels the old one.
 */
public final class Reminders {

    static final String MEETING = "meeting-reminder";
    static final String DEADLINE = "deadline-reminder";
    static final Duration BEFORE_MEETING = Duration.ofDays(1);
    static final Duration BEFORE_DEADLINE = Duration.ofDays(3);

    private final Jobs jobs;
    private final Mail mail;
    private final Clock clock;
    private final ScheduleRepository schedule;
    private final ExpeditionRepository expeditions;
    private final Participants participants;
    private final Directory directory;
    private final Jdbi jdbi;

    public Reminders(Jobs jobs, Mail mail, Clock clock, ScheduleRepository schedule, ExpeditionRepository expeditions,
                     Participants participants, Directory directory, Jdbi jdbi) {
        this.jobs = jobs;
        this.mail = mail;
        this.clock = clock;
        this.schedule = schedule;
        this.expeditions = expeditions;
        this.participants = participants;
        this.directory = directory;
        this.jdbi = jdbi;
        jobs.handle(MEETING, this::remindOfMeeting);
        jobs.handle(DEADLINE, this::remindOfDeadline);
    }

    public void scheduleFor(Meeting meeting) {
        Instant at = meeting.startsAt().minus(BEFORE_MEETING);
        if (at.isAfter(clock.instant())) jobs.schedule(MEETING, key(meeting), at, meeting.expeditionId() + "/" + meeting.id());
    }

    public void cancelFor(Meeting meeting) {
        jobs.cancel(MEETING, key(meeting));
    }

    public void scheduleFor(Assignment assignment) {
        Instant at = assignment.dueAt().minus(BEFORE_DEADLINE);
        if (at.isAfter(clock.instant())) {
            jobs.schedule(DEADLINE, key(assignment), at, assignment.expeditionId() + "/" + assignment.id());
        }
    }

    public void cancelFor(Assignment assignment) {
        jobs.cancel(DEADLINE, key(assignment));
    }

    private void remindOfMeeting(Jobs.Job job) {
        String[] ids = job.payload().split("/");
        var expedition = expeditions.find(ids[0]);
        var meeting = schedule.meeting(ids[0], ids[1]);
        // The meeting may have been moved (then a newer reminder exists) or removed since: send nothing then.
        if (expedition.isEmpty() || meeting.isEmpty() || !key(meeting.get()).equals(job.key())) return;
        for (String organisation : participants.organisations(expedition.get().id())) {
            for (Directory.PersonInfo person : directory.membersOf(organisation)) {
                mail.toPerson(person.id(), "expeditions.mail.meeting-reminder.subject", "expeditions/mail/meeting-reminder",
                        Map.of("expedition", expedition.get().title(), "meeting", meeting.get().title(),
                                "startsAt", meeting.get().startsAt(), "place", String.valueOf(meeting.get().place() == null
                                        ? "" : meeting.get().place())),
                        job.key() + "-" + person.id());
            }
        }
    }

    private void remindOfDeadline(Jobs.Job job) {
        String[] ids = job.payload().split("/");
        var expedition = expeditions.find(ids[0]);
        var assignment = schedule.assignments(ids[0]).stream().filter(a -> a.id().equals(ids[1])).findFirst();
        if (expedition.isEmpty() || assignment.isEmpty() || !key(assignment.get()).equals(job.key())) return;
        List<String> handedIn = jdbi.withHandle(h -> h.createQuery(
                        "SELECT organisation_id FROM expeditions_submissions WHERE assignment_id = :id")
                .bind("id", assignment.get().id()).mapTo(String.class).list());
        for (String organisation : participants.organisations(expedition.get().id())) {
            if (handedIn.contains(organisation)) continue;
            for (Directory.PersonInfo person : directory.membersOf(organisation)) {
                mail.toPerson(person.id(), "expeditions.mail.deadline-reminder.subject",
                        "expeditions/mail/deadline-reminder", Map.of("expedition", expedition.get().title(),
                                "assignment", assignment.get().title(), "dueAt", assignment.get().dueAt()),
                        job.key() + "-" + person.id());
            }
        }
    }

    private static String key(Meeting meeting) {
        return meeting.id() + "@" + meeting.startsAt().toEpochMilli();
    }

    private static String key(Assignment assignment) {
        return assignment.id() + "@" + assignment.dueAt().toEpochMilli();
    }
}
