package nl.plein.networks.integration;

import static nl.plein.networks.integration.ScaleNumbers.DAY;
import static nl.plein.networks.integration.ScaleNumbers.HOUR;
import static nl.plein.networks.integration.ScaleNumbers.MINUTE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.plein.api.hooks.ScaleData;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Meetings in most networks (not in programmes): about one a quarter over the space's life (the last two years), with
 * agendas, answers and attendance; minutes approved by the chair (the latest still a draft members comment on),
 * decisions and actions (open, done, dropped; some overdue); one or two coming meetings with proposed agenda items,
 * some with a guest invited for that meeting only; now and then a cancelled one.
 */
final class ScaleMeetings {

    record Meeting(String id, String spaceId, String title, long startsAt, long endsAt, String place, String onlineUrl,
                   long agendaDeadline, String status, int sequence, long createdAt) {

        boolean past(long now) {
            return endsAt < now;
        }
    }

    record AgendaItem(String id, String meetingId, String spaceId, String title, String description, String proposedBy,
                      String status, int position, long createdAt) {
    }

    record Rsvp(String meetingId, String personId, String answer, Boolean attended, long updatedAt) {
    }

    record Minutes(String meetingId, String spaceId, String body, String status, int revision, String updatedBy,
                   long updatedAt, String approvedBy, Long approvedAt) {
    }

    record Comment(String id, String meetingId, String authorId, String body, long createdAt) {
    }

    record Action(String id, String spaceId, String meetingId, String title, String ownerId, String dueOn,
                  String status, long createdAt, long updatedAt) {
    }

    record Decision(String id, String spaceId, String meetingId, String text, String decidedOn, long createdAt) {
    }

    private static final List<String> VENUES = List.of("Vergadercentrum De Brug, Stationsplein 4, Lindeburg",
            "Huis van de Wijk, Kerkstraat 12, Heideveen", "Kantoor van de koepel, Singel 88, Beekdal",
            "Buurtcentrum De Schakel, Molenweg 3, Zuiderwaard", "Bibliotheek Kanaaldorp, Marktplein 1, Kanaaldorp");
    private static final List<String> ACTIONS = List.of("Voorstel uitwerken voor %s", "Rondvraag onder leden over %s",
            "Gesprek plannen met de gemeente over %s", "Notitie schrijven over %s", "Draft a short note on %s");
    private static final List<String> DECISIONS = List.of("Het netwerk kiest één gezamenlijke aanpak voor %s.",
            "De werkgroep werkt %s verder uit en komt in het volgende overleg terug.",
            "De leden delen hun ervaringen met %s voor de zomer.", "We stoppen met de pilot rond %s.");
    private static final List<String> COMMENTS = List.of("Bij punt 2: ook de vrijwilligers van de thuishulp tellen mee.",
            "Kleine correctie: ik was wel aanwezig.", "Goed verslag, dank!", "Can we add the link to the slides?");

    private final ScaleData.Generation generation;
    private final Random random;
    private final ScaleText text;
    private final long now;
    private final LocalDate today;
    final List<Meeting> meetings = new ArrayList<>();
    final List<AgendaItem> agenda = new ArrayList<>();
    final List<Rsvp> rsvps = new ArrayList<>();
    final List<Minutes> minutes = new ArrayList<>();
    final List<Comment> comments = new ArrayList<>();
    final List<Action> actions = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();

    ScaleMeetings(ScaleData.Generation generation, ScaleText text) {
        this.generation = generation;
        this.random = generation.random();
        this.text = text;
        this.now = generation.now().toEpochMilli();
        this.today = ScaleNumbers.day(now);
    }

