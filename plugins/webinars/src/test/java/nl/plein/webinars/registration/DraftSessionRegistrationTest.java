package nl.plein.webinars.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A session of a week that is not published does not exist for members: registering and cancelling answer 404, and
 * the answer does not give the session's title away. Also for someone who registered before the week was taken back.
 */
class DraftSessionRegistrationTest {

    private static final String SECRET_TITLE = "Geheime sessie over vrijwilligersbeleid";

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void registeringAndCancellingForADraftWeeksSessionIsNotFoundWithoutTheTitle() {
        Session draft = fixture.session(fixture.week("Nog geheim", false), SECRET_TITLE).seats(5).create();
        Browser member = fixture.member("lid@plein.test", "Lotte Lid");
        String path = "/webinars/sessions/" + draft.id();

        Browser.Page register = member.post(path + "/register", Map.of());
        assertEquals(404, register.status(), register.body());
        assertFalse(register.body().contains(SECRET_TITLE), register.body());
        assertEquals("none", fixture.registrationStatus(draft.id(), "lid@plein.test"), "nothing was stored");

        Browser.Page cancel = member.post(path + "/cancel", Map.of());
        assertEquals(404, cancel.status(), cancel.body());
        assertFalse(cancel.body().contains(SECRET_TITLE), cancel.body());

        // Unknown ids on cancel: the same answer as an unknown session on register.
        assertEquals(404, member.post("/webinars/sessions/" + UUID.randomUUID() + "/cancel", Map.of()).status());
        assertEquals(404, member.post("/webinars/sessions/nope/cancel", Map.of()).status());
    }

    @Test
    void aRegistrantOfAWeekTakenBackCannotCancelOrRegisterAgainAndTheRegistrationStays() {
        Week week = fixture.week("Jong geleerd", true);
        Session session = fixture.session(week, SECRET_TITLE).seats(5).create();
        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        assertEquals("registered", fixture.register(ann, session));

        fixture.published(week, false);
        String path = "/webinars/sessions/" + session.id();
        Browser.Page cancel = ann.post(path + "/cancel", Map.of());
        assertEquals(404, cancel.status(), cancel.body());
        assertFalse(cancel.body().contains(SECRET_TITLE), cancel.body());
        assertEquals("registered", fixture.registrationStatus(session.id(), "ann@plein.test"),
                "a 404 changes nothing");

        Browser bob = fixture.member("bob@plein.test", "Bob Later");
        Browser.Page register = bob.post(path + "/register", Map.of());
        assertEquals(404, register.status());
        assertFalse(register.body().contains(SECRET_TITLE), register.body());
        assertEquals("none", fixture.registrationStatus(session.id(), "bob@plein.test"));
        assertEquals(404, ann.get(path).status(), "the page itself is gone too");
    }
}
