package nl.plein.expeditions.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** The programme of an expedition: its meetings and assignments. */
public final class ScheduleRepository {

    private final Jdbi jdbi;
    private final Ids ids;

    public ScheduleRepository(Jdbi jdbi, Ids ids) {
        this.jdbi = jdbi;
        this.ids = ids;
    }

    public List<Meeting> meetings(String expeditionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, expedition_id, kind, title, starts_at, place, link, "
                        + "agenda, materials FROM expeditions_meetings WHERE expedition_id = :id ORDER BY starts_at LIMIT 100")
                .bind("id", expeditionId)
                .map((rs, ctx) -> new Meeting(rs.getString("id"), rs.getString("expedition_id"),
                        MeetingKind.of(rs.getString("kind")).orElse(MeetingKind.OTHER), rs.getString("title"),
                        Instant.ofEpochMilli(rs.getLong("starts_at")), rs.getString("place"), rs.getString("link"),
                        rs.getString("agenda"), rs.getString("materials")))
                .list());
    }

    public Optional<Meeting> meeting(String expeditionId, String meetingId) {
        return meetings(expeditionId).stream().filter(m -> m.id().equals(meetingId)).findFirst();
    }

    public List<Assignment> assignments(String expeditionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, expedition_id, title, description, due_at "
                        + "FROM expeditions_assignments WHERE expedition_id = :id ORDER BY due_at LIMIT 100")
                .bind("id", expeditionId)
                .map((rs, ctx) -> new Assignment(rs.getString("id"), rs.getString("expedition_id"),
                        rs.getString("title"), rs.getString("description"), Instant.ofEpochMilli(rs.getLong("due_at"))))
                .list());
    }

    public Meeting addMeeting(String expeditionId, MeetingForm form) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_meetings (id, expedition_id, kind, title, starts_at, "
                        + "place, link, agenda, materials) VALUES (:id, :expedition, :kind, :title, :startsAt, :place, "
                        + ":link, :agenda, :materials)")
                .bind("id", id).bind("expedition", expeditionId).bind("kind", form.kind().code())
                .bind("title", form.title()).bind("startsAt", form.startsAt()).bind("place", form.place())
                .bind("link", form.link()).bind("agenda", form.agenda()).bind("materials", form.materials()).execute());
        return meeting(expeditionId, id).orElseThrow();
    }

    public void updateMeeting(String expeditionId, String meetingId, MeetingForm form) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE expeditions_meetings SET kind = :kind, title = :title, "
                        + "starts_at = :startsAt, place = :place, link = :link, agenda = :agenda, materials = :materials "
                        + "WHERE id = :id AND expedition_id = :expedition")
                .bind("kind", form.kind().code()).bind("title", form.title()).bind("startsAt", form.startsAt())
                .bind("place", form.place()).bind("link", form.link()).bind("agenda", form.agenda())
                .bind("materials", form.materials()).bind("id", meetingId).bind("expedition", expeditionId).execute());
    }

    public void deleteMeeting(String expeditionId, String meetingId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM expeditions_meetings WHERE id = :id AND expedition_id = :expedition")
                .bind("id", meetingId).bind("expedition", expeditionId).execute());
    }

    public Assignment addAssignment(String expeditionId, AssignmentForm form) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_assignments (id, expedition_id, title, description, "
                        + "due_at) VALUES (:id, :expedition, :title, :description, :dueAt)")
                .bind("id", id).bind("expedition", expeditionId).bind("title", form.title())
                .bind("description", form.description()).bind("dueAt", form.dueAt()).execute());
        return assignments(expeditionId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** The organisations marked present at a meeting. */
    public java.util.Set<String> present(String meetingId) {
        return new java.util.HashSet<>(jdbi.withHandle(h -> h.createQuery(
                        "SELECT organisation_id FROM expeditions_attendance WHERE meeting_id = :m AND present = :yes")
                .bind("m", meetingId).bind("yes", true).mapTo(String.class).list()));
    }

    /** Per meeting of the expedition, how many organisations were present; one query for the whole programme. */
    public java.util.Map<String, Integer> presentCounts(String expeditionId) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT a.meeting_id, COUNT(*) AS n FROM expeditions_attendance a "
                        + "JOIN expeditions_meetings m ON m.id = a.meeting_id "
                        + "WHERE m.expedition_id = :e AND a.present = :yes GROUP BY a.meeting_id")
                .bind("e", expeditionId).bind("yes", true)
                .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /** Records who came: each taking-part organisation present or not, in one transaction. */
    public void recordAttendance(String meetingId, java.util.List<String> organisations, java.util.Set<String> present) {
        jdbi.useTransaction(h -> {
            for (String organisation : organisations) {
                h.createUpdate("INSERT INTO expeditions_attendance (meeting_id, organisation_id, present) "
                                + "VALUES (:m, :o, :p) ON CONFLICT (meeting_id, organisation_id) DO UPDATE SET present = excluded.present")
                        .bind("m", meetingId).bind("o", organisation).bind("p", present.contains(organisation)).execute();
            }
        });
    }

    public void deleteAssignment(String expeditionId, String assignmentId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM expeditions_assignments WHERE id = :id AND expedition_id = :expedition")
                .bind("id", assignmentId).bind("expedition", expeditionId).execute());
    }
}