    void plan(List<ScaleSpace> spaces, List<ScaleData.Person> people, ScaleActivity activity) {
        for (ScaleSpace space : spaces) {
            if (!space.meetings) continue;
            List<LocalDate> days = new ArrayList<>();
            LocalDate from = ScaleNumbers.day(Math.max(space.createdAt + 30 * DAY, now - 730 * DAY));
            for (LocalDate day = thursday(from); day.isBefore(today.minusDays(2)); day = thursday(day.plusDays(
                    75 + random.nextInt(30)))) {
                days.add(day);
            }
            days.add(thursday(today.plusDays(7 + random.nextInt(45))));
            if (random.nextBoolean()) days.add(thursday(days.get(days.size() - 1).plusDays(80)));
            LocalDate latestPast = days.stream().filter(d -> d.isBefore(today)).reduce((a, b) -> b).orElse(null);
            Meeting coming = null;
            for (LocalDate day : days) {
                Meeting meeting = meeting(space, day);
                if (!meeting.past(now) && coming == null) coming = meeting;
                activity.record(space.id, "meeting", meeting.id(), meeting.title(), space.creator(), false,
                        meeting.createdAt());
                agenda(space, meeting);
                answers(space, meeting);
                if (meeting.past(now) && meeting.status().equals("planned")) {
                    record(space, meeting, day.equals(latestPast) && day.isAfter(today.minusDays(30)), activity);
                }
            }
            if (coming != null && random.nextInt(10) < 3) guest(space, coming, people);
        }
    }

