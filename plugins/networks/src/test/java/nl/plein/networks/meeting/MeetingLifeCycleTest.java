package nl.plein.networks.meeting;

import static nl.plein.networks.meeting.MeetingFixture.meeting;
import static nl.plein.networks.meeting.MeetingFixture.meetingForm;
import static nl.plein.networks.meeting.MeetingFixture.meetings;
import static nl.plein.networks.meeting.MeetingFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A meeting's life as its coordinator and members see it: planned (with the form's checks), shown in the year's
 * calendar, moved, called off; its agenda, proposed until the deadline and put in order; who comes and who came; and
 * the documents listed on its page as far as each may see them.
 */
class MeetingLifeCycleTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    MeetingFixture fixture = new MeetingFixture(plein);
    NetworksFixture networks = fixture.networks;

    Space space;
    String coraId;
    String milaId;
    String noorId;
    String chrisId;

    /** Cora coordinates the members-only space; Chris chairs it; Mila and Noor represent member organisations. */
    private void cast() {
        coraId = networks.person("cora@lovz.test", "Cora Coördinator");
        chrisId = networks.person("chris@lovz.test", "Chris Voorzitter");
        milaId = networks.person("mila@lovz.test", "Mila Meulenbelt");
        noorId = networks.person("noor@lovz.test", "Noor Nijenhuis");
        space = networks.space("Landelijk Overleg Zorgvrijwilligers", Visibility.MEMBERS, coraId);
        networks.join(space, chrisId, networks.organisation("Zorgmaatjes", chrisId), SpaceRole.CHAIR);
        networks.join(space, milaId, networks.organisation("Thuishulp Samen", milaId), SpaceRole.MEMBER);
        networks.join(space, noorId, networks.organisation("Mantelzorg Oost", noorId), SpaceRole.MEMBER);
    }

    @Test
    void coordinatorPlansMovesAndCancelsAMeetingAndMembersSeeItInTheYearCalendar() {
        cast();
        Browser cora = networks.signedIn("cora@lovz.test");
        Browser mila = networks.signedIn("mila@lovz.test");
        assertEquals(200, cora.get(meetings(space) + "/new").status());

        Map<String, String> form = meetingForm("Voorjaarsoverleg", "2026-03-10", "14:00", "16:00");
        // Every mistake comes back beside its field, with what was typed.
        Browser.Page http = cora.post(meetings(space), with(form, "onlineUrl", "http://vergader.example/lovz"));
        assertEquals(422, http.status());
        assertTrue(http.body().contains("beveiligde link die begint met https://"), http.body());
        assertTrue(http.body().contains("value=\"Voorjaarsoverleg\""));
        assertTrue(http.body().contains("value=\"http://vergader.example/lovz\""));
        Browser.Page script = cora.post(meetings(space), with(form, "onlineUrl", "javascript:alert(1)"));
        assertEquals(422, script.status());
        Browser.Page late = cora.post(meetings(space), with(with(form, "deadlineDate", "2026-03-10"),
                "deadlineTime", "15:00"));
        assertEquals(422, late.status());
        assertTrue(late.body().contains("vóór het begin van de vergadering"));
        assertEquals(422, cora.post(meetings(space), with(form, "endTime", "13:00")).status());
        assertTrue(cora.post(meetings(space), with(form, "date", "2026-03-01")).body()
                .contains("Dit moment is al voorbij"));
        assertEquals(422, cora.post(meetings(space), with(form, "date", "2026-02-31")).status());
        assertEquals(422, cora.post(meetings(space), with(form, "date", "+20260-01-01")).status());
        assertEquals(422, cora.post(meetings(space), with(form, "date", "2029-01-01")).status());
        assertEquals(422, cora.post(meetings(space), with(form, "startTime", "25:00")).status());
        assertTrue(cora.post(meetings(space), with(form, "place", "")).body()
                .contains("Vul een plaats in, een link om online mee te doen, of allebei."));
        assertTrue(cora.post(meetings(space), with(form, "title", "x".repeat(201))).body()
                .contains("hoogstens 200 tekens"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM networks_meetings"));

        String id = fixture.plan(cora, space, with(with(with(form, "deadlineDate", "2026-03-06"), "deadlineTime",
                "17:00"), "onlineUrl", "https://vergader.example/lovz"));
        assertEquals(String.valueOf(Instant.parse("2026-03-10T13:00:00Z").toEpochMilli()),
                fixture.single("SELECT starts_at FROM networks_meetings WHERE id = ?", id));
        assertEquals(String.valueOf(Instant.parse("2026-03-06T16:00:00Z").toEpochMilli()),
                fixture.single("SELECT agenda_deadline FROM networks_meetings WHERE id = ?", id));
        assertEquals("0", fixture.single("SELECT sequence FROM networks_meetings WHERE id = ?", id));
        assertEquals(1, fixture.count(
                "SELECT COUNT(*) FROM networks_activity WHERE kind = 'meeting' AND subject_id = ?",
                id));

        Browser.Page calendar = mila.get(meetings(space));
        assertEquals(200, calendar.status());
        assertTrue(calendar.body().contains("Vergaderingen 2026"));
        assertTrue(calendar.body().contains("Voorjaarsoverleg"));
        assertFalse(mila.get(meetings(space) + "?year=2027").body().contains("Voorjaarsoverleg"));
        assertTrue(mila.get(meetings(space) + "?year=twintig").body().contains("Voorjaarsoverleg"), "this year");
        assertFalse(calendar.body().contains("/meetings/new"), "planning is for coordinators");

        Browser.Page page = mila.get(meeting(space, id));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("10 maart 2026, 14:00–16:00 uur"), page.body());
        assertTrue(page.body().contains("https://vergader.example/lovz"));
        assertTrue(page.body().contains("6 maart 2026 17:00"));
        assertEquals(403, mila.get(meeting(space, id) + "/edit").status());
        assertEquals(403, mila.post(meeting(space, id) + "/cancel", Map.of()).status());

        // Saving without a change keeps the calendar's SEQUENCE; a move raises it.
        assertEquals(303, cora.post(meeting(space, id) + "/edit", with(with(with(form, "deadlineDate", "2026-03-06"),
                "deadlineTime", "17:00"), "onlineUrl", "https://vergader.example/lovz")).status());
        assertEquals("0", fixture.single("SELECT sequence FROM networks_meetings WHERE id = ?", id));
        assertEquals(303, cora.post(meeting(space, id) + "/edit", with(form, "date", "2026-03-11")).status());
        assertEquals("1", fixture.single("SELECT sequence FROM networks_meetings WHERE id = ?", id));
        assertTrue(mila.get(meeting(space, id)).body().contains("11 maart 2026"));

        assertEquals(303, cora.post(meeting(space, id) + "/cancel", Map.of()).status());
        assertEquals("cancelled", fixture.single("SELECT status FROM networks_meetings WHERE id = ?", id));
        assertEquals("2", fixture.single("SELECT sequence FROM networks_meetings WHERE id = ?", id));
        assertEquals(303, cora.post(meeting(space, id) + "/cancel", Map.of()).status(), "twice is fine");
        assertEquals("2", fixture.single("SELECT sequence FROM networks_meetings WHERE id = ?", id));
        assertTrue(mila.get(meetings(space)).body().contains("(afgelast)"));
        assertEquals(409, cora.post(meeting(space, id) + "/edit", form).status());
        Browser.Page answer = mila.post(meeting(space, id) + "/rsvp", Map.of("answer", "yes"));
        assertEquals(422, answer.status());
        assertTrue(answer.body().contains("Deze vergadering is afgelast."));

        // Ids of another space, or made up, are not found.
        Space other = networks.space("Ander netwerk", Visibility.MEMBERS, coraId);
        assertEquals(404, cora.get(meeting(other, id)).status());
        assertEquals(404, cora.get(meeting(space, "onzin")).status());
        assertEquals(404, cora.get(meeting(space, "x".repeat(5000))).status());
    }

    @Test
    void membersProposeAgendaItemsUntilTheDeadlineAndAfterItTheirTextIsKept() {
        cast();
        Browser cora = networks.signedIn("cora@lovz.test");
        Browser mila = networks.signedIn("mila@lovz.test");
        String id = fixture.plan(cora, space, with(with(meetingForm("Voorjaarsoverleg", "2026-03-10", "14:00",
                "16:00"), "deadlineDate", "2026-03-04"), "deadlineTime", "12:00"));
        String agenda = meeting(space, id) + "/agenda";

        assertEquals(422, mila.post(agenda, Map.of("agendaTitle", "", "agendaDescription", "Zonder titel")).status());
        assertEquals(303, mila.post(agenda, Map.of("agendaTitle", "Vrijwilligers werven bij jongeren",
                "agendaDescription", "Wat werkt bij de leden?")).status());
        assertEquals(303, mila.post(agenda, Map.of("agendaTitle", "Scholing voor coördinatoren",
                "agendaDescription", "")).status());
        String werven = fixture.single("SELECT id FROM networks_agenda_items WHERE title LIKE 'Vrijwilligers%'");
        String scholing = fixture.single("SELECT id FROM networks_agenda_items WHERE title LIKE 'Scholing%'");
        assertEquals("proposed", fixture.single("SELECT status FROM networks_agenda_items WHERE id = ?", werven));
        Browser.Page proposed = networks.signedIn("noor@lovz.test").get(meeting(space, id));
        assertTrue(proposed.body().contains("Voorgestelde punten"));
        assertTrue(proposed.body().contains("door Mila Meulenbelt"));
        assertEquals(403, mila.post(agenda + "/" + werven + "/status", Map.of("decision", "accept")).status());

        // The coordinator accepts both, adds one of her own (on the agenda at once) and puts it first.
        assertEquals(303, cora.post(agenda + "/" + werven + "/status", Map.of("decision", "accept")).status());
        assertEquals(303, cora.post(agenda + "/" + scholing + "/status", Map.of("decision", "accept")).status());
        assertEquals(303, cora.post(agenda, Map.of("agendaTitle", "Opening en mededelingen",
                "agendaDescription", "")).status());
        String opening = fixture.single("SELECT id FROM networks_agenda_items WHERE title LIKE 'Opening%'");
        assertEquals("accepted", fixture.single("SELECT status FROM networks_agenda_items WHERE id = ?", opening));
        assertEquals(303, cora.post(agenda + "/" + opening + "/move", Map.of("direction", "up")).status());
        assertEquals(303, cora.post(agenda + "/" + opening + "/move", Map.of("direction", "up")).status());
        assertEquals(303, cora.post(agenda + "/" + opening + "/move", Map.of("direction", "up")).status(), "top");
        assertEquals(422, cora.post(agenda + "/" + opening + "/move", Map.of("direction", "sideways")).status());
        assertEquals(404, cora.post(agenda + "/onbekend/move", Map.of("direction", "up")).status());
        String body = mila.get(meeting(space, id)).body();
        assertTrue(body.indexOf("Opening en mededelingen") < body.indexOf("Vrijwilligers werven bij jongeren"));
        assertTrue(body.indexOf("Vrijwilligers werven bij jongeren") < body.indexOf("Scholing voor coördinatoren"));
        assertEquals(303, cora.post(agenda + "/" + scholing + "/status", Map.of("decision", "decline")).status());
        assertEquals("declined", fixture.single("SELECT status FROM networks_agenda_items WHERE id = ?", scholing));

        // At the deadline the form is closed; a proposal sent anyway is refused and its text comes back.
        plein.clock().advance(Duration.between(Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-04T11:00:00Z")));
        mila = networks.signedIn("mila@lovz.test");
        assertTrue(mila.get(meeting(space, id)).body()
                .contains("Agendapunten voorstellen kon tot 4 maart 2026 12:00."));
        Browser.Page refused = mila.post(agenda, Map.of("agendaTitle", "Te laat maar belangrijk",
                "agendaDescription", "Graag toch bespreken: de nieuwe subsidieregeling."));
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("De termijn voor agendapunten is verstreken"), refused.body());
        assertTrue(refused.body().contains("value=\"Te laat maar belangrijk\""));
        assertTrue(refused.body().contains("Graag toch bespreken: de nieuwe subsidieregeling."));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM networks_agenda_items WHERE title = ?",
                "Te laat maar belangrijk"));
        cora = networks.signedIn("cora@lovz.test");
        assertEquals(303, cora.post(agenda, Map.of("agendaTitle", "Rondvraag", "agendaDescription", "")).status(),
                "the coordinator sets the agenda, also after the deadline");
    }

    @Test
    void membersAnswerWhetherTheyComeAndTheChairTicksWhoCame() {
        cast();
        Browser cora = networks.signedIn("cora@lovz.test");
        String id = fixture.plan(cora, space, meetingForm("Voorjaarsoverleg", "2026-03-03", "14:00", "16:00"));
        String rsvp = meeting(space, id) + "/rsvp";
        Browser mila = networks.signedIn("mila@lovz.test");
        Browser noor = networks.signedIn("noor@lovz.test");
        Browser chris = networks.signedIn("chris@lovz.test");
        assertEquals(303, mila.post(rsvp, Map.of("answer", "yes")).status());
        assertEquals(303, noor.post(rsvp, Map.of("answer", "maybe")).status());
        assertEquals(303, chris.post(rsvp, Map.of("answer", "no")).status());
        assertEquals(303, chris.post(rsvp, Map.of("answer", "yes")).status(), "changing one's mind");
        Browser.Page wrong = mila.post(rsvp, Map.of("answer", "graag"));
        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("Kies ja, nee of misschien."));
        assertEquals("yes", fixture.single("SELECT answer FROM networks_rsvps WHERE person_id = ?", milaId));
        Browser.Page page = noor.get(meeting(space, id));
        assertTrue(page.body().contains("Ja: 2, misschien: 1, nee: 0."), page.body());
        assertTrue(page.body().contains("Mila Meulenbelt"));
        assertTrue(page.body().contains("Jouw antwoord") || page.body().contains("value=\"maybe\" checked"));

        // Attendance: only once the meeting has begun, only by coordinators and the chair.
        Browser.Page early = chris.post(meeting(space, id) + "/attendance", Map.of("attended", milaId));
        assertEquals(422, early.status());
        assertTrue(early.body().contains("pas bijhouden als de vergadering begonnen is"));
        plein.clock().advance(Duration.ofHours(28).plusMinutes(30));   // 3 March, 14:30 in Amsterdam
        chris = networks.signedIn("chris@lovz.test");
        mila = networks.signedIn("mila@lovz.test");
        assertEquals(403, mila.post(meeting(space, id) + "/attendance", Map.of("attended", milaId)).status());
        assertTrue(chris.get(meeting(space, id)).body().contains("Wie was er aanwezig?"));
        String outsider = networks.person("otto@buiten.test", "Otto Buiten");
        // Two ticks and an id from outside the space, which is ignored.
        Map<String, String> ticks = Map.of("attended", milaId);
        assertEquals(303, chris.post(meeting(space, id) + "/attendance", ticks).status());
        assertEquals(303, chris.postRaw(meeting(space, id) + "/attendance", Map.of("_csrf", chris.csrfToken(),
                "attended", noorId)).status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM networks_rsvps WHERE attended = ? AND meeting_id = ?",
                true, id));
        assertEquals(303, chris.post(meeting(space, id) + "/attendance", Map.of("attended", outsider)).status());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM networks_rsvps WHERE person_id = ?", outsider));
        assertEquals(303, chris.post(meeting(space, id) + "/attendance", Map.of("attended", milaId)).status());
        assertEquals("1", fixture.single("SELECT COUNT(*) FROM networks_rsvps WHERE attended = ?", true));
        assertEquals(4, fixture.count(
                "SELECT COUNT(*) FROM networks_rsvps WHERE meeting_id = ? AND attended IS NOT NULL",
                id), "everyone in the space is marked, present or not");
        assertTrue(mila.get(meeting(space, id)).body().contains("Aanwezig: Mila Meulenbelt"));

        // Once it is over, answers are closed.
        plein.clock().advance(Duration.ofHours(2));
        mila = networks.signedIn("mila@lovz.test");
        assertEquals(422, mila.post(rsvp, Map.of("answer", "no")).status());
    }

    @Test
    void theMeetingPageListsItsDocumentsAsFarAsEachMayOpenThem() {
        cast();
        Browser cora = networks.signedIn("cora@lovz.test");
        String id = fixture.plan(cora, space, meetingForm("Voorjaarsoverleg", "2026-03-10", "14:00", "16:00"));
        fixture.document(space, id, "Agenda en jaarplan", "members", coraId);
        fixture.document(space, id, "Begroting (bestuur)", "coordinators", coraId);
        fixture.document(space, id, "Concept manifest", "draft", milaId);
        fixture.document(space, null, "Los stuk zonder vergadering", "members", coraId);

        String mila = networks.signedIn("mila@lovz.test").get(meeting(space, id)).body();
        assertTrue(mila.contains("Agenda en jaarplan"));
        assertTrue(mila.contains("Concept manifest"), "her own draft");
        assertFalse(mila.contains("Begroting (bestuur)"));
        assertFalse(mila.contains("Los stuk zonder vergadering"));
        assertTrue(mila.contains("/documents/new?meeting=" + id + "&amp;return="), "the upload form for this meeting");
        java.util.regex.Matcher upload = java.util.regex.Pattern.compile("href=\"(/networks/spaces/[^\"]*/documents/new\\?[^\"]*)\"")
                .matcher(mila);
        assertTrue(upload.find(), mila);
        String form = networks.signedIn("mila@lovz.test").get(upload.group(1).replace("&amp;", "&")).body();
        assertTrue(form.contains("name=\"meeting\" value=\"" + id + "\""), "the form knows the meeting: " + form);
        assertTrue(form.contains("name=\"return\" value=\"" + meeting(space, id) + "\""), "and comes back to it");
        assertTrue(mila.contains("/documents/") && mila.contains("/file\">Downloaden"), "each document's file");
        String noor = networks.signedIn("noor@lovz.test").get(meeting(space, id)).body();
        assertTrue(noor.contains("Agenda en jaarplan"));
        assertFalse(noor.contains("Concept manifest"));
        assertFalse(noor.contains("Begroting (bestuur)"));
        String coordinator = cora.get(meeting(space, id)).body();
        assertTrue(coordinator.contains("Agenda en jaarplan") && coordinator.contains("Begroting (bestuur)")
                && coordinator.contains("Concept manifest"));
    }
}
