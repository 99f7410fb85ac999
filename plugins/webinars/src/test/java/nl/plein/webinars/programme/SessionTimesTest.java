package nl.plein.webinars.programme;

import static nl.plein.webinars.WebinarsFixture.AMSTERDAM;
import static nl.plein.webinars.WebinarsFixture.sessionInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.WebinarsFixture.SessionInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Times in the session form are hours and minutes: seconds are refused (they would make every later save look like a
 * move), a single-digit hour is fine. Saving the edit form as it opens changes nothing calendars or registrants see.
 */
class SessionTimesTest {

    private static final String TIME_FORMAT = "Vul een geldige tijd in, zoals 14:00.";

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void secondsAreRefusedBesideTheFieldAndASingleDigitHourIsAccepted() {
        Browser organiser = fixture.organiser();
        WebinarsFixture.Forms forms = fixture.forms(organiser);
        String week = forms.week("Jongeren betrekken", true);
        String path = "/webinars/weeks/" + week + "/sessions";

        Browser.Page withSeconds = forms.post(path, sessionInput("Werven", "2026-03-17", "10:00:30", "11:00", 20, ""));
        assertEquals(422, withSeconds.status());
        assertTrue(withSeconds.body().contains("id=\"f-startTime-error\">" + TIME_FORMAT), withSeconds.body());
        Browser.Page endWithSeconds = forms.post(path, sessionInput("Werven", "2026-03-17", "10:00", "11:00:00", 20, ""));
        assertEquals(422, endWithSeconds.status());
        assertTrue(endWithSeconds.body().contains("id=\"f-endTime-error\">" + TIME_FORMAT));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM webinars_sessions"), "nothing was stored");

        String id = forms.session(week, sessionInput("Werven", "2026-03-17", "9:00", "9:45", 20, ""));
        Session session = fixture.session(id);
        assertEquals(LocalDateTime.of(2026, 3, 17, 9, 0).atZone(AMSTERDAM).toInstant(), session.startsAt());
        assertEquals(LocalDateTime.of(2026, 3, 17, 9, 45).atZone(AMSTERDAM).toInstant(), session.endsAt());
        String edit = organiser.get("/webinars/sessions/" + id + "/edit").body();
        assertTrue(edit.contains("value=\"09:00\""), "shown as 09:00");
        assertTrue(edit.contains("value=\"09:45\""));

        // The edit form refuses seconds too.
        Browser.Page editWithSeconds = forms.post("/webinars/sessions/" + id + "/edit",
                SessionInput.of(session).with("startTime", "09:00:30"));
        assertEquals(422, editWithSeconds.status());
        assertTrue(editWithSeconds.body().contains("id=\"f-startTime-error\">" + TIME_FORMAT));
        assertEquals(session.startsAt(), fixture.session(id).startsAt());

        // "9:00" typed again for a session at 09:00 is the same time: not a move.
        Browser.Page sameTime = forms.post("/webinars/sessions/" + id + "/edit",
                SessionInput.of(session).with("startTime", "9:00").with("endTime", "9:45"));
        assertEquals(303, sameTime.status(), sameTime.body());
        assertEquals(0, sequence(id));
        assertEquals(session.startsAt(), fixture.session(id).startsAt());
    }

    @Test
    void savingTheEditFormUnchangedRaisesNoSequenceAndSendsNoNews() {
        Browser organiser = fixture.organiser();
        WebinarsFixture.Forms forms = fixture.forms(organiser);
        String speaker = forms.speaker("Fenna Hoekstra", "Vrijwilligerscentrale Lindeburg", "expert");
        String week = forms.week("Jongeren betrekken", true);
        String id = forms.session(week, sessionInput("Werven via school", "2026-03-17", "19:30", "21:00", 20,
                "jongeren, scholen").speakers(speaker));
        fixture.register(fixture.member(), id);
        fixture.register(fixture.member(), id);
        String path = "/webinars/sessions/" + id + "/edit";

        Browser.Page unchanged = forms.post(path, SessionInput.of(fixture.session(id)));
        assertEquals(303, unchanged.status(), unchanged.body());
        assertEquals(303, forms.post(path, SessionInput.of(fixture.session(id))).status(), "and once more");
        assertEquals(0, sequence(id), "nothing calendars show changed");
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM plein_jobs WHERE owner = 'webinars' "
                + "AND kind = 'session-change-mail'"), "no news of a move");
        assertEquals(0, plein.platform().jobs().runDue());
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM plein_jobs WHERE owner = 'webinars' "
                + "AND kind = 'session-reminder' AND status = 'pending'"), "the same two reminders");
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM plein_jobs WHERE owner = 'webinars' "
                + "AND kind = 'session-reminder' AND status <> 'pending'"), "none cancelled and planned anew");

        // A real move does count: the check above is not blind.
        assertEquals(303, forms.move(id, LocalDateTime.of(2026, 3, 18, 19, 30)).status());
        assertEquals(1, sequence(id));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM plein_jobs WHERE owner = 'webinars' "
                + "AND kind = 'session-change-mail'"));
    }

    private int sequence(String sessionId) {
        return fixture.count("SELECT sequence FROM webinars_sessions WHERE id = ?", sessionId);
    }
}