    private LocalDate thursday(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    private Meeting meeting(ScaleSpace space, LocalDate day) {
        long starts = ScaleNumbers.at(day, 13, 30);
        boolean cancelled = random.nextInt(20) == 0;
        boolean moved = !cancelled && random.nextInt(10) == 0;
        long created = Math.max(space.createdAt + HOUR, Math.min(starts - 60 * DAY, now - HOUR));
        Meeting meeting = new Meeting(generation.id(), space.id, text.meetingTitle(), starts,
                ScaleNumbers.at(day, 16, 0), text.pick(VENUES),
                random.nextBoolean() ? "https://meet.example.org/" + ScaleText.slug(space.name)
                        : "", ScaleNumbers.at(day.minusDays(7), 23, 59), cancelled ? "cancelled" : "planned",
                cancelled || moved ? 1 : 0, created);
        meetings.add(meeting);
        return meeting;
    }

    private void agenda(ScaleSpace space, Meeting meeting) {
        int items = 2 + random.nextInt(5);
        List<ScaleSpace.Member> readers = space.readers();
        boolean coming = !meeting.past(now);
        for (int position = 1; position <= items; position++) {
            boolean opening = position == 1;
            String proposer = opening ? space.creator() : readers.get(random.nextInt(readers.size())).personId();
            String status = opening ? "accepted" : coming && position == items && random.nextBoolean() ? "proposed"
                    : random.nextInt(10) == 0 ? "declined" : "accepted";
            long created = Math.min(now - MINUTE, meeting.createdAt() + ScaleNumbers.between(random, HOUR,
                    Math.max(2 * HOUR, meeting.agendaDeadline() - meeting.createdAt())));
            agenda.add(new AgendaItem(generation.id(), meeting.id(), space.id,
                    opening ? "Opening en mededelingen" : ScaleText.capitalised(text.pick(ScaleText.TOPICS)),
                    opening ? "" : text.paragraph(false), proposer, status, position, created));
        }
    }

    /** Who said they would come, and afterwards who did. */
    private void answers(ScaleSpace space, Meeting meeting) {
        List<ScaleSpace.Member> readers = new ArrayList<>(space.readers());
        Collections.shuffle(readers, random);
        int answering = Math.min(readers.size(), 5 + random.nextInt(40));
        boolean took = meeting.past(now) && meeting.status().equals("planned");
        for (int i = 0; i < answering; i++) {
            int roll = random.nextInt(10);
            String answer = roll < 7 ? "yes" : roll < 9 ? "no" : "maybe";
            Boolean attended = !took ? null : answer.equals("yes") ? random.nextInt(10) != 0
                    : answer.equals("maybe") && random.nextBoolean();
            long at = Math.min(now - MINUTE, meeting.startsAt() - ScaleNumbers.between(random, HOUR, 20 * DAY));
            rsvps.add(new Rsvp(meeting.id(), readers.get(i).personId(), answer, attended,
                    Math.max(at, meeting.createdAt())));
        }
    }

    /** Minutes (a draft for the latest meeting of the last month), decisions and actions of a meeting held. */
    private void record(ScaleSpace space, Meeting meeting, boolean draft, ScaleActivity activity) {
        long written = Math.min(now - HOUR, meeting.endsAt() + ScaleNumbers.between(random, DAY, 4 * DAY));
        String writer = space.creator();
        int present = (int) rsvps.stream().filter(r -> r.meetingId().equals(meeting.id()) && Boolean.TRUE.equals(
                r.attended())).count();
        String body = text.minutes(present, space.readers().size());
        if (draft) {
            minutes.add(new Minutes(meeting.id(), space.id, body, "draft", 1, writer, written, null, null));
        } else {
            String chair = space.chair();
            long approved = Math.min(now - HOUR, written + ScaleNumbers.between(random, 5 * DAY, 20 * DAY));
            minutes.add(new Minutes(meeting.id(), space.id, body, "approved", 2 + random.nextInt(2), writer, written,
                    chair, approved));
            activity.record(space.id, "minutes-approved", meeting.id(), meeting.title(), chair, false, approved);
        }
        List<ScaleSpace.Member> readers = space.readers();
        int commentCount = random.nextInt(4);
        for (int i = 0; i < commentCount; i++) {
            comments.add(new Comment(generation.id(), meeting.id(), readers.get(random.nextInt(readers.size()))
                    .personId(), text.pick(COMMENTS), Math.min(now - MINUTE, written + ScaleNumbers.between(random,
                    HOUR, 4 * DAY))));
        }
        LocalDate day = ScaleNumbers.day(meeting.startsAt());
        long decided = meeting.endsAt();
        int decisionCount = random.nextInt(4);
        for (int i = 0; i < decisionCount; i++) {
            String id = generation.id();
            String decision = String.format(text.pick(DECISIONS), text.pick(ScaleText.TOPICS));
            decisions.add(new Decision(id, space.id, meeting.id(), decision, day.toString(), decided));
            activity.record(space.id, "decision", id, decision, space.chair(), false, decided);
        }
        int actionCount = random.nextInt(5);
        for (int i = 0; i < actionCount; i++) {
            String id = generation.id();
            LocalDate due = day.plusDays(14 + random.nextInt(80));
            int roll = random.nextInt(10);
            String status = due.isBefore(today.minusDays(30)) ? (roll < 8 ? "done" : "dropped")
                    : roll < 7 ? "open" : "done";
            long updated = status.equals("open") ? decided
                    : Math.min(now - MINUTE, decided + ScaleNumbers.between(random, DAY, 60 * DAY));
            String title = String.format(text.pick(ACTIONS), text.pick(ScaleText.TOPICS));
            actions.add(new Action(id, space.id, meeting.id(), title,
                    readers.get(random.nextInt(readers.size())).personId(), due.toString(), status, decided, updated));
            activity.record(space.id, "action", id, title, space.creator(), false, decided);
        }
    }

    /** Someone from outside invited to the coming meeting only: they see that meeting and nothing else. */
    private void guest(ScaleSpace space, Meeting meeting, List<ScaleData.Person> people) {
        Set<String> inside = new HashSet<>();
        space.members.forEach(m -> inside.add(m.personId()));
        ScaleData.Person guest;
        do {
            guest = people.get(random.nextInt(people.size()));
        } while (inside.contains(guest.id()));
        long invited = now - ScaleNumbers.between(random, HOUR, 10 * DAY);
        space.members.add(new ScaleSpace.Member(guest.id(), null, "guest", invited, null, meeting.id()));
        rsvps.add(new Rsvp(meeting.id(), guest.id(), "yes", null, invited + HOUR));
    }

    // ---- writing

    void write(ScaleWriter writer) {
        writer.write("networks meetings", meetings, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_meetings (id, space_id, title, starts_at, ends_at, place, online_url,
                           agenda_deadline, status, sequence, created_at)
                    VALUES (:id, :space, :title, :starts, :ends, :place, :url, :deadline, :status, :sequence, :created)""");
            for (Meeting m : part) {
                batch.bind("id", m.id()).bind("space", m.spaceId()).bind("title", m.title()).bind("starts", m.startsAt())
                        .bind("ends", m.endsAt()).bind("place", m.place()).bind("url", m.onlineUrl())
                        .bind("deadline", m.agendaDeadline()).bind("status", m.status()).bind("sequence", m.sequence())
                        .bind("created", m.createdAt()).add();
            }
            batch.execute();
        });
        writer.write("networks agenda items", agenda, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_agenda_items (id, meeting_id, space_id, title, description, proposed_by, status,
                           position, created_at)
                    VALUES (:id, :meeting, :space, :title, :description, :by, :status, :position, :created)""");
            for (AgendaItem a : part) {
                batch.bind("id", a.id()).bind("meeting", a.meetingId()).bind("space", a.spaceId())
                        .bind("title", a.title()).bind("description", a.description()).bind("by", a.proposedBy())
                        .bind("status", a.status()).bind("position", a.position()).bind("created", a.createdAt()).add();
            }
            batch.execute();
        });
        writer.write("networks answers", rsvps, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_rsvps (meeting_id, person_id, answer, attended, updated_at)
                    VALUES (:meeting, :person, :answer, :attended, :at)""");
            for (Rsvp r : part) {
                batch.bind("meeting", r.meetingId()).bind("person", r.personId()).bind("answer", r.answer())
                        .bind("attended", r.attended()).bind("at", r.updatedAt()).add();
            }
            batch.execute();
        });
        writer.write("networks minutes", minutes, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_minutes (meeting_id, space_id, body, status, revision, updated_by, updated_at,
                           approved_by, approved_at)
                    VALUES (:meeting, :space, :body, :status, :revision, :by, :updated, :approver, :approved)""");
            for (Minutes m : part) {
                batch.bind("meeting", m.meetingId()).bind("space", m.spaceId()).bind("body", m.body())
                        .bind("status", m.status()).bind("revision", m.revision()).bind("by", m.updatedBy())
                        .bind("updated", m.updatedAt()).bind("approver", m.approvedBy())
                        .bind("approved", m.approvedAt()).add();
            }
            batch.execute();
        });
        writer.write("networks minute comments", comments, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_minute_comments (id, meeting_id, author_id, body, created_at)
                    VALUES (:id, :meeting, :author, :body, :at)""");
            for (Comment c : part) {
                batch.bind("id", c.id()).bind("meeting", c.meetingId()).bind("author", c.authorId())
                        .bind("body", c.body()).bind("at", c.createdAt()).add();
            }
            batch.execute();
        });
        writer.write("networks actions", actions, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_actions (id, space_id, meeting_id, title, owner_id, due_on, status, created_at,
                           updated_at)
                    VALUES (:id, :space, :meeting, :title, :owner, :due, :status, :created, :updated)""");
            for (Action a : part) {
                batch.bind("id", a.id()).bind("space", a.spaceId()).bind("meeting", a.meetingId())
                        .bind("title", a.title()).bind("owner", a.ownerId()).bind("due", a.dueOn())
                        .bind("status", a.status()).bind("created", a.createdAt()).bind("updated", a.updatedAt()).add();
            }
            batch.execute();
        });
        writer.write("networks decisions", decisions, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_decisions (id, space_id, meeting_id, text, decided_on, created_at)
                    VALUES (:id, :space, :meeting, :text, :on, :created)""");
            for (Decision d : part) {
                batch.bind("id", d.id()).bind("space", d.spaceId()).bind("meeting", d.meetingId())
                        .bind("text", d.text()).bind("on", d.decidedOn()).bind("created", d.createdAt()).add();
            }
            batch.execute();
        });
    }
}
