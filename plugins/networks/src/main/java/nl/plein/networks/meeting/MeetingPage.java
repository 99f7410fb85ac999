package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;
import nl.plein.networks.document.MeetingDocuments;
import nl.plein.networks.space.Member;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Standing;

/**
 * A meeting's page ({@code networks/meeting/meeting.peb}): details, agenda, who comes, attendance, documents and
 * guests, each part shown as far as the visitor may see it. The forms on it (proposing an item, answering, the
 * attendance, inviting a guest) come back here when refused, with what was typed and the message beside the field.
 */
final class MeetingPage {

    /** A form of the page that was refused: its fields as typed and what is wrong. */
    record Refused(Typed typed, FieldErrors errors) {
        static Refused none() {
            return new Refused(Typed.blank(), new FieldErrors());
        }
    }

    /** Someone who could attend, and whether they are ticked as present. */
    record Candidate(String personId, String name, boolean attended) {
    }

    private final Networks networks;
    private final MeetingParts parts;

    MeetingPage(Networks networks, MeetingParts parts) {
        this.networks = networks;
        this.parts = parts;
    }

    void render(Context ctx, HttpStatus status, MeetingAccess.Visit visit, Refused refused) {
        Standing standing = visit.standing();
        Meeting meeting = visit.meeting();
        Instant now = networks.context().clock().instant();
        String me = Visitor.of(ctx).personId();
        boolean inside = MeetingAccess.seesInside(standing);

        List<AgendaItem> items = parts.agenda().of(meeting);
        List<AgendaItem> accepted = items.stream().filter(AgendaItem::accepted).toList();
        List<AgendaItem> waiting = inside ? items.stream().filter(i -> !i.accepted()).toList() : List.of();
        List<Rsvp> rsvps = parts.rsvps().of(meeting.id());
        List<String> guests = standing.mayCoordinate() ? parts.guests().of(meeting) : List.of();
        boolean takesAttendance = MeetingAccess.keepsRecords(standing) && meeting.begun(now) && !meeting.cancelled();
        List<Member> could = takesAttendance ? couldAttend(meeting) : List.of();

        List<String> people = new ArrayList<>();
        items.forEach(i -> people.add(i.proposedBy()));
        rsvps.forEach(r -> people.add(r.personId()));
        could.forEach(m -> people.add(m.personId()));
        people.addAll(guests);
        Map<String, String> names = Names.of(networks.context().directory(), people);

        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        model.put("meeting", meeting);
        model.put("inside", inside);
        model.put("mayCoordinate", standing.mayCoordinate());
        model.put("keepsRecords", MeetingAccess.keepsRecords(standing));
        model.put("mayPropose", standing.mayTakePart());
        model.put("mayAnswer", MeetingAccess.mayAnswer(standing, meeting));
        model.put("agendaOpen", meeting.agendaOpen(now));
        model.put("begun", meeting.begun(now));
        model.put("over", meeting.over(now));
        model.put("accepted", accepted);
        model.put("waiting", waiting);
        model.put("names", names);
        model.put("myAnswer", me == null ? "" : rsvps.stream().filter(r -> r.personId().equals(me))
                .map(Rsvp::answer).filter(Rsvps.ANSWERS::contains).findFirst().orElse(""));
        model.put("answers", Rsvps.ANSWERS);
        model.put("counts", counts(rsvps));
        model.put("byAnswer", inside ? byAnswer(rsvps) : Map.of());
        model.put("present", inside ? rsvps.stream().filter(r -> Boolean.TRUE.equals(r.attended()))
                .map(Rsvp::personId).toList() : List.of());
        model.put("attendanceTaken", rsvps.stream().anyMatch(r -> r.attended() != null));
        model.put("takesAttendance", takesAttendance);
        model.put("candidates", candidates(could, rsvps, names));
        model.put("documents", parts.documents().forMeeting(meeting.spaceId(), meeting.id(), standing, me));
        model.put("addDocument", MeetingDocuments.uploadPath(meeting.spaceId(), meeting.id(),
                MeetingPages.path(meeting)));
        model.put("guests", guests);
        model.put("minutes", parts.minutes().of(meeting).map(m -> m.approved() ? "approved" : "draft").orElse("none"));
        model.put("form", refused.typed().asMap());
        model.put("errors", refused.errors().asMap());
        model.put("notice", notice(ctx));
        ctx.status(status).render("networks/meeting/meeting", model);
    }

    /** The space's members and the meeting's own guests: who the attendance is taken of. */
    List<Member> couldAttend(Meeting meeting) {
        return networks.spaces().members(meeting.spaceId()).stream()
                .filter(m -> m.role() != SpaceRole.GUEST
                        || meeting.id().equals(m.guestMeetingId()))
                .toList();
    }

    private static List<Candidate> candidates(List<Member> could, List<Rsvp> rsvps, Map<String, String> names) {
        Set<String> present = new java.util.HashSet<>();
        rsvps.stream().filter(r -> Boolean.TRUE.equals(r.attended())).forEach(r -> present.add(r.personId()));
        return could.stream().map(m -> new Candidate(m.personId(), names.getOrDefault(m.personId(), "?"),
                present.contains(m.personId()))).toList();
    }

    private static Map<String, Integer> counts(List<Rsvp> rsvps) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String answer : Rsvps.ANSWERS) counts.put(answer, 0);
        rsvps.stream().filter(r -> counts.containsKey(r.answer()))
                .forEach(r -> counts.merge(r.answer(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, List<String>> byAnswer(List<Rsvp> rsvps) {
        Map<String, List<String>> people = new LinkedHashMap<>();
        for (String answer : Rsvps.ANSWERS) people.put(answer, new ArrayList<>());
        rsvps.stream().filter(r -> people.containsKey(r.answer()))
                .forEach(r -> people.get(r.answer()).add(r.personId()));
        return people;
    }

    /** What the POST before this page did, from the query string it was redirected with. */
    static String notice(Context ctx) {
        for (String name : List.of("created", "saved", "cancelled", "proposed", "accepted", "declined", "moved",
                "answered", "attendance", "invited", "approved", "commented", "minutes-saved")) {
            if ("1".equals(ctx.queryParam(name))) return name;
        }
        return "";
    }
}
